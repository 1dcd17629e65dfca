// More → Your data: the backups listed newest first with what they hold, and
// one restored with the keyboard alone, the current data kept first.
#include "core/commands/contact_commands.h"
#include "core/repo/contact_repo.h"
#include "core/store/backup_now.h"
#include "core/store/store.h"
#include "tests/support/temp_store.h"
#include "tests/support/ui_harness.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using namespace rk;
using app::MoreScreen;
using Catch::Contains;
namespace fs = std::filesystem;

namespace {
struct BackedUpWorld : test::TempStore {
    std::string folder = backupFolderFor(store.path());
    std::string older; // two people
    std::string newer; // three people
    BackedUpWorld() : TempStore(1'795'000'000) {
        add("Ana García");
        add("Ben Okafor");
        older = backupNow(store, folder, BackupReason::Manual).path;
        clock.advance(3600);
        add("Chidi Obi");
        newer = backupNow(store, folder, BackupReason::BeforeImport).path;
        clock.advance(3600);
        add("Dana Scully");
        store.history().clear();
    }
    void add(const char* name) {
        Contact c;
        c.displayName = name;
        (void)addContact(store, c);
    }
    [[nodiscard]] std::int64_t people() { return ContactRepo(store.db()).count(); }
};

void openYourData(test::UiHarness& ui) {
    ui.app().setTab(app::Tab::More);
    ui.frames(2);
    ui.press('B');
    REQUIRE(ui.app().more().screen() == MoreScreen::Data);
    ui.frames(1);
}
} // namespace

TEST_CASE("Your data lists the backups newest first with their kind and what they hold", "[ui][backup]") {
    BackedUpWorld w;
    std::ofstream(fs::path(w.folder) / "rekindle-2020-01-01.db") << "not a database at all";
    test::UiHarness ui(w.store, w.clock);
    openYourData(ui);
    const std::string screen = ui.screenText();
    CHECK_THAT(screen, Contains("your current data is kept as a backup first"));
    CHECK_THAT(screen, Contains("Before an import"));
    CHECK_THAT(screen, Contains("Made by you"));
    CHECK_THAT(screen, Contains("3 people · 0 interactions"));
    CHECK_THAT(screen, Contains("2 people · 0 interactions"));
    CHECK_THAT(screen, Contains("Can't be restored: This file is damaged or is not a database."));
    // Newest first: the import's backup, then yours, then the old damaged one.
    CHECK(screen.find("Before an import") < screen.find("Made by you"));
    CHECK(screen.find("Made by you") < screen.find("Can't be restored"));

    ui.press(test::key::Escape);
    CHECK(ui.app().more().screen() == MoreScreen::Main);
}

TEST_CASE("A backup is restored with the keys alone, after a question, keeping the current data",
          "[ui][backup][restore]") {
    BackedUpWorld w;
    test::UiHarness ui(w.store, w.clock);
    openYourData(ui);
    REQUIRE(w.people() == 4);

    ui.press(test::key::Down); // the newest
    ui.press(test::key::Down); // the older one: Ana and Ben
    CHECK(ui.app().more().data().selected() == w.older);
    ui.press('R');
    REQUIRE(ui.app().more().data().confirmOpen());
    CHECK_THAT(ui.screenText(), Contains("It replaces the data you have now. Your current data is kept as a backup first"));

    SECTION("Esc keeps the data") {
        ui.press(test::key::Escape);
        CHECK_FALSE(ui.app().more().data().confirmOpen());
        CHECK(w.people() == 4);
        CHECK(ui.app().more().screen() == MoreScreen::Data);
    }
    SECTION("Enter restores it in one step") {
        ui.press(test::key::Enter);
        ui.frames(2);
        CHECK_FALSE(ui.app().more().data().confirmOpen());
        CHECK(w.people() == 2);
        CHECK(w.store.integrityCheck() == "ok");
        CHECK_THAT(ui.app().toast().text, Contains("Restored 2 people"));
        CHECK_THAT(ui.app().toast().text, Contains("kept as a backup"));
        // The four people from just before are a backup in the list now.
        CHECK_THAT(ui.screenText(), Contains("Before a restore"));
        CHECK_THAT(ui.screenText(), Contains("4 people · 0 interactions"));
        // The deck shows the restored people.
        ui.press('2', true);
        ui.frames(2);
        // Names are drawn through the user-text helper, not ImGui's text log,
        // so the deck's count and the store stand witness.
        CHECK_THAT(ui.screenText(), Contains("Deck 2 people"));
        CHECK(ContactRepo(w.store.db()).findByName("Ben Okafor").size() == 1);
        CHECK(ContactRepo(w.store.db()).findByName("Dana Scully").empty());
    }
}

TEST_CASE("N backs up now from Your data, and the list shows it", "[ui][backup]") {
    BackedUpWorld w;
    test::UiHarness ui(w.store, w.clock);
    openYourData(ui);
    ui.press('N');
    ui.frames(1);
    CHECK_THAT(ui.app().toast().text, Contains("Backed up 4 people and 0 interactions"));
    CHECK_THAT(ui.screenText(), Contains("4 people · 0 interactions"));
}
