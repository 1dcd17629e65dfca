#include "core/db/store_error.h"
#include "core/io/import_file.h"
#include "core/io/import_plan.h"
#include "core/repo/contact_repo.h"
#include "core/repo/interaction_repo.h"
#include "core/store/store.h"
#include "tests/io/io_fixtures.h"
#include "tests/support/temp_dir.h"
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
    test::TempDir dir;
    FixedClock clock(1'709'294'400);
    Store store(dir.file("undo.db"), clock);
    ContactRepo repo(store.db());
    const ImportPlan plan = preview(store, "/home/me/people.vcf", manyCards(30));
    REQUIRE(commitImport(store, plan).added == 30);
    CHECK(repo.count() == 30);
    CHECK(store.history().undoLabel() == "Import people.vcf");
    CHECK(store.undo() == "Import people.vcf");
    CHECK(repo.count() == 0);
    CHECK(test::count(store.db(), "SELECT count(*) FROM tags") == 0);
    CHECK(test::count(store.db(), "SELECT count(*) FROM contacts_fts") == 0);
    store.redo();
    CHECK(repo.count() == 30);
}

TEST_CASE("A full disk rolls the whole import back", "[io][commit][failure]") {
    test::TempDir dir;
    FixedClock clock(1'709'294'400);
    Store store(dir.file("full.db"), clock);
    ContactRepo repo(store.db());
    const ImportPlan plan = preview(store, "big.vcf", manyCards(2000));
    REQUIRE(plan.newCount == 2000);
    const auto pages = store.db().queryInt("PRAGMA page_count");
    store.db().exec("PRAGMA max_page_count = " + std::to_string(pages + 20));
    try {
        (void)commitImport(store, plan);
        FAIL("the import should have run out of space");
    } catch (const StoreError& e) {
        CHECK((e.code() & 0xff) == SQLITE_FULL);
    }
    store.db().exec("PRAGMA max_page_count = 1073741823");
    CHECK(repo.count() == 0);
    CHECK(test::count(store.db(), "SELECT count(*) FROM contact_methods") == 0);
    CHECK(test::count(store.db(), "SELECT count(*) FROM fts_pause") == 0);
    CHECK_FALSE(store.history().canUndo());
    // The same plan goes through once there is room.
    CHECK(commitImport(store, plan).added == 2000);
}

TEST_CASE("A failing or cancelling progress callback leaves nothing behind", "[io][commit][failure]") {
    test::TempDir dir;
    FixedClock clock(1'709'294'400);
    Store store(dir.file("cancel.db"), clock);
    ContactRepo repo(store.db());
    const ImportPlan plan = preview(store, "p.vcf", manyCards(500));
    std::vector<std::size_t> seen;

    SECTION("a throwing callback") {
        auto progress = [&](std::size_t done, std::size_t total) {
            seen.push_back(done);
            if (done * 2 >= total) throw std::runtime_error("window closed");
            return true;
        };
        CHECK_THROWS_WITH(commitImport(store, plan, progress), "window closed");
    }
    SECTION("a cancel") {
        auto progress = [&](std::size_t done, std::size_t total) {
            seen.push_back(done);
            return done * 2 < total;
        };
        const ImportOutcome out = commitImport(store, plan, progress);
        CHECK(out.cancelled);
        CHECK_FALSE(out.committed);
    }
    CHECK(seen.size() > 2);
    CHECK(repo.count() == 0);
    CHECK_FALSE(store.history().canUndo());
}

TEST_CASE("Progress reaches the total on success", "[io][commit]") {
    test::TempDir dir;
    FixedClock clock(1'709'294'400);
    Store store(dir.file("progress.db"), clock);
    const ImportPlan plan = preview(store, "p.vcf", manyCards(200));
    std::size_t last = 0, total = 0;
    CHECK(commitImport(store, plan, [&](std::size_t d, std::size_t t) {
              CHECK(d >= last);
              last = d;
              total = t;
              return true;
          }).committed);
    CHECK(total == 200);
    CHECK(last == total);
}

TEST_CASE("Imported contacts are due by their cadence and findable by search", "[io][commit]") {
    test::ScopedTimeZone tz("America/New_York");
    test::TempDir dir;
    FixedClock clock(test::localTime(2024, 3, 1));
    Store store(dir.file("due.db"), clock);
    ContactRepo repo(store.db());
    const std::string linkedin = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                                 "Amara,Mensah,https://www.linkedin.com/in/amara,,Adyen,Head of Product,14 Jan 2024\n";
    REQUIRE(commitImport(store, preview(store, "Connections.csv", linkedin)).added == 1);
    const std::string vcard = "BEGIN:VCARD\nFN:Kofi Boateng\nORG:Lefèvre & Fils\nEND:VCARD\n";
    REQUIRE(commitImport(store, preview(store, "k.vcf", vcard)).added == 1);

    const Contact amara = *repo.get(repo.findByName("Amara")[0].id);
    REQUIRE(amara.lastContactAt);
    CHECK(localDateOf(*amara.lastContactAt).iso() == "2024-01-14");
    CHECK(amara.nextDue == "2024-04-13"); // network circle: 90 days after connecting
    const auto history = InteractionRepo(store.db()).forContact(amara.id);
    REQUIRE(history.size() == 1);
    CHECK(history[0].kind == InteractionKind::Other);

    CHECK(repo.get(repo.findByName("Kofi")[0].id)->nextDue == "2024-05-30"); // added today + 90
    CHECK(test::count(store.db(), "SELECT count(*) FROM contacts_fts WHERE contacts_fts MATCH 'adyen'") == 1);
    CHECK(test::count(store.db(), "SELECT count(*) FROM contacts_fts WHERE contacts_fts MATCH 'lefevre'") == 1);
    CHECK(test::count(store.db(), "SELECT count(*) FROM fts_pause") == 0);

    // The same export again: nothing new, the interaction is not doubled, no undo step.
    const ImportPlan again = preview(store, "Connections.csv", linkedin);
    CHECK(again.summary() == "0 new, 0 merged, 1 unchanged, 0 rejected");
    CHECK_FALSE(again.canCommit());
}
