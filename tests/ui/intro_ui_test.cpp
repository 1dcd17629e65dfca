// Issue 14: link two people on a contact page with keys alone, then find a
// warm way in to a company through them and ask for the intro with the
// mouse alone (intro:Stripe in the deck, "Ask … for an intro", Save).
#include "core/commands/link_commands.h"
#include "core/commands/triage.h"
#include "core/repo/contact_repo.h"
#include "core/repo/interaction_repo.h"
#include "core/repo/link_repo.h"
#include "core/store/store.h"
#include "tests/support/temp_store.h"
#include "tests/support/ui_harness.h"

#include <catch2/catch.hpp>

using namespace rk;

namespace {
constexpr std::int64_t kNow = 1'795'000'000; // mid November 2026

// Maya is a friend the user talks to often; Omar works at Stripe and is new.
struct Network : test::TempStore {
    ContactId maya = 0;
    ContactId omar = 0;
    Network() : TempStore(kNow) {
        store.change("setup", [&] {
            ContactRepo contacts(store.db());
            Contact m;
            m.givenName = "Maya";
            m.familyName = "Fischer";
            m.company = "Figma";
            maya = contacts.insert(m, kNow - 400 * 86400);
            Contact o;
            o.givenName = "Omar";
            o.familyName = "Haddad";
            o.company = "Stripe";
            omar = contacts.insert(o, kNow - 30 * 86400);
        });
        Interaction out{0, maya, InteractionKind::Coffee, Direction::Out, kNow - 5 * 86400, "", false, false, false};
        Interaction in{0, maya, InteractionKind::Email, Direction::In, kNow - 3 * 86400, "", false, false, false};
        logInteraction(store, out);
        logInteraction(store, in);
    }
};
} // namespace

TEST_CASE("link two people on a contact page with keys alone", "[ui][intro]") {
    Network w;
    test::UiHarness ui(w.store, w.clock);
    ui.app().openContact(w.omar);
    ui.frames(3);
    ui.press('C'); // Link someone
    REQUIRE(ui.app().contactView().linkSheet().isOpen());
    ui.type("may");
    ui.frames(2);
    ui.press('2', false, false, true); // Alt+2: works with them
    CHECK(ui.app().contactView().linkSheet().relation() == 1);
    ui.press(test::key::Enter);
    ui.frames(2);
    CHECK_FALSE(ui.app().contactView().linkSheet().isOpen());

    const auto links = LinkRepo(w.store.db()).forContact(w.omar);
    REQUIRE(links.size() == 1);
    CHECK(links[0].kind == LinkKind::WorksWith);
    CHECK(links[0].from == w.maya);
    CHECK(links[0].to == w.omar);
    // Both pages list it; Ctrl+Z takes it away.
    REQUIRE(ui.app().openPage());
    REQUIRE(ui.app().openPage()->links.size() == 1);
    CHECK(ui.app().openPage()->links[0].relation() == "works with them");
    CHECK_THAT(ui.screenText(), Catch::Contains("HOW YOU'RE CONNECTED"));
    ui.press('Z', true);
    ui.frames(2);
    CHECK(LinkRepo(w.store.db()).forContact(w.omar).empty());
}

TEST_CASE("a manager link picked with keys reads the right way round", "[ui][intro]") {
    Network w;
    test::UiHarness ui(w.store, w.clock);
    ui.app().openContact(w.omar);
    ui.frames(3);
    ui.press('C');
    ui.press('3', false, false, true); // Alt+3: the picked person is their manager
    ui.type("Maya");
    ui.frames(2);
    ui.press(test::key::Enter);
    ui.frames(2);
    const auto links = LinkRepo(w.store.db()).forContact(w.omar);
    REQUIRE(links.size() == 1);
    CHECK(links[0].kind == LinkKind::ManagerOf);
    CHECK(links[0].from == w.maya); // Maya manages Omar
    ui.frames(1);
    REQUIRE(ui.app().openPage());
    CHECK(ui.app().openPage()->links[0].relation() == "is their manager");
}

