#include "core/db/statement.h"
#include "core/followup/followup_planner.h"
#include "core/repo/contact_repo.h"
#include "core/repo/interaction_repo.h"
#include "core/schedule/cadence.h"
#include "core/store/store.h"
#include "tests/support/temp_store.h"
#include "tests/support/test_clock.h"
#include "tests/support/ui_harness.h"

#include <catch2/catch.hpp>

using namespace rk;
using app::Tab;

namespace {

// Three people who are overdue today (close circle: every 30 days). The time
// zone is the first base: the clock starts at a local time.
struct TodayFixture : private test::ScopedTimeZone, test::TempStore {
    std::vector<ContactId> ids;

    TodayFixture()
        : ScopedTimeZone("Europe/London"), TempStore(test::localTime(2026, 11, 26, 10, 0)) {
        store.change("setup", [&] {
            ContactRepo contacts(store.db());
            InteractionRepo interactions(store.db());
            const CadencePolicy policy;
            const char* names[] = {"Ana García", "Kwame Mensah", "Yuki Sato"};
            int daysAgo = 60;
            for (const char* name : names) {
                Contact c;
                c.displayName = name;
                c.company = "Acme";
                c.circle = Circle::Close;
                contacts.insert(c, clock.now() - 400 * 86400);
                Interaction i{0,
                              c.id,
                              InteractionKind::Coffee,
                              Direction::Out,
                              clock.now() - daysAgo * 86400,
                              "coffee",
                              false,
                              false,
                              false};
                interactions.add(i, clock.now());
                refreshNextDue(store.db(), policy, c.id);
                ids.push_back(c.id);
                daysAgo -= 10; // Ana is the most overdue, so she is on top
            }
        });
        store.history().clear();
    }

    // Every column of a contact's row, to compare before and after an undo.
    std::string contactRow(ContactId id) {
        Statement st(store.db(),
                     "SELECT quote(next_due) || quote(snoozed_until) || quote(snooze_count) || "
                     "quote(skip_until) || quote(last_contact_at) || quote(updated_at) FROM "
                     "contacts WHERE id=?1");
        st.bind(1, id);
        return st.step() ? st.text(0) : "";
    }
    std::int64_t interactionCount() {
        return store.db().queryInt("SELECT count(*) FROM interactions");
    }
};

void settle(test::UiHarness& ui) {
    ui.frames(40);
}

} // namespace

TEST_CASE("Today shows the most overdue person on top with the count on the tab", "[ui][today]") {
    TodayFixture f;
    test::UiHarness ui(f.store, f.clock);
    REQUIRE(ui.app().tab() == Tab::Today);
    REQUIRE(ui.app().models().today().queue.items.size() == 3);
    CHECK(ui.app().models().today().queue.items.front().name == "Ana García");
}

TEST_CASE("Dragging the top card right past the threshold logs it and reschedules",
          "[ui][today][swipe]") {
    TodayFixture f;
    test::UiHarness ui(f.store, f.clock);
    const ImVec2 min = ui.app().today().cardMin();
    const ImVec2 size = ui.app().today().cardSize();
    const ImVec2 centre(min.x + size.x * 0.5f, min.y + size.y * 0.5f);
    const auto before = f.interactionCount();

    ui.drag(centre, ImVec2(centre.x + size.x * 0.6f, centre.y), 12);
    settle(ui);
    REQUIRE(ui.app().logSheet().isOpen());
    CHECK(ui.app().logSheet().draft().who.name == "Ana García");

    ui.type("Caught up about the new team");
    ui.press(test::key::Enter);
    CHECK_FALSE(ui.app().logSheet().isOpen());
    CHECK(f.interactionCount() == before + 1);
    auto ana = ContactRepo(f.store.db()).get(f.ids[0]);
    REQUIRE(ana);
    CHECK(ana->nextDue == "2026-12-26"); // today + 30 days
    CHECK(f.store.db().queryText("SELECT note FROM interactions ORDER BY id DESC LIMIT 1") ==
          "Caught up about the new team");
    settle(ui);
    REQUIRE(ui.app().models().today().queue.items.size() == 2);
    CHECK(ui.app().models().today().queue.items.front().name == "Kwame Mensah");
}

TEST_CASE("A short drag springs back and changes nothing", "[ui][today][swipe]") {
    TodayFixture f;
    test::UiHarness ui(f.store, f.clock);
    const ImVec2 min = ui.app().today().cardMin();
    const ImVec2 size = ui.app().today().cardSize();
    const ImVec2 centre(min.x + size.x * 0.5f, min.y + size.y * 0.5f);
    const auto row = f.contactRow(f.ids[0]);

    ui.drag(centre, ImVec2(centre.x + size.x * 0.15f, centre.y + 4), 30);
    settle(ui);
    CHECK_FALSE(ui.app().logSheet().isOpen());
    CHECK(ui.app().today().gesture().state() == app::SwipeGesture::State::Idle);
    CHECK(f.contactRow(f.ids[0]) == row);
    CHECK(ui.app().models().today().queue.items.size() == 3);
    CHECK_FALSE(f.store.history().canUndo());
}

TEST_CASE("Left arrow snoozes the top card and Ctrl+Z restores it exactly",
          "[ui][today][keys][undo]") {
    TodayFixture f;
    test::UiHarness ui(f.store, f.clock);
    const auto row = f.contactRow(f.ids[0]);

    ui.press(test::key::Left);
    settle(ui);
    auto ana = ContactRepo(f.store.db()).get(f.ids[0]);
    CHECK(ana->snoozedUntil == "2026-11-27");
    CHECK(ana->snoozeCount == 1);
    CHECK(ui.app().models().today().queue.items.size() == 2);
    CHECK(ui.app().toast().canUndo);

    ui.press('Z', true);
    settle(ui);
    CHECK(f.contactRow(f.ids[0]) == row);
    REQUIRE(ui.app().models().today().queue.items.size() == 3);
    CHECK(ui.app().models().today().queue.items.front().name == "Ana García");
}

