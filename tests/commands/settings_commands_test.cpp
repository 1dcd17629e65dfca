#include "core/commands/settings_commands.h"
#include "core/db/store_error.h"
#include "core/repo/settings_repo.h"
#include "tests/commands/command_fixture.h"

#include <catch2/catch.hpp>

using namespace rk;

TEST_CASE("A setting changes in one undoable step with a label that says what",
          "[commands][settings][undo]") {
    test::CommandWorld w;
    const ChangeResult r = changeSetting(w.store, Setting::AwaitingDays, 7);
    CHECK(r.label == "Set the awaiting-reply wait to 7 days");
    CHECK(r.count == 1);
    CHECK(SettingsRepo(w.store.db()).get("followup.awaiting_days") == "7");
    CHECK(UserSettings::load(w.store.db()).awaitingDays() == 7);

    CHECK(w.store.undo() == "Set the awaiting-reply wait to 7 days");
    CHECK_FALSE(SettingsRepo(w.store.db()).get("followup.awaiting_days"));
    CHECK(UserSettings::load(w.store.db()).awaitingDays() == 5);
    CHECK(w.store.redo() == r.label);
    CHECK(UserSettings::load(w.store.db()).awaitingDays() == 7);
}

TEST_CASE("A setting out of range is refused, and the same value changes nothing",
          "[commands][settings]") {
    test::CommandWorld w;
    CHECK_THROWS_WITH(changeSetting(w.store, Setting::RekindleBatch, 50),
                      "The daily rekindle batch can be from 0 people to 20 people.");
    CHECK_FALSE(w.store.history().canUndo());
    const ChangeResult same = changeSetting(w.store, Setting::DormantDays, 180);
    CHECK(same.count == 0);
    CHECK_FALSE(w.store.history().canUndo());
}

TEST_CASE("The theme is a setting the window reads at start", "[commands][settings]") {
    test::CommandWorld w;
    changeSetting(w.store, Setting::DarkTheme, 1);
    CHECK(SettingsRepo(w.store.db()).get("ui.theme") == "dark");
    changeSetting(w.store, Setting::DarkTheme, 0);
    CHECK(SettingsRepo(w.store.db()).get("ui.theme") == "light");
}
