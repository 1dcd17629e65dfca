// Issue 17, item 19: a new contact form does not open with an error, and the
// log sheet's "They did" and "awaiting their reply" exclude each other.
#include "core/repo/contact_repo.h"
#include "core/repo/interaction_repo.h"
#include "core/store/store.h"
#include "tests/support/temp_store.h"
#include "tests/support/test_clock.h"
#include "tests/support/ui_harness.h"

#include <catch2/catch.hpp>

using namespace rk;

namespace {
constexpr const char* kNameProblem = "Every contact needs a name.";

struct FlagsWorld : private test::ScopedTimeZone, test::TempStore {
    ContactId ana = 0;
    FlagsWorld()
        : ScopedTimeZone("Europe/London"), TempStore(test::localTime(2026, 11, 26, 10, 0)) {
        store.change("setup", [&] {
            Contact c;
            c.displayName = "Ana García";
            ana = ContactRepo(store.db()).insert(c, clock.now());
        });
        store.history().clear();
    }
    [[nodiscard]] std::optional<Interaction> last() {
        auto list = InteractionRepo(store.db()).recent(1);
        if (list.empty()) return std::nullopt;
        return list[0].interaction;
    }
};

void openLogFor(test::UiHarness& ui, const char* name) {
    ui.press('L', true);
    ui.type(name);
    ui.press(test::key::Enter);
    REQUIRE(ui.app().logSheet().mode() == app::LogSheet::Mode::Editing);
}
} // namespace

TEST_CASE("A new contact form shows no name error until the name is edited or Save is tried",
          "[ui][contact][validation]") {
    FlagsWorld w;
    test::UiHarness ui(w.store, w.clock);
    ui.app().setTab(app::Tab::Deck);
    ui.frames(3);
    ui.press('N');
    REQUIRE(ui.app().contactView().form().isOpen());
    CHECK_THAT(ui.screenText(), !Catch::Contains(kNameProblem));

    SECTION("leaving the name untouched does not show it") {
        ui.press(test::key::Tab); // on to the company, nothing typed
        ui.press(test::key::Tab);
        CHECK_THAT(ui.screenText(), !Catch::Contains(kNameProblem));
        CHECK_THAT(ui.screenText(), Catch::Contains("Add a name to save."));
    }
    SECTION("typing a name and clearing it shows it once the field is left") {
        ui.type("A");
        ui.press(test::key::Backspace);
        CHECK_THAT(ui.screenText(), !Catch::Contains(kNameProblem)); // still typing
        ui.press(test::key::Tab);
        CHECK_THAT(ui.screenText(), Catch::Contains(kNameProblem));
    }
    SECTION("a refused save shows it") {
        ui.press(test::key::Enter, true);
        REQUIRE(ui.app().contactView().form().isOpen());
        CHECK_THAT(ui.screenText(), Catch::Contains(kNameProblem));
    }
}

TEST_CASE("In the log sheet, They did and awaiting their reply exclude each other", "[ui][log]") {
    FlagsWorld w;
    test::UiHarness ui(w.store, w.clock);
    openLogFor(ui, "Ana");
    const app::LogDraft& draft = ui.app().logSheet().draft();

    SECTION("awaiting, then They did: the flag goes") {
        ui.press('A', false, false, true); // Alt+A
        REQUIRE(draft.awaitingReply);
        ui.clickItem("They did");
        CHECK(draft.direction == Direction::In);
        CHECK_FALSE(draft.awaitingReply);
        ui.press(test::key::Enter, true);
        auto i = w.last();
        REQUIRE(i);
        CHECK(i->direction == Direction::In);
        CHECK_FALSE(i->awaitingReply);
    }
    SECTION("They did, then awaiting: the direction turns to I reached out") {
        ui.press('D', false, false, true); // Alt+D
        REQUIRE(draft.direction == Direction::In);
        ui.press('A', false, false, true);
        CHECK(draft.awaitingReply);
        CHECK(draft.direction == Direction::Out);
        ui.press(test::key::Enter, true);
        auto i = w.last();
        REQUIRE(i);
        CHECK(i->direction == Direction::Out);
        CHECK(i->awaitingReply);
    }
}
