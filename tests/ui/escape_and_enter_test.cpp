// One rule for Esc (the innermost thing open closes, then the field clears,
// then the view goes back) and Enter in the deck's search (open the match).
#include "core/repo/contact_repo.h"
#include "core/store/store.h"
#include "tests/support/temp_store.h"
#include "tests/support/test_clock.h"
#include "tests/support/ui_harness.h"

#include <catch2/catch.hpp>

using namespace rk;
using app::Tab;

namespace {
struct DeckFixture : private test::ScopedTimeZone, test::TempStore {
    DeckFixture()
        : ScopedTimeZone("Europe/London"), TempStore(test::localTime(2026, 11, 26, 10, 0)) {
        store.change("setup", [&] {
            ContactRepo repo(store.db());
            for (const char* name : {"Ana García", "Ben Okafor", "Bella Moreau"}) {
                Contact c;
                c.displayName = name;
                repo.insert(c, clock.now());
            }
        });
    }
};

bool anyPopupOpen() {
    return ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel);
}

void focusSearch(test::UiHarness& ui) {
    ui.app().setTab(Tab::Deck);
    ui.frames(3);
    ui.press('F', true); // Ctrl+F
    ui.frames(2);
}
} // namespace

TEST_CASE("Esc in the deck's search clears it and keeps typing, and on an empty field it leaves",
          "[ui][deck][keys][esc]") {
    DeckFixture f;
    test::UiHarness ui(f.store, f.clock);
    focusSearch(ui);
    ui.type("ana");
    REQUIRE(ui.app().deck().searchText() == "ana");
    ui.press(test::key::Escape);
    CHECK(ui.app().deck().searchText().empty()); // not the previous query back
    ui.type("ben");
    CHECK(ui.app().deck().searchText() == "ben"); // still typing
    ui.press(test::key::Escape);
    CHECK(ui.app().deck().searchText().empty());
    ui.press(test::key::Escape); // empty: leaves the field
    ui.type("x");
    CHECK(ui.app().deck().searchText().empty());
}

TEST_CASE("Esc brings back no earlier query", "[ui][deck][keys][esc]") {
    DeckFixture f;
    test::UiHarness ui(f.store, f.clock);
    focusSearch(ui);
    ui.type("bel");
    ui.press(test::key::Down); // leave the field for the results
    focusSearch(ui);
    ui.type("la");
    REQUIRE(ui.app().deck().searchText() == "bella");
    ui.press(test::key::Escape);
    CHECK(ui.app().deck().searchText().empty());
}

TEST_CASE("Enter in the deck's search opens the top match", "[ui][deck][keys]") {
    DeckFixture f;
    test::UiHarness ui(f.store, f.clock);
    focusSearch(ui);
    ui.type("okaf");
    ui.frames(2);
    ui.press(test::key::Enter);
    ui.frames(2);
    REQUIRE(ui.app().openPage() != nullptr);
    CHECK(ui.app().openPage()->contact.displayName == "Ben Okafor");
}

TEST_CASE("Esc closes the sort menu and nothing else", "[ui][deck][keys][esc]") {
    DeckFixture f;
    test::UiHarness ui(f.store, f.clock);
    focusSearch(ui);
    ui.type("b");
    ui.press(test::key::Down); // leave the field, Ben or Bella selected
    REQUIRE(ui.app().deck().selectedIndex() >= 0);
    ui.clickItem("Best match");
    ui.frames(2);
    REQUIRE(anyPopupOpen());
    ui.press(test::key::Escape);
    CHECK_FALSE(anyPopupOpen());
    CHECK(ui.app().deck().searchText() == "b"); // the deck's own Esc did not also run
    CHECK(ui.app().deck().selectedIndex() >= 0);
}

TEST_CASE("Esc closes the keyboard map, not the contact page under it",
          "[ui][contact][keys][esc]") {
    DeckFixture f;
    test::UiHarness ui(f.store, f.clock);
    focusSearch(ui);
    ui.type("ana");
    ui.press(test::key::Enter);
    ui.frames(2);
    REQUIRE(ui.app().openPage() != nullptr);
    ui.type("?");
    REQUIRE(ui.app().keysOverlayShown());
    ui.press(test::key::Escape);
    CHECK_FALSE(ui.app().keysOverlayShown());
    CHECK(ui.app().openPage() != nullptr);
    ui.press(test::key::Escape);
    CHECK(ui.app().openPage() == nullptr);
}
