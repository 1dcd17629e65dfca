// Ctrl+K: type to run any action or reach any person; and the keyboard map,
// generated from the same shortcut table the handlers read.
#include "app/input/shortcuts.h"
#include "app/shell/command_palette.h"
#include "core/repo/contact_repo.h"
#include "core/store/store.h"
#include "tests/support/temp_store.h"
#include "tests/support/test_clock.h"
#include "tests/support/ui_harness.h"

#include <catch2/catch.hpp>

using namespace rk;
using app::Tab;
using Catch::Contains;

namespace {

struct PaletteFixture : private test::ScopedTimeZone, test::TempStore {
    ContactId ana = 0;
    PaletteFixture()
        : ScopedTimeZone("Europe/London"), TempStore(test::localTime(2026, 12, 5, 10, 0)) {
        store.change("setup", [&] {
            ContactRepo repo(store.db());
            for (const char* name : {"Ana García", "Ben Okafor"}) {
                Contact c;
                c.displayName = name;
                repo.insert(c, clock.now());
                if (ana == 0) ana = c.id;
            }
        });
    }
};

void openPalette(test::UiHarness& ui) {
    ui.press('K', true);
    REQUIRE(ui.app().palette().isOpen());
}

} // namespace

TEST_CASE("Ctrl+K runs an action by its name, with its key shown beside it", "[ui][palette]") {
    PaletteFixture f;
    test::UiHarness ui(f.store, f.clock);
    openPalette(ui);
    ui.type("deck");
    const std::string s = ui.screenText();
    CHECK_THAT(s, Contains("Go to the deck"));
    ui.press(test::key::Enter);
    CHECK_FALSE(ui.app().palette().isOpen());
    CHECK(ui.app().tab() == Tab::Deck);

    openPalette(ui);
    ui.type("exp");
    ui.press(test::key::Enter);
    CHECK(ui.app().tab() == Tab::More);
    CHECK(ui.app().more().exportSheet().isOpen());
}

TEST_CASE(
    "The palette reaches people: open them or log with them, 'log call with ana' chooses Call",
    "[ui][palette]") {
    PaletteFixture f;
    test::UiHarness ui(f.store, f.clock);

    SECTION("a name opens the person") {
        openPalette(ui);
        ui.type("ana");
        ui.frames(2);
        CHECK_THAT(ui.screenText(), Contains("Open Ana García"));
        ui.press(test::key::Enter);
        REQUIRE(ui.app().openPage());
        CHECK(ui.app().openPage()->contact.id == f.ana);
    }
    SECTION("log call with ana opens the log sheet for her with Call chosen") {
        openPalette(ui);
        ui.type("log call with ana");
        ui.frames(2);
        CHECK_THAT(ui.screenText(), Contains("Log a call with Ana García"));
        ui.press(test::key::Enter);
        REQUIRE(ui.app().logSheet().mode() == app::LogSheet::Mode::Editing);
        CHECK(ui.app().logSheet().draft().who.id == f.ana);
        CHECK(ui.app().logSheet().draft().kind == InteractionKind::Call);
    }
    SECTION("the arrows choose, Esc closes and nothing runs") {
        openPalette(ui);
        ui.type("go to");
        ui.press(test::key::Down);
        ui.press(test::key::Escape);
        CHECK_FALSE(ui.app().palette().isOpen());
        CHECK(ui.app().tab() == Tab::Today);
    }
}

// The palette and the keys reach the same place: a command's key and the
// command itself, for every command that has a key working everywhere.
TEST_CASE("Each palette command does what its shown key does", "[ui][palette][keys]") {
    for (const app::PaletteCommand& c : app::paletteCommands()) {
        if (!c.shortcut || c.shortcut->where != app::Where::Anywhere || c.shortcut->typed) continue;
        if (c.shortcut == &app::shortcut::Undo || c.shortcut == &app::shortcut::Redo)
            continue; // need history
        INFO(c.title << " / " << app::paletteKeys(c));
        PaletteFixture f;
        test::UiHarness ui(f.store, f.clock);
        const app::Key& k = c.shortcut->keys[0];
        ui.press(k.ascii + c.keyIndex, k.ctrl, k.shift, k.alt);
        const Tab byKey = ui.app().tab();
        const bool logByKey = ui.app().logSheet().isOpen();
        ui.press(test::key::Escape);
        ui.press('1', true);

        openPalette(ui);
        ui.type(c.title);
        ui.press(test::key::Enter);
        CHECK(ui.app().tab() == byKey);
        CHECK(ui.app().logSheet().isOpen() == logByKey);
    }
}

TEST_CASE("The keyboard map lists every shortcut from the table, whole and wrapped", "[ui][keys]") {
    PaletteFixture f;
    test::UiHarness ui(f.store, f.clock, 430, 880);
    ui.burst({test::key::down('/', 1), test::key::up('/', 1)}); // settle
    ImGui::GetIO().AddInputCharacter('?');
    ui.frames(2);
    REQUIRE(ui.app().keysOverlayShown());
    std::string s;
    // The list scrolls; read it in steps from the top.
    for (int i = 0; i < 12; ++i) {
        s += ui.screenText();
        ui.wheel(215, 400, -3);
    }
    for (const app::Shortcut* sc : app::kAllShortcuts) {
        INFO(sc->what);
        CHECK_THAT(s, Contains(sc->what));
        const std::string keys = app::keysText(*sc);
        CHECK_THAT(s, Contains(keys.substr(0, keys.find(" or "))));
    }
    CHECK(app::keysText(app::shortcut::Redo) == "Ctrl+Shift+Z or Ctrl+Y");
    CHECK(app::keysText(app::shortcut::LogKind) == "Alt+1 … Alt+7");
}
