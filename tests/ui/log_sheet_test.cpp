#include "core/repo/contact_repo.h"
#include "core/repo/interaction_repo.h"
#include "core/store/store.h"
#include "tests/support/temp_store.h"
#include "tests/support/test_clock.h"
#include "tests/support/ui_harness.h"

#include <catch2/catch.hpp>

using namespace rk;

namespace {
// The time zone is the first base: the clock starts at a local time.
struct SheetFixture : private test::ScopedTimeZone, test::TempStore {
    ContactId ana = 0;
    SheetFixture()
        : ScopedTimeZone("Europe/London"), TempStore(test::localTime(2026, 11, 26, 10, 0)) {
        store.change("setup", [&] {
            ContactRepo repo(store.db());
            for (const char* name : {"Ana García", "Anatole Dubois", "Ben Okafor"}) {
                Contact c;
                c.displayName = name;
                repo.insert(c, clock.now());
                if (ana == 0) ana = c.id;
            }
        });
    }
    std::optional<Interaction> last() {
        auto list = InteractionRepo(store.db()).recent(1);
        if (list.empty()) return std::nullopt;
        return list[0].interaction;
    }
};
} // namespace

TEST_CASE("Emailed Ana, awaiting reply: Ctrl+L, a name, and three keys", "[ui][log][keys]") {
    SheetFixture f;
    test::UiHarness ui(f.store, f.clock);
    ui.press('L', true);
    REQUIRE(ui.app().logSheet().mode() == app::LogSheet::Mode::Picking);
    ui.type("ana g");
    REQUIRE(ui.app().models().people().people.size() == 1);
    ui.press(test::key::Enter); // pick Ana
    REQUIRE(ui.app().logSheet().mode() == app::LogSheet::Mode::Editing);
    CHECK(ui.app().logSheet().draft().who.id == f.ana);

    ui.press('1', false, false, true); // Alt+1: email
    ui.press('A', false, false, true); // Alt+A: awaiting reply
    ui.press(test::key::Enter);        // save
    CHECK_FALSE(ui.app().logSheet().isOpen());
    auto i = f.last();
    REQUIRE(i);
    CHECK(i->contactId == f.ana);
    CHECK(i->kind == InteractionKind::Email);
    CHECK(i->direction == Direction::Out);
    CHECK(i->awaitingReply);
    CHECK(i->at == f.clock.now());
    CHECK(i->note.empty()); // Alt+keys did not type into the note
}

TEST_CASE("The sheet's keys set kind, direction, flags, time and a multi-line note",
          "[ui][log][keys]") {
    SheetFixture f;
    test::UiHarness ui(f.store, f.clock);
    ui.press('L', true);
    ui.type("Ben");
    ui.press(test::key::Enter);
    ui.press('3', false, false, true); // coffee
    ui.press('D', false, false, true); // they reached out
    ui.press('K', false, false, true); // asked for help
    ui.press('G', false, false, true); // gave help
    ui.type("Talked about hiring");
    ui.press(test::key::Enter, false, true); // Shift+Enter: new line
    ui.type("Send the deck");
    ui.press(test::key::Tab, false, true); // back to "when"
    ui.type("yesterday");
    ui.press(test::key::Enter, true); // Ctrl+Enter saves from any field
    auto i = f.last();
    REQUIRE(i);
    CHECK(i->kind == InteractionKind::Coffee);
    CHECK(i->direction == Direction::In);
    CHECK(i->askedHelp);
    CHECK(i->gaveHelp);
    CHECK_FALSE(i->awaitingReply);
    CHECK(i->note == "Talked about hiring\nSend the deck");
    CHECK(i->at == f.clock.now() - 86400);
}

TEST_CASE("A nonsense time is refused with a message and nothing is saved",
          "[ui][log][bad-input]") {
    SheetFixture f;
    test::UiHarness ui(f.store, f.clock);
    ui.press('L', true);
    ui.type("Ben");
    ui.press(test::key::Enter);
    ui.press(test::key::Tab, false, true);
    ui.type("next blue moon");
    ui.press(test::key::Enter, true);
    CHECK(ui.app().logSheet().isOpen());
    CHECK_THAT(ui.app().logSheet().error(), Catch::Contains("yesterday"));
    CHECK_FALSE(f.last());
    ui.press(test::key::Escape);
    CHECK_FALSE(ui.app().logSheet().isOpen());
    CHECK_FALSE(f.last());
}

TEST_CASE("The sheet remembers only the last kind between people", "[ui][log]") {
    SheetFixture f;
    test::UiHarness ui(f.store, f.clock);
    ui.press('L', true);
    ui.type("Ben");
    ui.press(test::key::Enter);
    ui.press('2', false, false, true); // call
    ui.press('K', false, false, true);
    ui.type("first");
    ui.press(test::key::Enter);
    ui.press('L', true);
    ui.type("Ana G");
    ui.press(test::key::Enter);
    CHECK(ui.app().logSheet().draft().kind == InteractionKind::Call);
    CHECK_FALSE(ui.app().logSheet().draft().askedHelp);
    CHECK(ui.app().logSheet().draft().note.empty());
}

