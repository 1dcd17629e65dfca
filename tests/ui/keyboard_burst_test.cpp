// Keys that arrive faster than frames: xdotool presses and releases a chord
// within a few milliseconds, and text typed right after a shortcut arrives in
// the same event wait. These go through the window's own KeyQueue and
// deliverToImGui (UiHarness::burst), so each key lands on the screen the key
// before it opened.
#include "core/repo/contact_repo.h"
#include "core/repo/interaction_repo.h"
#include "core/store/store.h"
#include "tests/support/temp_store.h"
#include "tests/support/test_clock.h"
#include "tests/support/ui_harness.h"

#include <catch2/catch.hpp>

using namespace rk;
using test::key::chord;
using test::key::typing;
namespace glfw = platform::glfw;

namespace {
struct BurstFixture : private test::ScopedTimeZone, test::TempStore {
    ContactId ana = 0;
    BurstFixture()
        : ScopedTimeZone("Europe/London"), TempStore(test::localTime(2026, 11, 26, 10, 0)) {
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

std::vector<platform::KeyEvent> operator+(std::vector<platform::KeyEvent> a,
                                          const std::vector<platform::KeyEvent>& b) {
    a.insert(a.end(), b.begin(), b.end());
    return a;
}
} // namespace

TEST_CASE("Ctrl down, L down, L up, Ctrl up in one event wait opens the log sheet",
          "[ui][keys][burst]") {
    BurstFixture f;
    test::UiHarness ui(f.store, f.clock);
    ui.frames(2);
    // The order of a real keyboard, and xdotool's (Ctrl goes up before the L).
    const bool ctrlUpFirst = GENERATE(false, true);
    using test::key::down, test::key::up;
    const int L = 'L', Ctrl = test::key::LeftCtrl, C = glfw::kModCtrl;
    if (ctrlUpFirst)
        ui.burst({down(Ctrl), down(L, C), up(Ctrl, C), up(L)});
    else
        ui.burst({down(Ctrl), down(L, C), up(L, C), up(Ctrl, C)});
    CHECK(ui.app().logSheet().isOpen());
}

TEST_CASE("A chord whose Ctrl went down in an earlier event wait still counts",
          "[ui][keys][burst]") {
    BurstFixture f;
    test::UiHarness ui(f.store, f.clock);
    using test::key::down, test::key::up;
    ui.burst({down(test::key::LeftCtrl)});
    // L down, then Ctrl up, in the same wait: the frame must see Ctrl+L.
    ui.burst({down('L', glfw::kModCtrl), up(test::key::LeftCtrl, glfw::kModCtrl), up('L')});
    CHECK(ui.app().logSheet().isOpen());
}

TEST_CASE(
    "Ctrl+L, a name, Enter, a note, Alt+A, Ctrl+Enter in one burst logs it and renames nobody",
    "[ui][keys][burst]") {
    BurstFixture f;
    test::UiHarness ui(f.store, f.clock);
    ui.frames(2);
    ui.burst(chord(glfw::kModCtrl, 'L') + typing("ana g") + chord(0, test::key::Enter) +
             typing("e chat about the board seat") + chord(glfw::kModAlt, 'A') +
             chord(glfw::kModCtrl, test::key::Enter));

    CHECK_FALSE(ui.app().logSheet().isOpen());
    auto recent = InteractionRepo(f.store.db()).recent(5);
    REQUIRE(recent.size() == 1);
    const Interaction& logged = recent[0].interaction;
    CHECK(logged.contactId == f.ana);
    CHECK(logged.note == "e chat about the board seat");
    CHECK(logged.awaitingReply);
    CHECK(ContactRepo(f.store.db()).get(f.ana)->displayName == "Ana García");
}

TEST_CASE("Alt chords in the log sheet's note set flags and type nothing", "[ui][keys][burst]") {
    BurstFixture f;
    test::UiHarness ui(f.store, f.clock);
    ui.frames(2);
    ui.burst(chord(glfw::kModCtrl, 'L') + typing("ben") + chord(0, test::key::Enter) +
             typing("lunch") + chord(glfw::kModAlt, '3') + chord(glfw::kModAlt, 'K'));
    REQUIRE(ui.app().logSheet().isOpen());
    CHECK(ui.app().logSheet().draft().kind == InteractionKind::Coffee);
    CHECK(ui.app().logSheet().draft().askedHelp);
    CHECK(ui.app().logSheet().draft().note == "lunch");
}

TEST_CASE("Keys typed into a contact's page open the edit form but never rename them",
          "[ui][keys][burst][contact]") {
    BurstFixture f;
    test::UiHarness ui(f.store, f.clock);
    ui.app().setTab(app::Tab::Deck);
    ui.frames(3);
    const auto& hits = ui.app().models().deck().hits;
    REQUIRE_FALSE(hits.empty());
    REQUIRE(hits[0].card.displayName == "Ana García");
    const auto [pos, size] = ui.app().deck().cardRect(0);
    ui.click(pos.x + size.x * 0.5f, pos.y + size.y * 0.5f);
    ui.frames(2);
    REQUIRE(ui.app().openPage() != nullptr);
    // A note meant for the log sheet, its first letter the page's "edit" key.
    ui.burst(typing("e chat about the board seat") + chord(glfw::kModCtrl, test::key::Enter));
    CHECK(ContactRepo(f.store.db()).get(f.ana)->displayName == "Ana García");
}