TEST_CASE("ask for an intro to someone at a company with the mouse alone", "[ui][intro]") {
    Network w;
    linkPeople(w.store, w.maya, w.omar, LinkKind::WorksWith);
    test::UiHarness ui(w.store, w.clock);
    ui.app().setTab(app::Tab::Deck);
    ui.frames(2);
    // The search field, then intro:Stripe typed into it.
    ui.click(215, 85);
    ui.type("intro:Stripe");
    ui.frames(3);
    const IntroPage& page = ui.app().models().intro();
    REQUIRE(page.problem.empty());
    REQUIRE(page.rows.size() == 1);
    CHECK(page.target == "someone at Stripe");
    CHECK(page.rows[0].people.front().id == w.maya);
    CHECK(page.rows[0].firstWarmth.level == WarmthLevel::Warm);

    ui.clickItem("Ask Maya for an intro  (Enter)");
    ui.frames(2);
    REQUIRE(ui.app().logSheet().isOpen());
    const auto& draft = ui.app().logSheet().draft();
    CHECK(draft.who.id == w.maya);
    CHECK(draft.kind == InteractionKind::Message);
    CHECK(draft.askedHelp);
    CHECK_THAT(draft.note, Catch::Contains("Omar Haddad"));

    ui.clickItem("Save  (Enter)");
    ui.frames(2);
    CHECK_FALSE(ui.app().logSheet().isOpen());
    const auto logged = InteractionRepo(w.store.db()).forContact(w.maya, 10);
    REQUIRE(logged.size() == 3);
    CHECK(logged.front().kind == InteractionKind::Message);
    CHECK(logged.front().askedHelp);
    CHECK_THAT(logged.front().note, Catch::Contains("introduc"));
}

TEST_CASE("intro:Stripe then Enter, Enter logs the ask from the keyboard", "[ui][intro]") {
    Network w;
    linkPeople(w.store, w.maya, w.omar, LinkKind::WorksWith);
    test::UiHarness ui(w.store, w.clock);
    ui.app().setTab(app::Tab::Deck);
    ui.frames(2);
    ui.press('F', true); // Ctrl+F: the search
    ui.type("intro:Stripe");
    ui.frames(2);
    ui.press(test::key::Enter);
    ui.frames(2);
    REQUIRE(ui.app().logSheet().isOpen());
    ui.press(test::key::Enter);
    ui.frames(2);
    CHECK_FALSE(ui.app().logSheet().isOpen());
    const auto logged = InteractionRepo(w.store.db()).forContact(w.maya, 10);
    REQUIRE(logged.size() == 3);
    CHECK(logged.front().askedHelp);
}

TEST_CASE("a target nobody is linked to says how to find a way in", "[ui][intro]") {
    Network w;
    test::UiHarness ui(w.store, w.clock);
    ui.app().setTab(app::Tab::Deck);
    ui.frames(2);
    ui.press('F', true);
    ui.type("intro:Stripe");
    ui.frames(3);
    const IntroPage& page = ui.app().models().intro();
    CHECK(page.rows.empty());
    CHECK_THAT(page.problem, Catch::Contains("Link people on their pages"));
    CHECK_THAT(ui.screenText(), Catch::Contains("No way in yet"));
}

TEST_CASE("a new contact's Introduced by links them to the introducer", "[ui][intro]") {
    Network w;
    test::UiHarness ui(w.store, w.clock);
    ui.app().setTab(app::Tab::Deck);
    ui.frames(3);
    ui.press('N');
    REQUIRE(ui.app().contactView().form().isOpen());
    CHECK_THAT(ui.screenText(), Catch::Contains("INTRODUCED BY"));
    ui.type("Dan Levi");
    for (int i = 0; i < 6; ++i) ui.press(test::key::Tab); // company … how you met, introduced by
    ui.type("Maya Fischer");
    REQUIRE(ui.app().contactView().form().draft().introducedBy == "Maya Fischer");

    SECTION("a name in the deck: saved with the link, in one undo step") {
        ui.press(test::key::Enter, true); // Ctrl+Enter saves
        ui.frames(2);
        const auto dan = ContactRepo(w.store.db()).findByName("Dan Levi");
        REQUIRE(dan.size() == 1);
        const auto links = LinkRepo(w.store.db()).forContact(dan[0].id);
        REQUIRE(links.size() == 1);
        CHECK(links[0].kind == LinkKind::IntroducedMeTo);
        CHECK(links[0].from == w.maya);
        CHECK_THAT(ui.app().toast().text, Catch::Contains("introduced by Maya Fischer"));
        ui.press('Z', true);
        ui.frames(2);
        CHECK(ContactRepo(w.store.db()).findByName("Dan Levi").empty());
        CHECK(LinkRepo(w.store.db()).forContact(w.maya).empty());
    }
    SECTION("a name nobody has: the form stays with what was typed, and says why") {
        for (int i = 0; i < 12; ++i) ui.press(test::key::Backspace);
        ui.type("Zed Nobody");
        ui.press(test::key::Enter, true);
        ui.frames(2);
        CHECK(ui.app().contactView().form().isOpen());
        CHECK(ui.app().contactView().form().draft().name == "Dan Levi");
        CHECK_THAT(ui.app().toast().text, Catch::Contains("No one called \"Zed Nobody\""));
        CHECK(ContactRepo(w.store.db()).findByName("Dan Levi").empty());
    }
}
