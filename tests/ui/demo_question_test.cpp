// More → "Add a demo network": straight in on an empty deck, a question
// beside people of one's own, and never twice (issue 17, item 3).
#include "core/repo/contact_repo.h"
#include "core/store/store.h"
#include "tests/support/temp_store.h"
#include "tests/support/ui_harness.h"

#include <catch2/catch.hpp>

using namespace rk;
using app::Tab;
using Catch::Contains;

namespace {

std::int64_t people(Store& store) {
    return ContactRepo(store.db()).count(Shelf::Active);
}

} // namespace

TEST_CASE("An empty deck gets the demo network with one click", "[ui][demo]") {
    test::TempStore t(1'795'000'000);
    test::UiHarness ui(t.store, t.clock);
    ui.app().setTab(Tab::More);
    ui.frames(2);
    ui.clickItem("Add a demo network (150 people)");
    ui.frames(2);
    CHECK(people(t.store) == 150);
    CHECK(ui.app().toast().text == "Added 150 demo people to your deck");
    CHECK(ui.app().toast().canUndo);
}

TEST_CASE("Beside people of one's own the demo asks first, and never lands twice", "[ui][demo]") {
    test::TempStore t(1'795'000'000);
    Contact ana;
    ana.givenName = "Ana";
    ana.familyName = "García";
    t.store.change("Add Ana", [&] { ContactRepo(t.store.db()).insert(ana, t.clock.now()); });
    test::UiHarness ui(t.store, t.clock);
    ui.app().setTab(Tab::More);
    ui.frames(2);

    ui.clickItem("Add a demo network (150 people)");
    const std::string question = ui.screenText();
    CHECK_THAT(question, Contains("Add 150 demo people to your deck?"));
    CHECK_THAT(question, Contains("You already have 1 person."));
    CHECK(people(t.store) == 1); // nothing yet

    SECTION("Not now leaves the deck as it was") {
        ui.clickItem("Not now  (Esc)");
        ui.frames(2);
        CHECK(people(t.store) == 1);
        CHECK_THAT(ui.screenText(), !Contains("Add 150 demo people"));
    }
    SECTION("Esc is Not now") {
        ui.press(test::key::Escape);
        ui.frames(2);
        CHECK(people(t.store) == 1);
        CHECK_THAT(ui.screenText(), !Contains("Add 150 demo people"));
    }
    SECTION("Adding it once, then asking again, adds nothing more") {
        ui.clickItem("Add the demo people  (Enter)");
        ui.frames(2);
        CHECK(people(t.store) == 151);
        CHECK(ui.app().toast().text == "Added 150 demo people to your deck");

        ui.clickItem("Add a demo network (150 people)");
        ui.press(test::key::Enter);
        ui.frames(2);
        CHECK(people(t.store) == 151);
        CHECK(ui.app().toast().text ==
              "The demo network is already in your deck (150 people), so nothing was added");
        CHECK_FALSE(ui.app().toast().canUndo);
    }
}
