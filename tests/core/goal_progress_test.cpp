// Goal progress counts people, not messages (issue 17, item 5).
#include "core/model/enums.h"
#include "core/model/interaction.h"
#include "core/repo/contact_repo.h"
#include "core/repo/goal_repo.h"
#include "core/repo/interaction_repo.h"
#include "core/time/civil_date.h"
#include "tests/support/temp_store.h"
#include "tests/support/test_clock.h"

#include <catch2/catch.hpp>

#include <string>

using namespace rk;

namespace {

constexpr std::int64_t kDay = 86400;

// A local time in the test's zone: "2026-12-03", 15 → 15:00 that day.
std::int64_t at(const char* date, int hour, int minute = 0) {
    return localMidnight(*CivilDate::parse(date)) + hour * 3600 + minute * 60;
}

struct GoalWorld : private test::ScopedTimeZone, test::TempStore {
    // Thursday 3 December 2026, 15:00 in Berlin; the week began Monday 30 November.
    GoalWorld() : ScopedTimeZone("Europe/Berlin"), TempStore(0) { clock.set(at("2026-12-03", 15)); }

    ContactId person(const std::string& given) {
        Contact c;
        c.givenName = given;
        c.familyName = "Test";
        store.change("Add", [&] { ContactRepo(store.db()).insert(c, clock.now() - 400 * kDay); });
        return c.id;
    }
    void log(ContactId id, Direction direction, std::int64_t when, bool gaveHelp = false) {
        Interaction i;
        i.contactId = id;
        i.direction = direction;
        i.kind = InteractionKind::Email;
        i.at = when;
        i.gaveHelp = gaveHelp;
        store.change("Log", [&] { InteractionRepo(store.db()).add(i, clock.now()); });
    }
    int done(GoalMetric metric, int periodDays = 7, int firstDayOfWeek = 0) {
        Goal g;
        g.title = "goal";
        g.metric = metric;
        g.target = 5;
        g.periodDays = periodDays;
        store.change("Goal", [&] {
            store.db().exec("DELETE FROM goals");
            GoalRepo(store.db()).add(g, clock.now());
        });
        const auto progress = GoalRepo(store.db()).progress(clock.now(), firstDayOfWeek);
        REQUIRE(progress.size() == 1);
        return progress[0].done;
    }
};

} // namespace

TEST_CASE("Reaching out counts the people written to this week, once each", "[core][goals]") {
    GoalWorld w;
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

    CHECK(w.done(GoalMetric::Interactions) == 2); // Ana and Dee

    SECTION("a week that starts on Sunday takes in Sunday night") {
        CHECK(w.done(GoalMetric::Interactions, 7, 6) == 3);
    }
    SECTION("the week's first moment is local midnight of its first day") {
        Goal weekly;
        weekly.periodDays = 7;
        CHECK(GoalRepo::periodStart(weekly, w.clock.now()) == at("2026-11-30", 0));
        CHECK(GoalRepo::periodStart(weekly, w.clock.now(), 6) == at("2026-11-29", 0));
        CHECK(GoalRepo::periodStart(weekly, at("2026-11-30", 0)) ==
              at("2026-11-30", 0)); // Monday at midnight
        Goal monthly;
        monthly.periodDays = 30;
        CHECK(GoalRepo::periodStart(monthly, w.clock.now()) == w.clock.now() - 30 * kDay);
    }
    SECTION("a longer goal counts the days it names") {
        CHECK(w.done(GoalMetric::Interactions, 30) == 3); // Ana, Cai, Dee
    }
}

TEST_CASE("Helping and rekindling count people too", "[core][goals]") {
    GoalWorld w;
    const ContactId ana = w.person("Ana"), fay = w.person("Fay"), gus = w.person("Gus"),
                    hal = w.person("Hal");
    w.log(ana, Direction::Out, at("2026-12-01", 9), true);
    w.log(ana, Direction::In, at("2026-12-02", 9), true); // helped Ana twice: one person
    w.log(fay, Direction::Out, w.clock.now() - 300 * kDay);
    w.log(fay, Direction::Out, at("2026-12-01", 9)); // quiet for 300 days: rekindled
    w.log(fay, Direction::Out, at("2026-12-02", 9)); // and again: still Fay
    w.log(gus, Direction::Out, at("2026-12-01", 9)); // a first message is not a rekindle
    w.log(hal, Direction::In, w.clock.now() - 300 * kDay);
    w.log(hal, Direction::In, at("2026-12-01", 9)); // they came back to me: not my rekindle

    CHECK(w.done(GoalMetric::Gives) == 1);
    CHECK(w.done(GoalMetric::Rekindles) == 1);
    CHECK(w.done(GoalMetric::Interactions) == 3); // Ana, Fay, Gus
}
