#include "core/commands/history_commands.h"
#include "core/commands/trash_commands.h"
#include "core/commands/triage.h"
#include "core/db/store_error.h"
#include "core/repo/reminder_repo.h"
#include "tests/commands/command_fixture.h"

#include <catch2/catch.hpp>

using namespace rk;

namespace {
// Everything that hangs off one person, as text, to compare before and after.
std::string everythingAbout(Store& store, ContactId id) {
    const std::string where = " WHERE contact_id = " + std::to_string(id);
    std::string out = store.db().queryText(
        ("SELECT display_name || '|' || notes || '|' || coalesce(deleted_at, '') || '|' || "
         "coalesce(archived_at, '') FROM contacts WHERE id = " +
         std::to_string(id))
            .c_str());
    for (const char* table :
         {"interactions", "reminders", "contact_methods", "contact_tags", "contact_knows"})
        out += "|" +
               store.db().queryText(("SELECT count(*) FROM " + std::string(table) + where).c_str());
    out += "|" + store.db().queryText(
                     ("SELECT group_concat(note, ';') FROM (SELECT note FROM interactions" + where +
                      " ORDER BY id)")
                         .c_str());
    return out;
}
} // namespace

TEST_CASE("Delete forever removes one person and their history, and undo brings all of it back",
          "[commands][trash][undo]") {
    test::CommandWorld w;
    Contact c;
    c.displayName = "Ana García";
    c.notes = "Met at the Lisbon meetup";
    c.tags = {"mentor"};
    c.knows = {"payments"};
    c.methods = {{0, MethodKind::Email, "work", "ana@stripe.com"}};
    const ContactId ana = addContact(w.store, c).contactId;
    const ContactId ben = w.add("Ben Okafor");
    for (const char* note : {"Coffee at Stripe", "Sent the deck"}) {
        Interaction i;
        i.contactId = ana;
        i.note = note;
        logInteraction(w.store, i);
    }
    Reminder r;
    r.contactId = ana;
    r.dueDate = "2026-12-20";
    r.note = "Ask about the board seat";
    addReminder(w.store, r);

    SECTION("from the trash") {
        moveToTrash(w.store, ana);
    }
    SECTION("from the archive") {
        archiveContact(w.store, ana);
    }
    const std::string before = everythingAbout(w.store, ana);
    REQUIRE_THAT(before, Catch::Contains("Coffee at Stripe;Sent the deck"));

    const ChangeResult gone = deleteForever(w.store, ana);
    CHECK(gone.label == "Deleted Ana García for good");
    CHECK_FALSE(ContactRepo(w.store.db()).get(ana));
    CHECK(w.store.db().queryText(
              ("SELECT count(*) FROM interactions WHERE contact_id = " + std::to_string(ana))
                  .c_str()) == "0");
    CHECK(w.count() == 1); // Ben stays
    CHECK(w.get(ben).displayName == "Ben Okafor");

    CHECK(w.store.undo() == gone.label);
    CHECK(everythingAbout(w.store, ana) == before);
    CHECK(w.store.db().queryText(
              "SELECT count(*) FROM contacts_fts WHERE contacts_fts MATCH 'garcía'") == "1");
    CHECK(w.store.integrityCheck() == "ok");

    CHECK(w.store.redo() == gone.label); // and it can go again
    CHECK_FALSE(ContactRepo(w.store.db()).get(ana));
}

TEST_CASE("Delete forever refuses someone still in the deck, or gone already",
          "[commands][trash]") {
    test::CommandWorld w;
    const ContactId ana = w.add("Ana García");
    CHECK_THROWS_WITH(deleteForever(w.store, ana),
                      "Ana García is still in your deck. Move them to the trash first.");
    CHECK(w.count() == 1);
    moveToTrash(w.store, ana);
    deleteForever(w.store, ana);
    CHECK_THROWS_AS(deleteForever(w.store, ana), StoreError);
}
