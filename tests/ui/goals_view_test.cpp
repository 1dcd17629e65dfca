// Issue 13: goals are made, changed, paused, deleted and undone from the
// Goals tab with keys alone or the mouse alone, and a fresh start sets the
// year's goals and spreads the people to reconnect with over the coming days.
#include "core/model/goal.h"
#include "core/repo/contact_repo.h"
#include "core/repo/goal_repo.h"
#include "core/repo/reminder_repo.h"
#include "core/store/store.h"
#include "tests/support/temp_store.h"
#include "tests/support/test_clock.h"
#include "tests/support/ui_harness.h"

#include <catch2/catch.hpp>

#include <map>

using namespace rk;

namespace {
void openGoals(test::UiHarness& ui) {
    ui.press('4', true); // Ctrl+4
    REQUIRE(ui.app().tab() == app::Tab::Goals);
    ui.frames(1);
}
std::vector<Goal> goals(Store& store) { return GoalRepo(store.db()).active(); }
} // namespace

TEST_CASE("A goal is made with keys alone, then changed, paused, deleted and undone", "[ui][goals]") {
    test::ScopedTimeZone tz("Europe/London");
    test::TempStore t(test::localTime(2026, 12, 9, 10)); // Wednesday
    test::UiHarness ui(t.store, t.clock);
    openGoals(ui);
    CHECK_THAT(ui.screenText(), Catch::Contains("No goals yet"));

    ui.press('N');
    REQUIRE(ui.app().goals().editor().isOpen());
    for (int i = 0; i < 4; ++i) ui.press(test::key::Down); // reach out → … → log interactions
    ui.press(test::key::Right);
    ui.press(test::key::Right);
    ui.press('M');
    CHECK(ui.app().goals().editor().draft().target == 12);
    ui.press(test::key::Enter);
    CHECK_FALSE(ui.app().goals().editor().isOpen());
    REQUIRE(goals(t.store).size() == 1);
    const Goal made = goals(t.store).front();
    CHECK(made.kind == GoalKind::LogInteractions);
    CHECK(made.target == 12);
    CHECK(made.per == GoalPer::Month);
    CHECK(ui.app().toast().text == "Added the goal: Log 12 interactions a month");
    CHECK(ui.app().toast().canUndo);
    ui.frames(1);
    REQUIRE(ui.app().models().goals().goals.size() == 1);
    CHECK(ui.app().models().goals().goals.front().progressText() == "0 of 12 this month");
    CHECK(ui.app().goals().selected() == made.id);

    ui.press('E');
    REQUIRE(ui.app().goals().editor().isOpen());
    CHECK(ui.app().goals().editor().draft().target == 12);
    ui.press(test::key::Left);
    ui.press(test::key::Enter);
    CHECK(goals(t.store).front().target == 11);
    CHECK(ui.app().toast().text == "Changed the goal to: Log 11 interactions a month");

    ui.press('P');
    CHECK(goals(t.store).front().paused());
    ui.press(test::key::Delete);
    CHECK(goals(t.store).empty());
    CHECK(ui.app().toast().text == "Deleted the goal: Log 11 interactions a month");

    ui.press('Z', true);
    REQUIRE(goals(t.store).size() == 1);
    CHECK(goals(t.store).front().paused());
    ui.press('Z', true);
    CHECK_FALSE(goals(t.store).front().paused());
    ui.press('Z', true);
    CHECK(goals(t.store).front().target == 12);
    ui.press('Z', true);
    CHECK(goals(t.store).empty());

    SECTION("Esc leaves the editor and changes nothing") {
        ui.press('N');
        ui.press(test::key::Right);
        ui.press(test::key::Escape);
        CHECK_FALSE(ui.app().goals().editor().isOpen());
        CHECK(goals(t.store).empty());
        CHECK(ui.app().tab() == app::Tab::Goals);
    }
}

TEST_CASE("A goal is made, paused and deleted with the mouse alone", "[ui][goals]") {
    test::ScopedTimeZone tz("America/New_York");
    test::TempStore t(test::localTime(2026, 12, 9, 10));
    test::UiHarness ui(t.store, t.clock);
    ui.click(ui.tabCentre(app::Tab::Goals).x, ui.tabCentre(app::Tab::Goals).y);
    REQUIRE(ui.app().tab() == app::Tab::Goals);
    ui.clickItem("New goal  (N)");
    REQUIRE(ui.app().goals().editor().isOpen());
    ui.clickItem("Give help");
    ui.clickItem("+");
    ui.clickItem("Month");
    ui.clickItem("Save  (Enter)");
    REQUIRE(goals(t.store).size() == 1);
    CHECK(goals(t.store).front().kind == GoalKind::GiveHelp);
    CHECK(goals(t.store).front().target == 2);
    CHECK(goals(t.store).front().per == GoalPer::Month);
    ui.frames(1);
    ui.clickItem("Pause  (P)");
    CHECK(goals(t.store).front().paused());
    ui.frames(1);
    ui.clickItem("Resume  (P)");
    CHECK_FALSE(goals(t.store).front().paused());
    ui.clickItem("Delete  (Del)");
    CHECK(goals(t.store).empty());
}

TEST_CASE("A fresh start with keys alone: the year's goals, then people a few a day", "[ui][goals][fresh]") {
    test::ScopedTimeZone tz("Europe/London");
    const std::int64_t now = test::localTime(2027, 1, 4, 9); // the first week of the year
    test::TempStore t(now);
    for (int i = 0; i < 5; ++i) {
        Contact c;
        c.displayName = "Old Friend " + std::to_string(i);
        t.store.change("Add", [&] { ContactRepo(t.store.db()).insert(c, now - 400 * 86400); });
    }
    test::UiHarness ui(t.store, t.clock);
    openGoals(ui);
    CHECK(ui.app().models().goals().offerFreshStart);

    ui.press('F');
    ui.frames(2);
    ui.press(test::key::Down);
    ui.press(test::key::Space); // leave "Reconnect with 4 dormant people a month"
    ui.press(test::key::Enter);
    ui.frames(2);
    REQUIRE(ui.app().models().freshStartPeople().size() == 5);
    CHECK_FALSE(ui.app().models().freshStartPeople().front().opener.empty());
    ui.press(test::key::Space); // leave the first person
    ui.press(test::key::Enter);
    CHECK_FALSE(ui.app().goals().freshStartOpen());

    const auto made = goals(t.store);
    REQUIRE(made.size() == 2);
    CHECK(made[0].kind == GoalKind::ReachOut);
    CHECK(made[1].kind == GoalKind::AnswerReplies);
    std::map<std::string, int> perDay;
    for (const auto& r : ReminderRepo(t.store.db()).openAll()) {
        ++perDay[r.dueDate];
        CHECK(r.note.rfind("Fresh start: ", 0) == 0);
    }
    CHECK(perDay == std::map<std::string, int>{{"2027-01-04", 3}, {"2027-01-05", 1}});
    CHECK(ui.app().toast().text == "Fresh start: 2 goals, 4 people to reconnect with over 2 days");
    ui.frames(1);
    CHECK_FALSE(ui.app().models().goals().offerFreshStart);

    ui.press('Z', true);
    CHECK(goals(t.store).empty());
    CHECK(ReminderRepo(t.store.db()).openAll().empty());
}
