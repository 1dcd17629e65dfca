// Issue 17, item 9: More → Trash and archive, restore, delete forever with
// undo, and "Empty the trash" behind a question.
#include "core/commands/contact_commands.h"
#include "core/commands/triage.h"
#include "core/repo/contact_repo.h"
#include "core/repo/interaction_repo.h"
#include "core/store/store.h"
#include "tests/support/temp_store.h"
#include "tests/support/ui_harness.h"

#include <catch2/catch.hpp>

using namespace rk;
using app::MoreScreen;

namespace {
struct ShelfWorld : test::TempStore {
    ContactId ana = 0;
    ContactId ben = 0;
    ContactId chidi = 0;
    ShelfWorld() : TempStore(1'795'000'000) {
        auto add = [&](const char* name) {
            Contact c;
            c.displayName = name;
            return addContact(store, c).contactId;
        };
        ana = add("Ana García");
        ben = add("Ben Okafor");
        chidi = add("Chidi Obi");
        Interaction i;
        i.contactId = ana;
        i.note = "Coffee at Stripe";
        logInteraction(store, i);
        moveToTrash(store, ana);
        archiveContact(store, ben);
        store.history().clear(); // Ctrl+Z undoes only what the test did
    }
    [[nodiscard]] std::optional<Contact> get(ContactId id) {
        return ContactRepo(store.db()).get(id);
    }
    // Ana's interactions' notes (the Log tab leaves out people in the trash).
    [[nodiscard]] std::string notes() {
        return store.db().queryText(
            ("SELECT coalesce(group_concat(note, ';'), '') FROM interactions "
             "WHERE contact_id = " +
             std::to_string(ana))
                .c_str());
    }
};

void openTrash(test::UiHarness& ui) {
    ui.app().setTab(app::Tab::More);
    ui.frames(2);
    ui.press('T');
    REQUIRE(ui.app().more().screen() == MoreScreen::Trash);
    ui.frames(1);
}
} // namespace

TEST_CASE("More opens the trash and archive with T or a click, and Esc goes back", "[ui][trash]") {
    ShelfWorld w;
    test::UiHarness ui(w.store, w.clock);
    ui.app().setTab(app::Tab::More);
    ui.frames(2);
    ui.wheel(215, 500, -20); // the button sits below the fold on a phone-sized window
    ui.frames(2);
    ui.clickItem("Trash and archive…  (T)");
    REQUIRE(ui.app().more().screen() == MoreScreen::Trash);
    const std::string screen = ui.screenText();
    CHECK_THAT(screen, Catch::Contains("In the trash (1)"));
    CHECK_THAT(screen, Catch::Contains("Ana García"));
    CHECK_THAT(screen, Catch::Contains("Archived (1)"));
    CHECK_THAT(screen, Catch::Contains("Ben Okafor"));
    CHECK_THAT(screen, !Catch::Contains("Chidi Obi"));

    ui.press(test::key::Escape);
    CHECK(ui.app().more().screen() == MoreScreen::Main);
    CHECK(ui.app().tab() == app::Tab::More);
    ui.press('T');
    CHECK(ui.app().more().screen() == MoreScreen::Trash);
    ui.clickItem("Back  (Esc)");
    CHECK(ui.app().more().screen() == MoreScreen::Main);
}

TEST_CASE("Restore brings a person back from the trash or the archive", "[ui][trash]") {
    ShelfWorld w;
    test::UiHarness ui(w.store, w.clock);
    openTrash(ui);
    SECTION("with a click, from the trash") {
        w.store.change("unarchive",
                       [&] { ContactRepo(w.store.db()).unarchive(w.ben, w.clock.now()); });
        ui.frames(1);
        ui.clickItem("Restore");
        CHECK_FALSE(w.get(w.ana)->deletedAt);
        CHECK_THAT(ui.app().toast().text, Catch::Contains("Restored Ana García from the trash"));
        CHECK_THAT(ui.screenText(), Catch::Contains("Nothing here")); // both shelves are empty now
    }
    SECTION("with the keys, from the archive") {
        ui.press(test::key::Down); // Ana (trash)
        ui.press(test::key::Down); // Ben (archive)
        REQUIRE(ui.app().more().trash().selected() == w.ben);
        ui.press('R');
        CHECK_FALSE(w.get(w.ben)->archivedAt);
        CHECK(w.get(w.ana)->deletedAt); // only Ben
        CHECK_THAT(ui.app().toast().text, Catch::Contains("Restored Ben Okafor from the archive"));
    }
}

