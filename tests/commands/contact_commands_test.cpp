#include "core/commands/contact_commands.h"
#include "core/db/store_error.h"
#include "tests/commands/command_fixture.h"

#include <catch2/catch.hpp>

using namespace rk;
using Catch::Contains;

TEST_CASE("Adding someone saves them with a first follow-up, and one undo takes them away",
          "[commands][contacts]") {
    test::CommandWorld w;
    Contact ana;
    ana.displayName = "Ana García";
    ana.circle = Circle::Close; // every 30 days
    const ChangeResult r = addContact(w.store, ana);
    CHECK(r.label == "Added Ana García to your deck");
    REQUIRE(r.contactId == ana.id);
    CHECK(w.get(ana.id).nextDue == "2027-01-03");
    CHECK(w.store.history().canUndo());

    CHECK(w.store.undo() == "Added Ana García to your deck");
    CHECK(w.count() == 0);
}

TEST_CASE("A person with no name is refused and nothing is written", "[commands][contacts]") {
    test::CommandWorld w;
    Contact nobody;
    CHECK_THROWS_WITH(addContact(w.store, nobody), Contains("needs a name"));
    CHECK(w.count() == 0);
    CHECK_FALSE(w.store.history().canUndo());
}

TEST_CASE(
    "An edit is one step: the due date follows a new circle and undo brings the old values back",
    "[commands][contacts]") {
    test::CommandWorld w;
    const ContactId id = w.add("Ana García", Circle::Acquaintance); // every 180 days
    Contact edited = w.get(id);
    edited.company = "Stripe";
    edited.circle = Circle::Inner; // every 14 days
    const ChangeResult r = updateContact(w.store, edited);
    CHECK(r.label == "Saved changes to Ana García");
    CHECK(w.get(id).company == "Stripe");
    CHECK(w.get(id).nextDue == "2026-12-18");

    w.store.undo();
    CHECK(w.get(id).company.empty());
    CHECK(w.get(id).circle == Circle::Acquaintance);
    CHECK(w.get(id).nextDue == "2027-06-02");
}

TEST_CASE("Editing someone who is gone or in the trash is refused with a sentence",
          "[commands][contacts]") {
    test::CommandWorld w;
    const ContactId id = w.add("Ana García");
    Contact edited = w.get(id);
    moveToTrash(w.store, id);
    CHECK_THROWS_WITH(updateContact(w.store, edited),
                      "Ana García is in the trash. Restore them first.");
    edited.id = 999;
    CHECK_THROWS_WITH(updateContact(w.store, edited), "That contact no longer exists.");
}

TEST_CASE(
    "Archiving takes someone out of the deck with everything kept; restoring reschedules them",
    "[commands][contacts]") {
    test::CommandWorld w;
    const ContactId id = w.add("Ana García", Circle::Inner);
    CHECK(archiveContact(w.store, id).label == "Archived Ana García");
    CHECK(w.get(id).archivedAt.has_value());
    CHECK(w.count() == 0);
    CHECK(w.count(Shelf::Archived) == 1);

    w.clock.advance(30 * 86400); // a month later the old due date has passed
    const ChangeResult back = restoreFromArchive(w.store, id);
    CHECK(back.label == "Restored Ana García from the archive");
    CHECK_FALSE(w.get(id).archivedAt.has_value());
    CHECK(w.count() == 1);

    w.store.undo();
    CHECK(w.get(id).archivedAt.has_value());
    w.store.undo();
    CHECK_FALSE(w.get(id).archivedAt.has_value());
}

TEST_CASE("The trash keeps people until it is emptied, and each step can be undone",
          "[commands][contacts]") {
    test::CommandWorld w;
    const ContactId ana = w.add("Ana García");
    const ContactId kwame = w.add("Kwame Mensah");
    const ContactId li = w.add("Li Wei");

    SECTION("trash and restore") {
        CHECK(moveToTrash(w.store, ana).label == "Moved Ana García to the trash");
        CHECK(w.get(ana).deletedAt.has_value());
        CHECK_THROWS_WITH(moveToTrash(w.store, ana), "Ana García is already in the trash.");
        CHECK(restoreFromTrash(w.store, ana).label == "Restored Ana García from the trash");
        CHECK_FALSE(w.get(ana).deletedAt.has_value());
        CHECK_THROWS_WITH(restoreFromTrash(w.store, ana), "Ana García is not in the trash.");
        CHECK(w.count() == 3);
    }
    SECTION("emptying deletes only what is in the trash, and undo brings it back") {
        moveToTrash(w.store, ana);
        moveToTrash(w.store, kwame);
        const ChangeResult r = emptyTrash(w.store);
        CHECK(r.count == 2);
        CHECK(r.label == "Deleted 2 people for good");
        CHECK(w.count(Shelf::Trash) == 0);
        CHECK(w.count() == 1);
        CHECK(w.get(li).displayName == "Li Wei");

        CHECK(w.store.undo() == "Empty the trash");
        CHECK(w.count(Shelf::Trash) == 2);
    }
    SECTION("one person is one person") {
        moveToTrash(w.store, li);
        CHECK(emptyTrash(w.store).label == "Deleted 1 person for good");
    }
}

TEST_CASE("The demo network is one undoable step", "[commands][contacts]") {
    test::CommandWorld w;
    const ChangeResult r = addDemoNetwork(w.store, 12);
    CHECK(r.count == 12);
    CHECK(r.label == "Added 12 demo people to your deck");
    CHECK(w.count() == 12);
    CHECK(w.store.undo() == "Add a demo network");
    CHECK(w.count() == 0);
}

TEST_CASE("The demo network is never added twice", "[commands][contacts][demo]") {
    test::CommandWorld w;
    REQUIRE(addDemoNetwork(w.store, 12).count == 12);
    const auto undoable = w.store.history().canUndo();
    const DemoResult again = addDemoNetwork(w.store, 12, 99); // another seed: still the demo
    CHECK(again.count == 0);
    CHECK(again.alreadyThere == 12);
    CHECK(again.label ==
          "The demo network is already in your deck (12 people), so nothing was added");
    CHECK(w.count() == 12);
    CHECK(w.store.history().canUndo() == undoable);
    CHECK(w.store.undo() == "Add a demo network"); // the one step there is

    SECTION("people of one's own do not stop it") {
        w.add("Ana García");
        CHECK(addDemoNetwork(w.store, 5).count == 5);
    }
}

TEST_CASE("A read-only database refuses every command and stays as it was",
          "[commands][contacts][readonly]") {
    test::CommandWorld w;
    const ContactId id = w.add("Ana García");
    Store readOnly(w.store.path(), w.clock, StoreOptions{.mode = OpenMode::ReadOnly});
    const std::string refused = "This database is open read-only, so changes can't be saved.";
    CHECK_THROWS_WITH(archiveContact(readOnly, id), refused);
    CHECK_THROWS_WITH(moveToTrash(readOnly, id), refused);
    CHECK_THROWS_WITH(emptyTrash(readOnly), refused);
    Contact c;
    c.displayName = "Kwame Mensah";
    CHECK_THROWS_WITH(addContact(readOnly, c), refused);
    CHECK(w.count() == 1);
    CHECK_FALSE(w.get(id).archivedAt.has_value());
}
