#include "core/db/statement.h"
#include "tests/search/search_fixture.h"

#include <catch2/catch.hpp>

using namespace rk;
using namespace rk::test;

namespace {

// Both plans that read the indexes: ranked (few matches) and name-first
// (many matches; a limit of 0 forces it on a small database).
SearchOptions plan(int limit) {
    SearchOptions options;
    options.rankLimit = limit;
    options.sortLimit = limit;
    return options;
}

std::vector<std::string> find(SearchFixture& f, const SearchOptions& options,
                              const std::string& text, SearchFilters filters = {}) {
    ContactSearch search(f.store.db(), f.clock, options);
    return sorted(names(search.search({.text = text, .filters = filters})));
}

} // namespace

TEST_CASE("A new contact is searchable at once, by every field", "[search][fts]") {
    SearchFixture f;
    Contact c;
    c.givenName = "José";
    c.familyName = "García";
    c.company = "Stripe";
    c.title = "Engineering Manager";
    c.industry = "Fintech";
    c.location = "Lisbon";
    c.howMet = "Hackathon team";
    c.notes = "Training for the Berlin marathon.";
    c.tags = {"mentor"};
    c.knows = {"kubernetes"};
    c.methods = {{0, MethodKind::Email, "work", "jg@stripe.example"}};
    c.pastRoles = {{0, "Monzo", "Senior Engineer", "2019"}};
    f.add(c);
    f.add("Priya", "Sharma", "Figma", "Designer");

    const auto options = plan(GENERATE(300, 0));
    {
        for (const char* text :
             {"jose", "garc", "stripe", "engineering", "fintech", "lisbon", "hackathon", "marathon",
              "mentor", "kubernetes", "jg", "monzo", "senior"}) {
            INFO(text << " rankLimit=" << options.rankLimit);
            CHECK(find(f, options, text) == std::vector<std::string>{"José García"});
        }
    }
}

TEST_CASE("Editing, retagging and trashing keep the index in step", "[search][fts]") {
    SearchFixture f;
    Contact c;
    c.givenName = "Ana";
    c.familyName = "Okafor";
    c.company = "Monzo";
    c.tags = {"alumni"};
    const ContactId id = f.add(c);
    f.add("Wei", "Chen", "Adyen");

    const auto options = plan(GENERATE(300, 0));
    {
        INFO("rankLimit=" << options.rankLimit);
        SECTION("a rename") {
            auto edited = *f.contacts.get(id);
            edited.givenName = "Anna";
            edited.displayName = "Anna Okafor";
            f.store.change("Rename", [&] { f.contacts.update(edited, f.clock.now()); });
            CHECK(find(f, options, "anna") == std::vector<std::string>{"Anna Okafor"});
            CHECK(find(f, options, "ana").empty());
            f.store.undo();
            CHECK(find(f, options, "ana") == std::vector<std::string>{"Ana Okafor"});
            CHECK(find(f, options, "anna").empty());
        }
        SECTION("a new company, undone and redone") {
            auto edited = *f.contacts.get(id);
            edited.company = "Klarna";
            f.store.change("Company", [&] { f.contacts.update(edited, f.clock.now()); });
            CHECK(find(f, options, "klarna") == std::vector<std::string>{"Ana Okafor"});
            CHECK(find(f, options, "monzo").empty());
            f.store.undo();
            CHECK(find(f, options, "monzo") == std::vector<std::string>{"Ana Okafor"});
            CHECK(find(f, options, "klarna").empty());
            f.store.redo();
            CHECK(find(f, options, "klarna") == std::vector<std::string>{"Ana Okafor"});
            CHECK(find(f, options, "monzo").empty());
        }
        SECTION("an address corrected in place, then undone") {
            f.store.change("Email", [&] {
                f.contacts.setMethods(id, {{0, MethodKind::Email, "work", "ana@monzo.example"}});
            });
            CHECK(find(f, options, "ana@monzo.example") == std::vector<std::string>{"Ana Okafor"});
            // The undo step holds only the row's id and its new value: the
            // index finds whose address it is from the row.
            f.store.change("Fix", [&] {
                f.store.db().exec("UPDATE contact_methods SET value = 'ana@wise.example'");
                reindexContacts(f.store.db(), {id});
            });
            CHECK(find(f, options, "wise") == std::vector<std::string>{"Ana Okafor"});
            f.store.undo();
            CHECK(find(f, options, "wise").empty());
            CHECK(find(f, options, "ana@monzo.example") == std::vector<std::string>{"Ana Okafor"});
        }
        SECTION("a new person, undone and redone") {
            Contact bea;
            bea.givenName = "Bea";
            bea.familyName = "Lund";
            bea.tags = {"founder"};
            f.add(bea);
            CHECK(find(f, options, "founder") == std::vector<std::string>{"Bea Lund"});
            f.store.undo();
            CHECK(find(f, options, "founder").empty());
            CHECK(find(f, options, "lund").empty());
            f.store.redo();
            CHECK(find(f, options, "founder") == std::vector<std::string>{"Bea Lund"});
            CHECK(find(f, options, "lund") == std::vector<std::string>{"Bea Lund"});
        }
        SECTION("tags added and removed") {
            f.store.change("Tag", [&] { f.contacts.setTags(id, {"investor", "friend"}); });
            CHECK(find(f, options, "tag:investor") == std::vector<std::string>{"Ana Okafor"});
            CHECK(find(f, options, "alumni").empty());
            f.store.undo();
            CHECK(find(f, options, "alumni") == std::vector<std::string>{"Ana Okafor"});
            CHECK(find(f, options, "investor").empty());
        }
        SECTION("topics and past roles") {
            f.store.change("Knows", [&] { f.contacts.setKnows(id, {"pricing"}); });
            f.store.change("Roles", [&] {
                f.contacts.setPastRoles(id, {{0, "Etsy", "PM", "2020"}});
            });
            CHECK(find(f, options, "knows:pricing") == std::vector<std::string>{"Ana Okafor"});
            CHECK(find(f, options, "at:etsy") == std::vector<std::string>{"Ana Okafor"});
        }
        SECTION("trash, restore and empty") {
            f.store.change("Trash", [&] { f.contacts.moveToTrash(id, f.clock.now()); });
            CHECK(find(f, options, "ana").empty());
            CHECK(find(f, options, "ana", {.shelf = Shelf::Trash}) ==
                  std::vector<std::string>{"Ana Okafor"});
            f.store.change("Restore", [&] { f.contacts.restoreFromTrash(id, f.clock.now()); });
            CHECK(find(f, options, "ana") == std::vector<std::string>{"Ana Okafor"});
            f.store.change("Trash", [&] { f.contacts.moveToTrash(id, f.clock.now()); });
            f.store.change("Empty", [&] { (void)f.contacts.emptyTrash(); });
            CHECK(find(f, options, "ana", {.shelf = Shelf::Trash}).empty());
            CHECK(f.store.db().queryInt("SELECT count(*) FROM contacts_fts") == 1);
            CHECK(f.store.db().queryInt("SELECT count(*) FROM contacts_fts_names") == 1);
        }
        SECTION("archive") {
            f.store.change("Archive", [&] { f.contacts.archive(id, f.clock.now()); });
            CHECK(find(f, options, "ana").empty());
            CHECK(find(f, options, "ana", {.shelf = Shelf::Archived}) ==
                  std::vector<std::string>{"Ana Okafor"});
        }
    }
}

