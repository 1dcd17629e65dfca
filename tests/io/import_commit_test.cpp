#include "core/db/statement.h"
#include "core/db/store_error.h"
#include "core/io/import/import_file.h"
#include "core/io/import/import_plan.h"
#include "core/repo/contact_repo.h"
#include "core/repo/interaction_repo.h"
#include "core/store/search_index.h"
#include "core/store/store.h"
#include "tests/io/io_fixtures.h"
#include "tests/io/network_fixture.h"
#include "tests/support/temp_dir.h"
#include "tests/support/temp_store.h"
#include "tests/support/test_clock.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>

using namespace rk;

namespace {

std::string manyCards(int n) {
    std::string out;
    for (int i = 0; i < n; ++i)
        out += "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person " + std::to_string(i) + "\r\nORG:Company " +
               std::to_string(i % 50) + "\r\nEMAIL:p" + std::to_string(i) + "@example.org\r\nNOTE:" +
               std::string(200, 'n') + "\r\nCATEGORIES:imported,batch" + std::to_string(i % 7) + "\r\nEND:VCARD\r\n";
    return out;
}

ImportPlan preview(Store& store, const std::string& name, const std::string& bytes) {
    return previewImport(store.db(), {name, bytes, std::nullopt, std::nullopt});
}

} // namespace

