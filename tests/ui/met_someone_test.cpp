// Issue 13: "I met someone" with the keyboard alone: Ctrl+M, a name, Tab, a
// line of context, Enter, and the next person, three in a row; then Esc.
#include "core/commands/event_commands.h"
#include "core/read/event_list.h"
#include "core/repo/reminder_repo.h"
#include "core/store/store.h"
#include "tests/support/temp_store.h"
#include "tests/support/test_clock.h"
#include "tests/support/ui_harness.h"

#include <catch2/catch.hpp>

using namespace rk;

namespace {
struct FridayMeetup : private test::ScopedTimeZone, test::TempStore {
    std::int64_t eventId = 0;
    // Friday 4 December 2026, 21:00 in Los Angeles (already Saturday in UTC).
    FridayMeetup()
        : ScopedTimeZone("America/Los_Angeles"), TempStore(test::localTime(2026, 12, 4, 21, 0)) {
        Event e{0, "LA Tech Meetup", "2026-12-04", "Santa Monica", "", {}};
        eventId = createEvent(store, e).eventId;
    }
};
} // namespace

TEST_CASE("add three people met at an event with keys alone", "[ui][events]") {
    FridayMeetup f;
    test::UiHarness ui(f.store, f.clock);

    ui.press('M', true); // Ctrl+M from Today: the event of today is assumed
    REQUIRE(ui.app().metSheet().isOpen());
    CHECK(ui.app().metSheet().eventId() == f.eventId);

    ui.type("Ana Garcia");
    ui.press(test::key::Tab);
    ui.type("payments at Stripe");
    ui.press(test::key::Enter);
    ui.type("Bo Chen");
    ui.press(test::key::Enter); // a name is enough
    ui.type("Cy Dlamini");
    ui.press(test::key::Tab);
    ui.type("teaches the Go class");
    ui.press(test::key::Enter);
    ui.frames(2);
    CHECK(ui.app().metSheet().added() ==
          std::vector<std::string>{"Ana Garcia", "Bo Chen", "Cy Dlamini"});

    // Enter with nothing typed adds nobody and says so.
    ui.press(test::key::Enter);
    CHECK_FALSE(ui.app().metSheet().error().empty());

    ui.press(test::key::Escape);
    CHECK_FALSE(ui.app().metSheet().isOpen());

    const auto page = loadEventPage(f.store.db(), f.eventId, f.clock.today());
    REQUIRE(page);
    REQUIRE(page->people.size() == 3);
    for (const MetPersonRow& p : page->people) {
        CHECK(p.status == MetStatus::Waiting);
        CHECK(p.statusText == "Follow up by Sun 6 Dec");
    }
    CHECK(page->people[0].context == "payments at Stripe");
    CHECK(page->people[2].context == "teaches the Go class");
    const auto reminders = ReminderRepo(f.store.db()).openAll();
    REQUIRE(reminders.size() == 3);
    CHECK(reminders[0].note == "met at LA Tech Meetup on Fri 4 Dec");

    // Each addition is its own undo step.
    ui.press('Z', true);
    CHECK(loadEventPage(f.store.db(), f.eventId, f.clock.today())->people.size() == 2);
}

TEST_CASE("Ctrl+M does not open over the log sheet, and More lists Events", "[ui][events]") {
    FridayMeetup f;
    test::UiHarness ui(f.store, f.clock);
    ui.press('L', true);
    REQUIRE(ui.app().logSheet().isOpen());
    ui.press('M', true);
    CHECK_FALSE(ui.app().metSheet().isOpen());
    ui.press(test::key::Escape);
    REQUIRE_FALSE(ui.app().logSheet().isOpen());

    ui.press('5', true); // More
    ui.press('V');
    CHECK(ui.app().more().screen() == app::MoreScreen::Events);
    ui.frames(2);
    CHECK_THAT(ui.screenText(), Catch::Contains("Upcoming"));
    ui.press(test::key::Down);
    ui.press(test::key::Enter);
    ui.frames(2);
    CHECK(ui.app().more().events().openEvent() == f.eventId);
    ui.press('M'); // I met someone here
    REQUIRE(ui.app().metSheet().isOpen());
    CHECK(ui.app().metSheet().eventId() == f.eventId);
    ui.type("Dee Okafor");
    ui.press(test::key::Enter);
    ui.press(test::key::Escape);
    ui.frames(2);
    CHECK(loadEventPage(f.store.db(), f.eventId, f.clock.today())->people.size() == 1);
    CHECK_THAT(ui.screenText(), Catch::Contains("Follow up by Sun 6 Dec"));
}
