// Goal progress is counted from the log, per kind (issue 13; people, not
// messages, for reaching out: issue 17, item 5).
#include "tests/core/goal_world.h"

using namespace rk;
using namespace rk::test;

namespace {
// Thursday 3 December 2026, 15:00 in Berlin; the week began Monday 30 November.
struct Berlin : GoalWorld {
    Berlin() : GoalWorld("Europe/Berlin", "2026-12-03", 15) {}
    int done(GoalKind kind, GoalPer per = GoalPer::Week, int weekStart = 0) {
        return status(kind, 5, per, weekStart).current.done;
    }
};
} // namespace

TEST_CASE("Reaching out counts the people written to this week, once each", "[core][goals]") {
    Berlin w;
    const ContactId ana = w.person("Ana"), ben = w.person("Ben"), cai = w.person("Cai"),
                    dee = w.person("Dee"), eve = w.person("Eve");
    w.log(ana, Direction::Out, at("2026-11-30", 9));  // Monday
    w.log(ana, Direction::Out, at("2026-12-01", 10)); // a repeat: still one person
    w.log(ana, Direction::Out, at("2026-12-02", 11));
    w.log(ben, Direction::In, at("2026-12-02", 12));      // they wrote to me: not reaching out
    w.log(cai, Direction::Out, at("2026-11-29", 23, 30)); // Sunday night: last week
    w.log(dee, Direction::In, at("2026-12-01", 8));
    w.log(dee, Direction::Out, at("2026-12-01", 9));  // a reply counts once
    w.log(eve, Direction::Out, at("2026-12-03", 18)); // later today: not yet

    CHECK(w.done(GoalKind::ReachOut) == 2); // Ana and Dee
    SECTION("a week that starts on Sunday takes in Sunday night") {
        CHECK(w.done(GoalKind::ReachOut, GoalPer::Week, 6) == 3);
    }
    SECTION("a month is the calendar month: November's Sunday is not in it") {
        CHECK(w.done(GoalKind::ReachOut, GoalPer::Month) == 2);
    }
    SECTION("logging counts every interaction, either way, up to now") {
        CHECK(w.done(GoalKind::LogInteractions) == 6);
        CHECK(w.done(GoalKind::LogInteractions, GoalPer::Month) == 5); // Monday 30 November is not December
        w.clock.set(at("2026-12-03", 19));
        CHECK(w.done(GoalKind::LogInteractions) == 7);
    }
}

TEST_CASE("Each goal kind counts what it names", "[core][goals]") {
    Berlin w;
    const ContactId ana = w.person("Ana"), fay = w.person("Fay"), gus = w.person("Gus"),
                    hal = w.person("Hal");
    w.log(ana, Direction::Out, at("2026-12-01", 9), true);
    w.log(ana, Direction::In, at("2026-12-02", 9), true); // helped Ana twice: two times
    w.log(fay, Direction::Out, w.clock.now() - 300 * kDay);
    w.log(fay, Direction::Out, at("2026-12-01", 9)); // quiet for 300 days: reconnected
    w.log(fay, Direction::Out, at("2026-12-02", 9)); // and again: still Fay
    w.log(gus, Direction::Out, at("2026-12-01", 9)); // a first message is not a reconnection
    w.log(hal, Direction::In, w.clock.now() - 300 * kDay);
    w.log(hal, Direction::In, at("2026-12-01", 9)); // they came back to me: not mine
    const ContactId ivy = w.person("Ivy", at("2026-12-02", 20)); // added this week…
    w.log(ivy, Direction::In, at("2026-12-02", 21));              // …and met: she wrote
    w.person("Kai", at("2026-12-02", 20)); // added this week by an import: not met
    w.person("Jon", at("2026-11-20", 20));           // added last month
    w.cleared("2026-11-29");
    w.cleared("2026-11-30");
    w.cleared("2026-12-02");

    struct Row {
        GoalKind kind;
        GoalPer per;
        int done;
    };
    const Row rows[] = {
        {GoalKind::GiveHelp, GoalPer::Week, 2},        {GoalKind::Reconnect, GoalPer::Week, 1},
        {GoalKind::ReachOut, GoalPer::Week, 3},        {GoalKind::MeetNew, GoalPer::Week, 1},
        {GoalKind::MeetNew, GoalPer::Month, 1},        {GoalKind::ClearToday, GoalPer::Week, 2},
        {GoalKind::ClearToday, GoalPer::Month, 1},     {GoalKind::LogInteractions, GoalPer::Month, 7},
    };
    for (const Row& row : rows) {
        INFO("kind " << static_cast<int>(row.kind) << " per " << static_cast<int>(row.per));
        CHECK(w.done(row.kind, row.per) == row.done);
    }
    SECTION("a longer dormant threshold does not count Fay") {
        CHECK(w.status(GoalKind::Reconnect, 1, GoalPer::Week, 0, 0, 365).current.done == 0);
    }
}

TEST_CASE("Answering every reply counts messages answered in time, once their days are up",
          "[core][goals]") {
    Berlin w;
    const ContactId ana = w.person("Ana"), ben = w.person("Ben"), cai = w.person("Cai"),
                    dee = w.person("Dee");
    w.log(ana, Direction::In, at("2026-11-30", 9));
    w.log(ana, Direction::Out, at("2026-12-01", 18)); // answered within 2 days
    w.log(ben, Direction::In, at("2026-11-30", 10));  // never answered: missed
    w.log(cai, Direction::In, at("2026-12-03", 9));   // today: not due yet
    w.log(dee, Direction::In, at("2026-12-01", 9), false, InteractionKind::Coffee); // a coffee needs no answer

    GoalStatus s = w.status(GoalKind::AnswerReplies, 2, GoalPer::Week);
    CHECK(s.current.due == 2);
    CHECK(s.current.done == 1);
    CHECK_FALSE(s.current.met);
    CHECK(s.progressText() == "1 of 2 not answered in time this week");

    SECTION("an answer on time to the one still waiting is counted as soon as it is logged") {
        w.log(cai, Direction::Out, at("2026-12-03", 11));
        w.clock.set(at("2026-12-03", 12));
        s = w.status(GoalKind::AnswerReplies, 2, GoalPer::Week);
        CHECK(s.current.due == 3);
        CHECK(s.current.done == 2);
    }
    SECTION("with a week to answer, Ben is still in time") {
        s = w.status(GoalKind::AnswerReplies, 7, GoalPer::Week);
        CHECK(s.current.due == 1);
        CHECK(s.current.met);
        CHECK(s.progressText() == "1 of 1 answered in time this week");
    }
    SECTION("a week with nothing to answer is neither met nor missed") {
        const PeriodResult& last = s.history.back();
        CHECK(last.quiet);
        CHECK_FALSE(last.met);
        CHECK(s.streak == 0);
    }
}