TEST_CASE("An import is one undoable step", "[io][commit][undo]") {
    test::TempStore t(1'709'294'400);
    ContactRepo repo(t.store.db());
    const ImportPlan plan = preview(t.store, "/home/me/people.vcf", manyCards(30));
    REQUIRE(commitImport(t.store, plan).added == 30);
    CHECK(repo.count() == 30);
    CHECK(t.store.history().undoLabel() == "Import people.vcf");
    CHECK(t.store.undo() == "Import people.vcf");
    CHECK(repo.count() == 0);
    CHECK(test::count(t.store.db(), "SELECT count(*) FROM tags") == 0);
    CHECK(test::count(t.store.db(), "SELECT count(*) FROM contacts_fts") == 0);
    t.store.redo();
    CHECK(repo.count() == 30);
}

TEST_CASE("A full disk rolls the whole import back", "[io][commit][failure]") {
    test::TempStore t(1'709'294'400);
    ContactRepo repo(t.store.db());
    const ImportPlan plan = preview(t.store, "big.vcf", manyCards(2000));
    REQUIRE(plan.newCount == 2000);
    const auto pages = t.store.db().queryInt("PRAGMA page_count");
    t.store.db().exec("PRAGMA max_page_count = " + std::to_string(pages + 20));
    try {
        (void)commitImport(t.store, plan);
        FAIL("the import should have run out of space");
    } catch (const StoreError& e) {
        CHECK((e.code() & 0xff) == SQLITE_FULL);
    }
    t.store.db().exec("PRAGMA max_page_count = 1073741823");
    CHECK(repo.count() == 0);
    CHECK(test::count(t.store.db(), "SELECT count(*) FROM contact_methods") == 0);
    CHECK(test::count(t.store.db(), "SELECT count(*) FROM contacts_fts") == 0);
    CHECK_FALSE(t.store.history().canUndo());
    // The same plan goes through once there is room.
    CHECK(commitImport(t.store, plan).added == 2000);
}

TEST_CASE("A failing or cancelling progress callback leaves nothing behind", "[io][commit][failure]") {
    test::TempStore t(1'709'294'400);
    ContactRepo repo(t.store.db());
    const ImportPlan plan = preview(t.store, "p.vcf", manyCards(500));
    std::vector<std::size_t> seen;

    SECTION("a throwing callback") {
        auto progress = [&](std::size_t done, std::size_t total) {
            seen.push_back(done);
            if (done * 2 >= total) throw std::runtime_error("window closed");
            return true;
        };
        CHECK_THROWS_WITH(commitImport(t.store, plan, progress), "window closed");
    }
    SECTION("a cancel") {
        auto progress = [&](std::size_t done, std::size_t total) {
            seen.push_back(done);
            return done * 2 < total;
        };
        const ImportOutcome out = commitImport(t.store, plan, progress);
        CHECK(out.cancelled);
        CHECK_FALSE(out.committed);
    }
    CHECK(seen.size() > 2);
    CHECK(repo.count() == 0);
    CHECK_FALSE(t.store.history().canUndo());
}

TEST_CASE("Progress reaches the total on success", "[io][commit]") {
    test::TempStore t(1'709'294'400);
    const ImportPlan plan = preview(t.store, "p.vcf", manyCards(200));
    std::size_t last = 0, total = 0;
    CHECK(commitImport(t.store, plan, [&](std::size_t d, std::size_t n) {
              CHECK(d >= last);
              last = d;
              total = n;
              return true;
          }).committed);
    CHECK(total == 200);
    CHECK(last == total);
}

TEST_CASE("Imported contacts are due by their cadence and findable by search", "[io][commit]") {
    test::ScopedTimeZone tz("America/New_York");
    test::TempStore t(test::localTime(2024, 3, 1));
    ContactRepo repo(t.store.db());
    const std::string linkedin = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                                 "Amara,Mensah,https://www.linkedin.com/in/amara,,Adyen,Head of Product,14 Jan 2024\n";
    REQUIRE(commitImport(t.store, preview(t.store, "Connections.csv", linkedin)).added == 1);
    const std::string vcard = "BEGIN:VCARD\nFN:Kofi Boateng\nORG:Lefèvre & Fils\nEND:VCARD\n";
    REQUIRE(commitImport(t.store, preview(t.store, "k.vcf", vcard)).added == 1);

    const Contact amara = *repo.get(repo.findByName("Amara")[0].id);
    REQUIRE(amara.lastContactAt);
    CHECK(localDateOf(*amara.lastContactAt).iso() == "2024-01-14");
    CHECK(amara.nextDue == "2024-04-13"); // network circle: 90 days after connecting
    const auto history = InteractionRepo(t.store.db()).forContact(amara.id);
    REQUIRE(history.size() == 1);
    CHECK(history[0].kind == InteractionKind::Other);

    CHECK(repo.get(repo.findByName("Kofi")[0].id)->nextDue == "2024-05-30"); // added today + 90
    CHECK(test::count(t.store.db(), "SELECT count(*) FROM contacts_fts WHERE contacts_fts MATCH 'adyen'") == 1);
    CHECK(test::count(t.store.db(), "SELECT count(*) FROM contacts_fts WHERE contacts_fts MATCH 'lefevre'") == 1);

    // The same export again: nothing new, the interaction is not doubled, no undo step.
    const ImportPlan again = preview(t.store, "Connections.csv", linkedin);
    CHECK(again.summary() == "0 new, 0 merged, 1 unchanged, 0 rejected");
    CHECK_FALSE(again.canCommit());
}

namespace {

// Every row of every table the user's data lives in (the search index aside),
// in a fixed order: two equal dumps are the same database content.
std::string dumpData(Database& db) {
    std::string out;
    Statement tables(db, "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                         "AND name NOT LIKE 'contacts_fts%' ORDER BY name");
    while (tables.step()) {
        const std::string table = tables.text(0);
        out += "== " + table + "\n";
        const bool oneColumn = db.queryInt("SELECT count(*) FROM pragma_table_info('" + table + "')") == 1;
        Statement rows(db, "SELECT * FROM \"" + table + "\" ORDER BY " + (oneColumn ? "1" : "1, 2"));
        while (rows.step()) {
            for (int c = 0; c < rows.columnCount(); ++c)
                out += (c ? "|" : "") + (rows.isNull(c) ? std::string("NULL") : rows.text(c));
            out += "\n";
        }
    }
    return out;
}

std::string linkedInFile(const std::string& existingEmail, int newPeople) {
    std::string out = "Notes:\n\"When exporting your connection data...\"\n\n"
                      "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n";
    out += "Known,Person,https://www.linkedin.com/in/known," + existingEmail + ",Acme,Boss,14 Jan 2024\n";
    for (int i = 0; i < newPeople; ++i)
        out += "New" + std::to_string(i) + ",Person,https://www.linkedin.com/in/new" + std::to_string(i) +
               ",new" + std::to_string(i) + "@example.org,Company " + std::to_string(i % 9) + ",Engineer,0" +
               std::to_string(1 + i % 9) + " Feb 2024\n";
    return out;
}

} // namespace

TEST_CASE("Undoing a large import removes exactly what it added, and redo puts it back", "[io][commit][undo]") {
    test::TempStore t(1'709'294'400);
    test::seedRichNetwork(t.store);
    const std::string email = t.store.db().queryText("SELECT value FROM contact_methods WHERE kind = 0 ORDER BY id LIMIT 1");
    const std::string before = dumpData(t.store.db());

    const ImportPlan plan = preview(t.store, "Connections.csv", linkedInFile(email, 300));
    REQUIRE(plan.summary() == "300 new, 1 merged, 0 unchanged, 0 rejected");
    REQUIRE(commitImport(t.store, plan).committed);
    const std::string after = dumpData(t.store.db());
    REQUIRE(after != before);
    CHECK(test::count(t.store.db(), "SELECT count(*) FROM interactions WHERE note LIKE '%LinkedIn%' OR kind = 6") >= 301);

    CHECK(t.store.undo() == "Import Connections.csv");
    CHECK(dumpData(t.store.db()) == before);
    CHECK(test::count(t.store.db(), "SELECT count(*) FROM contacts_fts WHERE contacts_fts MATCH 'new0'") == 0);

    CHECK(t.store.redo() == "Import Connections.csv");
    CHECK(dumpData(t.store.db()) == after);
    CHECK(test::count(t.store.db(), "SELECT count(*) FROM contacts_fts WHERE contacts_fts MATCH 'new0'") == 1);

    t.store.undo(); // the redone step is an ordinary one now
    CHECK(dumpData(t.store.db()) == before);
}

TEST_CASE("A large import is not undone over another window's later change", "[io][commit][undo]") {
    test::TempStore t(1'709'294'400);
    REQUIRE(commitImport(t.store, preview(t.store, "Connections.csv", linkedInFile("a@b.example", 40))).committed);
    {
        Store other(t.store.path(), t.clock); // the command line, say
        other.change("Note", [&] { other.db().exec("UPDATE contacts SET notes = 'Met again' WHERE id = 3"); });
    }
    const std::string now = dumpData(t.store.db());
    CHECK_THROWS_AS(t.store.undo(), StoreError);
    CHECK(dumpData(t.store.db()) == now);
    CHECK(t.store.history().canUndo()); // still there, for the user to see why
}

TEST_CASE("New contacts are indexed for search exactly as a full rebuild would index them", "[io][commit][search]") {
    test::TempStore t(1'709'294'400);
    test::seedRichNetwork(t.store);
    t.store.db().exec("INSERT OR IGNORE INTO tags(name) VALUES('Design')");
    const std::string file = test::crlf(R"(BEGIN:VCARD
VERSION:4.0
FN:Zoë Ångström
N:Ångström;Zoë;;;
ORG:Ørsted
TITLE:Lead
EMAIL:zoe@orsted.example
TEL:+45 1234 5678
URL:https://zoe.example
CATEGORIES:design,climate,Climate,,mentors
X-REKINDLE-KNOWS:wind power,Batteries,batteries,,grid
X-REKINDLE-PAST-ROLE:Vestas;Engineer;2019
X-REKINDLE-PAST-ROLE:Siemens;Intern;2015
NOTE:Met at the climate week.
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:山田 花子
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:Dr. Ana Silva
N:Silva;Ana;;;
END:VCARD
)") + manyCards(150);
    const ImportPlan plan = preview(t.store, "people.vcf", file);
    REQUIRE(commitImport(t.store, plan).added == 153);

    auto indexRows = [&] {
        std::string out;
        for (const char* sql : {"SELECT rowid, * FROM contacts_fts ORDER BY rowid",
                                "SELECT rowid, * FROM contacts_fts_names ORDER BY rowid"}) {
            Statement rows(t.store.db(), sql);
            while (rows.step()) {
                for (int c = 0; c < rows.columnCount(); ++c) out += (rows.isNull(c) ? "NULL" : rows.text(c)) + "|";
                out += "\n";
            }
        }
        return out;
    };
    const std::string asImported = indexRows();
    INFO(asImported.substr(0, 400));
    CHECK(asImported.find("Design climate mentors") != std::string::npos); // the tags as stored, one of each
    CHECK(asImported.find("|Zoë Ångström|") != std::string::npos);               // "Given Family" once
    CHECK(asImported.find("|Dr. Ana Silva Ana Silva|") != std::string::npos);   // else all three
    rebuildSearchIndex(t.store.db());
    CHECK(indexRows() == asImported);
    CHECK(test::count(t.store.db(), "SELECT count(*) FROM contacts_fts WHERE contacts_fts MATCH 'vestas'") == 1);
}

TEST_CASE("A card whose match was deleted since the preview comes in as a new person", "[io][commit]") {
    test::TempStore t(1'709'294'400);
    ContactRepo repo(t.store.db());
    Contact existing;
    existing.displayName = "Person 3";
    existing.methods.push_back({0, MethodKind::Email, "", "p3@example.org"});
    const ContactId existingId = repo.insert(existing, t.clock.now());

    const ImportPlan plan = preview(t.store, "people.vcf", manyCards(40));
    REQUIRE(plan.newCount == 39); // Person 3 merges into the one we have
    t.store.change("Delete Person 3", [&] { // deleted for good between the preview and the import
        repo.moveToTrash(existingId, t.clock.now());
        repo.emptyTrash();
    });

    const ImportOutcome done = commitImport(t.store, plan);
    REQUIRE(done.committed);
    CHECK(done.added == 40);
    CHECK(done.merged == 0);
    CHECK(repo.count() == 40);
    CHECK(test::count(t.store.db(), "SELECT count(DISTINCT id) FROM contacts") == 40);
    CHECK(test::count(t.store.db(), "SELECT count(*) FROM contacts_fts") == 40);
    CHECK(test::count(t.store.db(), "SELECT count(*) FROM contacts_fts WHERE contacts_fts MATCH '\"p3\"'") == 1);
    CHECK(test::count(t.store.db(), "SELECT count(*) FROM contact_tags") == 80);
    // No newcomer took the deleted contact's id (and with it, its merge).
    CHECK(test::count(t.store.db(), "SELECT count(*) FROM contacts WHERE id = " + std::to_string(existingId)) == 0);
    CHECK(t.store.undo() == "Import people.vcf");
    CHECK(repo.count() == 0);
}
