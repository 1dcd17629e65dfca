// History, streaks and targets that don't fit (issue 13).
#include "tests/core/goal_world.h"

using namespace rk;
using namespace rk::test;

TEST_CASE("The history and streak run across the year turn", "[core][goals][streak]") {
    // Wednesday 6 January 2027 in New York: the week of 2027-W01.
    GoalWorld w("America/New_York", "2027-01-06", 10);
    const ContactId ana = w.person("Ana"), ben = w.person("Ben");
    // Two people reached in each of W51, W52, W53 (across the year turn) and
    // this week; only one in W50.
    for (const char* day : {"2026-12-15", "2026-12-22", "2026-12-31", "2027-01-05"}) {
        w.log(ana, Direction::Out, at(day, 9));
        w.log(ben, Direction::Out, at(day, 17));
    }
    w.log(ana, Direction::Out, at("2026-12-08", 9));

    GoalStatus s = w.status(GoalKind::ReachOut, 2, GoalPer::Week);
    CHECK(s.current.met);
    CHECK(s.streak == 4); // W51, W52, W53 and this week
    CHECK(s.streakText() == "4 weeks in a row");
    REQUIRE(s.history.size() == GoalStatus::kHistory);
    CHECK(s.history.back().period.first.iso() == "2026-12-28"); // W53
    CHECK(s.history.back().met);
    CHECK_FALSE(s.history[2].met); // W50
    CHECK(s.history[2].done == 1);
    CHECK(s.daysLeft == 5);
    CHECK(s.progressText() == "2 of 2 this week");

    SECTION("a period not yet met does not break the streak") {
        s = w.status(GoalKind::ReachOut, 3, GoalPer::Week);
        CHECK_FALSE(s.current.met);
        CHECK(s.streak == 0); // W53 had 2 of 3
        s = w.status(GoalKind::LogInteractions, 2, GoalPer::Week);
        CHECK(s.streak == 4); // W50 had 1
    }
    SECTION("months: December met, this January met") {
        s = w.status(GoalKind::LogInteractions, 7, GoalPer::Month);
        CHECK(s.history.back().period.first.iso() == "2026-12-01");
        CHECK(s.history.back().done == 7);
        CHECK(s.history.back().met);
        CHECK_FALSE(s.current.met); // 2 so far
        CHECK(s.streak == 1);
        CHECK(s.daysLeft == 26);
        CHECK(s.timeText() == "26 days left");
    }
    SECTION("the Today queue cleared on days in a row") {
        for (const char* day : {"2026-12-29", "2026-12-30", "2027-01-04", "2027-01-05"}) w.cleared(day);
        s = w.status(GoalKind::ClearToday, 2, GoalPer::Week);
        CHECK(s.current.done == 2);
        CHECK(s.streak == 2);
        s = w.status(GoalKind::ClearToday, 2, GoalPer::Month);
        CHECK(s.current.done == 2);
        CHECK(s.history.back().done == 2);
    }
}

TEST_CASE("An unrealistic target says so and offers a better one", "[core][goals][fit]") {
    GoalWorld w("Europe/London", "2026-12-10", 15); // Thursday
    SECTION("47 of 5 is too easy") {
        for (int i = 0; i < 47; ++i) w.log(w.person("P" + std::to_string(i)), Direction::Out, at("2026-12-08", 9));
        const GoalStatus s = w.status(GoalKind::ReachOut, 5, GoalPer::Week);
        CHECK(s.current.done == 47);
        CHECK(s.fit == GoalFit::TooEasy);
        CHECK(s.betterTarget == 35);
        CHECK(s.fitText() == "47 of 5 is far past this target, so it no longer stretches you. Try 35 a week?");
    }
    SECTION("a little past it is fine") {
        for (int i = 0; i < 7; ++i) w.log(w.person("P" + std::to_string(i)), Direction::Out, at("2026-12-08", 9));
        CHECK(w.status(GoalKind::ReachOut, 5, GoalPer::Week).fit == GoalFit::Fine);
    }
    SECTION("far short three weeks running since it was set is too hard") {
        const ContactId ana = w.person("Ana");
        for (const char* day : {"2026-11-17", "2026-11-24", "2026-12-01"}) w.log(ana, Direction::Out, at(day, 9));
        GoalStatus s = w.status(GoalKind::ReachOut, 10, GoalPer::Week, 0, 30);
        CHECK(s.fit == GoalFit::TooHard);
        CHECK(s.betterTarget == 2);
        CHECK(s.fitText().find("try 2 a week?") != std::string::npos);
        // A goal set this week is not judged on the weeks before it.
        s = w.status(GoalKind::ReachOut, 10, GoalPer::Week, 0, 2);
        CHECK(s.fit == GoalFit::Fine);
    }
}