namespace {

// Both indexes' documents, in rowid order.
std::string indexDump(Database& db) {
    std::string out;
    for (const char* sql : {"SELECT rowid, name, company, title, industry, location, how_met, notes, tags, knows, "
                            "methods, past_roles FROM contacts_fts ORDER BY rowid",
                            "SELECT rowid, name FROM contacts_fts_names ORDER BY rowid"}) {
        Statement rows(db, sql);
        while (rows.step()) {
            for (int c = 0; c < rows.columnCount(); ++c) out += (c ? "|" : "") + rows.text(c);
            out += "\n";
        }
    }
    return out;
}

} // namespace

TEST_CASE("After edits, undo and redo the index holds what a full rebuild would", "[search][fts]") {
    SearchFixture f;
    Contact c;
    c.givenName = "Ana";
    c.familyName = "Okafor";
    c.displayName = "Ana O."; // not just "Given Family": the name document keeps all three
    c.tags = {"alumni"};
    c.methods = {{0, MethodKind::Phone, "cell", "+44 7700 900123"}};
    const ContactId ana = f.add(c);
    const ContactId wei = f.add("Wei", "Chen", "Adyen", "Engineer");
    auto edited = *f.contacts.get(wei);
    edited.knows = {"payments", "rust"};
    edited.pastRoles = {{0, "Monzo", "Intern", "2018"}};
    f.store.change("Edit Wei", [&] { f.contacts.update(edited, f.clock.now()); });
    f.store.change("Trash Ana", [&] { f.contacts.moveToTrash(ana, f.clock.now()); });
    f.store.change("Empty", [&] { (void)f.contacts.emptyTrash(); });
    f.store.undo(); // Ana back in the trash
    f.store.undo(); // and out of it
    f.store.undo(); // Wei as added
    f.store.redo();

    const std::string kept = indexDump(f.store.db());
    INFO(kept);
    CHECK(kept.find("Ana O. Ana Okafor") != std::string::npos);
    CHECK(kept.find("payments rust") != std::string::npos);
    rebuildSearchIndex(f.store.db());
    CHECK(indexDump(f.store.db()) == kept);
}
