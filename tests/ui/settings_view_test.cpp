// Issue 17, item 11: the Settings screen changes a setting in one undoable
// step, and the rules and the theme follow it.
#include "core/repo/settings_repo.h"
#include "core/schedule/user_settings.h"
#include "core/store/store.h"
#include "tests/support/temp_store.h"
#include "tests/support/ui_harness.h"

#include <catch2/catch.hpp>

using namespace rk;
using app::MoreScreen;

namespace {
void openSettings(test::UiHarness& ui) {
    ui.press(',', true); // Ctrl+, from anywhere
    REQUIRE(ui.app().tab() == app::Tab::More);
    REQUIRE(ui.app().more().screen() == MoreScreen::Settings);
    ui.frames(1);
}
// Moves the selection with ↓ until `s` is picked.
void pick(test::UiHarness& ui, Setting s) {
    for (int i = 0; i < kSettingCount && ui.app().more().settings().selected() != s; ++i)
        ui.press(test::key::Down);
    REQUIRE(ui.app().more().settings().selected() == s);
}
} // namespace

TEST_CASE("Ctrl+, opens Settings from any tab, More lists it, and Esc goes back",
          "[ui][settings]") {
    test::TempStore t(1'795'000'000);
    test::UiHarness ui(t.store, t.clock);
    openSettings(ui);
    const std::string screen = ui.screenText();
    for (const char* shown :
         {"Inner circle", "Every 14 days", "Wait for a reply", "5 days", "Dormant after",
          "6 months", "Rekindle each day", "3 people", "Week starts on", "Monday"})
        CHECK_THAT(screen, Catch::Contains(shown));
    ui.press(test::key::Escape);
    CHECK(ui.app().more().screen() == MoreScreen::Main);
    ui.clickItem("Settings…  (S or Ctrl+,)");
    CHECK(ui.app().more().screen() == MoreScreen::Settings);
    ui.press(test::key::Escape);
    ui.press('S');
    CHECK(ui.app().more().screen() == MoreScreen::Settings);
}

TEST_CASE("Changing the awaiting-reply wait is one step that Ctrl+Z undoes",
          "[ui][settings][undo]") {
    test::TempStore t(1'795'000'000);
    test::UiHarness ui(t.store, t.clock);
    openSettings(ui);
    pick(ui, Setting::AwaitingDays);
    ui.press(test::key::Right);
    ui.press(test::key::Right);
    CHECK(UserSettings::load(t.store.db()).awaitingDays() == 7);
    CHECK(ui.app().toast().text == "Set the awaiting-reply wait to 7 days");
    CHECK(ui.app().toast().canUndo);
    CHECK_THAT(ui.screenText(), Catch::Contains("7 days"));

    ui.press('Z', true);
    CHECK(UserSettings::load(t.store.db()).awaitingDays() == 6);
    CHECK(ui.app().toast().text == "Undone: Set the awaiting-reply wait to 7 days");
    ui.press('Z', true);
    CHECK(UserSettings::load(t.store.db()).awaitingDays() == 5);
    CHECK_THAT(ui.screenText(), Catch::Contains("5 days"));
}

TEST_CASE("The week can start on Sunday, going round from Monday", "[ui][settings]") {
    test::TempStore t(1'795'000'000);
    test::UiHarness ui(t.store, t.clock);
    openSettings(ui);
    pick(ui, Setting::WeekStart);
    ui.press(test::key::Left);
    CHECK(UserSettings::load(t.store.db()).weekStart() == 6);
    CHECK(ui.app().toast().text == "Start the week on Sunday");
}

TEST_CASE("The theme is a setting: the screen follows it, and its undo", "[ui][settings][theme]") {
    test::TempStore t(1'795'000'000);
    test::UiHarness ui(t.store, t.clock);
    openSettings(ui);
    REQUIRE(ui.theme().mode == app::ThemeMode::Light);
    SECTION("with the keys: the selection scrolls into view") {
        pick(ui, Setting::DarkTheme);
        ui.press(test::key::Right);
    }
    SECTION("with a click on Dark") {
        pick(ui, Setting::DarkTheme); // brings the row into view
        ui.clickItem("Dark");
    }
    CHECK(ui.theme().mode == app::ThemeMode::Dark);
    CHECK(SettingsRepo(t.store.db()).get("ui.theme") == "dark");
    CHECK(ui.app().toast().text == "Switch to the dark theme");
    ui.press('Z', true);
    CHECK(ui.theme().mode == app::ThemeMode::Light);
}