TEST_CASE("Delete forever takes a person and their history, and Ctrl+Z brings them back",
          "[ui][trash][undo]") {
    ShelfWorld w;
    test::UiHarness ui(w.store, w.clock);
    openTrash(ui);
    ui.press(test::key::Down);
    REQUIRE(ui.app().more().trash().selected() == w.ana);
    ui.press('D');
    CHECK_FALSE(w.get(w.ana));
    CHECK(w.notes() == "");
    CHECK(ui.app().toast().text == "Deleted Ana García for good");
    CHECK(ui.app().toast().canUndo);
    CHECK_THAT(ui.screenText(), !Catch::Contains("Ana García"));

    ui.press('Z', true);
    REQUIRE(w.get(w.ana));
    CHECK(w.get(w.ana)->deletedAt);         // back in the trash, where she was
    CHECK(w.notes() == "Coffee at Stripe"); // her history came back with her
    CHECK_THAT(ui.screenText(), Catch::Contains("Ana García"));
}

TEST_CASE("A second click right after Delete forever does not delete the next person",
          "[ui][trash]") {
    ShelfWorld w;
    w.store.change("unarchive", [&] { ContactRepo(w.store.db()).unarchive(w.ben, w.clock.now()); });
    test::UiHarness ui(w.store, w.clock);
    openTrash(ui);
    const ImVec2 button = ui.itemRect("Delete forever").centre(); // Ana's, the only row
    w.clock.advance(60);
    moveToTrash(w.store, w.chidi); // the latest comes first: Chidi takes that row
    ui.frames(1);

    ui.click(button.x, button.y);
    CHECK_FALSE(w.get(w.chidi));
    ui.click(button.x, button.y); // a double click: Ana's button has moved up under it
    CHECK(w.get(w.ana));
    ui.frames(static_cast<int>(app::TrashView::kRowLockSeconds * 60) + 2);
    ui.click(button.x, button.y); // a deliberate click later does delete
    CHECK_FALSE(w.get(w.ana));
}

TEST_CASE("Empty the trash asks first, and Keep them changes nothing", "[ui][trash]") {
    ShelfWorld w;
    test::UiHarness ui(w.store, w.clock);
    openTrash(ui);
    ui.clickItem("Empty the trash  (E)");
    REQUIRE(ui.app().more().trash().confirmOpen());
    CHECK_THAT(ui.screenText(), Catch::Contains("Empty the trash?"));

    SECTION("Keep them") {
        ui.clickItem("Keep them  (Esc)");
        CHECK_FALSE(ui.app().more().trash().confirmOpen());
        CHECK(w.get(w.ana));
    }
    SECTION("Esc is the same as Keep them, and stays on the screen") {
        ui.press(test::key::Escape);
        CHECK_FALSE(ui.app().more().trash().confirmOpen());
        CHECK(ui.app().more().screen() == MoreScreen::Trash);
        CHECK(w.get(w.ana));
    }
    SECTION("confirmed: gone for good, and undo brings them back") {
        ui.clickItem("Delete them for good  (Enter)");
        CHECK_FALSE(w.get(w.ana));
        CHECK(w.get(w.ben)); // the archive is not the trash
        CHECK(ui.app().toast().text == "Deleted 1 person for good");
        ui.press('Z', true);
        CHECK(w.get(w.ana));
    }
}