TEST_CASE("The queue can be cleared with the keyboard alone", "[ui][today][keys]") {
    TodayFixture f;
    test::UiHarness ui(f.store, f.clock);
    // Done (→, then Enter in the note), skip (↓), snooze (←).
    ui.press(test::key::Right);
    settle(ui);
    REQUIRE(ui.app().logSheet().isOpen());
    ui.press(test::key::Enter);
    settle(ui);
    ui.press(test::key::Down);
    settle(ui);
    ui.press(test::key::Left);
    settle(ui);
    CHECK(ui.app().models().today().queue.items.empty());
    CHECK(f.interactionCount() == 4);
    // Everything can be undone, one step at a time.
    for (int i = 0; i < 3; ++i)
        ui.press('Z', true);
    settle(ui);
    CHECK(ui.app().models().today().queue.items.size() == 3);
    CHECK(f.interactionCount() == 3);
}

TEST_CASE("The queue can be cleared with the mouse alone", "[ui][today][mouse]") {
    TodayFixture f;
    test::UiHarness ui(f.store, f.clock);
    for (int round = 0; round < 3; ++round) {
        const ImVec2 min = ui.app().today().cardMin();
        const ImVec2 size = ui.app().today().cardSize();
        const ImVec2 centre(min.x + size.x * 0.5f, min.y + size.y * 0.5f);
        // Alternate: swipe left (snooze) and down (skip), by dragging.
        const ImVec2 to = round % 2 == 0 ? ImVec2(centre.x - size.x * 0.7f, centre.y)
                                         : ImVec2(centre.x, centre.y + size.y * 0.7f);
        ui.drag(centre, to, 12);
        settle(ui);
    }
    CHECK(ui.app().models().today().queue.items.empty());
}

TEST_CASE("Esc in the log sheet after a Done swipe brings the card back", "[ui][today][swipe]") {
    TodayFixture f;
    test::UiHarness ui(f.store, f.clock);
    ui.press(test::key::Right);
    settle(ui);
    REQUIRE(ui.app().logSheet().isOpen());
    ui.press(test::key::Escape);
    settle(ui);
    CHECK_FALSE(ui.app().logSheet().isOpen());
    CHECK(ui.app().today().gesture().state() == app::SwipeGesture::State::Idle);
    CHECK(ui.app().models().today().queue.items.size() == 3);
    CHECK(f.interactionCount() == 3);
}

TEST_CASE("Shift+Left picks a snooze length", "[ui][today][keys]") {
    TodayFixture f;
    test::UiHarness ui(f.store, f.clock);
    ui.press(test::key::Left, false, true);
    settle(ui);
    ui.press('W'); // next week
    settle(ui);
    auto ana = ContactRepo(f.store.db()).get(f.ids[0]);
    CHECK(ana->snoozedUntil == "2026-11-30"); // next Monday
}

TEST_CASE("Typing a date into the snooze picker types it, not the picker's 1 and 3",
          "[ui][today][keys]") {
    TodayFixture f;
    test::UiHarness ui(f.store, f.clock);
    ui.press(test::key::Left, false, true);
    settle(ui);
    const auto pick = ui.itemRect("Pick date");
    ui.click(pick.min.x - 30.f, pick.centre().y); // into the date field beside it
    for (char c : std::string("2026-12-13")) {
        // Key and character together, as a keyboard delivers them: "1" is
        // also the picker's "Tomorrow" key.
        ui.type(std::string(1, c));
        if (c >= '0' && c <= '9') ui.press(c);
    }
    auto ana = ContactRepo(f.store.db()).get(f.ids[0]);
    CHECK(ana->snoozedUntil.empty()); // nothing chosen while typing
    ui.press(test::key::Enter);
    settle(ui);
    ana = ContactRepo(f.store.db()).get(f.ids[0]);
    CHECK(ana->snoozedUntil == "2026-12-13");
}

// Issue 17, item 6: snoozed and skipped cards are not counted as done.
TEST_CASE("The progress line counts snoozed and skipped cards apart from done",
          "[ui][today][progress]") {
    TodayFixture f;
    test::UiHarness ui(f.store, f.clock);
    ui.press(test::key::Down); // skip Ana
    settle(ui);
    CHECK_THAT(ui.screenText(), Catch::Contains("0 of 3 done \u00B7 1 skipped \u00B7 2 to go"));
    ui.press(test::key::Left); // snooze Kwame
    settle(ui);
    CHECK_THAT(ui.screenText(),
               Catch::Contains("0 of 3 done \u00B7 1 snoozed \u00B7 1 skipped \u00B7 1 to go"));
    ui.press(test::key::Right); // done with Yuki
    settle(ui);
    REQUIRE(ui.app().logSheet().isOpen());
    ui.press(test::key::Enter);
    settle(ui);
    CHECK(ui.app().models().today().queue.doneToday == 1);
    CHECK_THAT(ui.screenText(), Catch::Contains("You followed up with everyone due today"));
}

TEST_CASE("A day put off entirely is not called followed up", "[ui][today][progress]") {
    TodayFixture f;
    test::UiHarness ui(f.store, f.clock);
    for (int i = 0; i < 3; ++i) {
        ui.press(test::key::Down);
        settle(ui);
    }
    REQUIRE(ui.app().models().today().queue.items.empty());
    const std::string screen = ui.screenText();
    CHECK_THAT(screen, Catch::Contains("the rest is put off for later"));
    CHECK_THAT(screen, !Catch::Contains("You followed up with everyone"));
}