TEST_CASE("Asking someone with no recent two-way contact suggests rekindling first", "[ui][log]") {
    SheetFixture f;
    test::UiHarness ui(f.store, f.clock);
    ui.press('L', true);
    ui.type("Ben");
    ui.press(test::key::Enter);
    CHECK_FALSE(ui.app().logSheet().suggestsRekindleFirst());
    ui.press('K', false, false, true); // asked for help
    CHECK(ui.app().logSheet().suggestsRekindleFirst());
    ui.press('K', false, false, true);
    CHECK_FALSE(ui.app().logSheet().suggestsRekindleFirst());
}

TEST_CASE("The When field reads 'yesterday 3pm' and shows what it understood before saving",
          "[ui][log][when]") {
    SheetFixture f; // Thursday 26 November 2026, 10:00 in London
    test::UiHarness ui(f.store, f.clock);
    ui.press('L', true);
    ui.type("Ben");
    ui.press(test::key::Enter);
    ui.type("Lunch at the canal");
    ui.press(test::key::Tab, false, true); // back to "when"
    ui.type("yesterday 3pm");
    CHECK_THAT(ui.screenText(), Catch::Contains("Wed 25 Nov, 15:00 (yesterday)"));
    ui.press(test::key::Enter, true);
    auto i = f.last();
    REQUIRE(i);
    CHECK(i->at == test::localTime(2026, 11, 25, 15, 0));
    CHECK(i->note == "Lunch at the canal");
}

TEST_CASE("The When field says why a later time cannot be logged, as you type it",
          "[ui][log][when][bad-input]") {
    SheetFixture f;
    test::UiHarness ui(f.store, f.clock);
    ui.press('L', true);
    ui.type("Ben");
    ui.press(test::key::Enter);
    ui.press(test::key::Tab, false, true);
    ui.type("tomorrow 9am");
    CHECK_THAT(ui.screenText(), Catch::Contains("That is in the future"));
    ui.press(test::key::Enter, true);
    CHECK(ui.app().logSheet().isOpen());
    CHECK_FALSE(f.last());
}

TEST_CASE("Quick log offers to add a name it does not know, and Enter adds and logs in one step",
          "[ui][log][quick-add]") {
    SheetFixture f;
    test::UiHarness ui(f.store, f.clock);
    ui.press('L', true);
    ui.type("Zoe Adler");
    const std::string s = ui.screenText();
    CHECK_THAT(s, Catch::Contains("Nobody called \"Zoe Adler\" in your deck yet."));
    CHECK_THAT(s, Catch::Contains("Add Zoe Adler and log"));
    ui.press(test::key::Enter);
    REQUIRE(ui.app().logSheet().mode() == app::LogSheet::Mode::Editing);
    CHECK(ui.app().logSheet().draft().who.id == 0);
    CHECK_THAT(ui.screenText(), Catch::Contains("New: joins your deck when you save"));
    CHECK(ContactRepo(f.store.db()).count() == 3); // nobody is added until the log is saved

    SECTION("saving adds her and logs, and Ctrl+Z takes both back") {
        ui.type("Met at the meetup");
        ui.press(test::key::Enter);
        CHECK_FALSE(ui.app().logSheet().isOpen());
        CHECK(ContactRepo(f.store.db()).count() == 4);
        auto i = f.last();
        REQUIRE(i);
        CHECK(i->note == "Met at the meetup");
        CHECK(ContactRepo(f.store.db()).get(i->contactId)->displayName == "Zoe Adler");
        CHECK_THAT(ui.app().toast().text, Catch::Contains("(new in your deck)"));
        ui.press('Z', true);
        CHECK(ContactRepo(f.store.db()).count() == 3);
        CHECK_FALSE(f.last());
    }
    SECTION("Esc leaves nobody behind") {
        ui.press(test::key::Escape);
        CHECK_FALSE(ui.app().logSheet().isOpen());
        CHECK(ContactRepo(f.store.db()).count() == 3);
    }
}

TEST_CASE("The add button in the picker adds the typed name with a click", "[ui][log][quick-add]") {
    SheetFixture f;
    test::UiHarness ui(f.store, f.clock);
    ui.press('L', true);
    ui.type("Kai");
    ui.frames(2);
    ui.clickItem("Add Kai and log  (Enter)");
    REQUIRE(ui.app().logSheet().mode() == app::LogSheet::Mode::Editing);
    CHECK(ui.app().logSheet().draft().who.name == "Kai");
}

TEST_CASE("The log sheet's picker finds Yılmaz and Ørsted typed the plain Latin way", "[ui][log][search]") {
    SheetFixture f;
    f.store.change("more people", [&] {
        for (const char* name : {"Aisha Yılmaz", "Søren Ørsted"}) {
            Contact c;
            c.displayName = name;
            ContactRepo(f.store.db()).insert(c, f.clock.now());
        }
    });
    test::UiHarness ui(f.store, f.clock);
    ui.press('L', true);
    ui.type("yilmaz");
    ui.frames(2);
    REQUIRE(ui.app().models().people().people.size() == 1);
    CHECK(ui.app().models().people().people[0].displayName == "Aisha Yılmaz");
    ui.press('A', true);
    ui.type("soren orsted");
    ui.frames(2);
    REQUIRE(ui.app().models().people().people.size() == 1);
    CHECK(ui.app().models().people().people[0].displayName == "Søren Ørsted");
}
