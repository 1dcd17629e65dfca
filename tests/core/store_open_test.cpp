#include "core/db/database.h"
#include "core/db/statement.h"
#include "core/db/store_error.h"
#include "core/repo/contact_repo.h"
#include "core/store/schema.h"
#include "core/store/store.h"
#include "tests/support/temp_store.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sys/stat.h>

using namespace rk;
namespace fs = std::filesystem;

namespace {

std::string readAll(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

void writeFile(const std::string& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary) << bytes;
}

} // namespace

TEST_CASE("A new database is created at the latest schema with safe settings", "[core][store]") {
    test::TempStore t(1'700'000'000);

    CHECK(t.store.schemaVersion() == latestSchemaVersion());
    CHECK(t.store.db().queryText("PRAGMA journal_mode") == "wal");
    CHECK(t.store.db().queryInt("PRAGMA foreign_keys") == 1);
    CHECK(t.store.db().queryInt("PRAGMA synchronous") == 2); // FULL
    CHECK(t.store.db().queryInt("PRAGMA application_id") == kApplicationId);

    struct stat st {};
    REQUIRE(::stat(t.store.path().c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
}

TEST_CASE("A zero-byte file is treated as an empty database", "[core][store]") {
    test::TempDir dir;
    FixedClock clock(0);
    const auto path = dir.file("empty.db");
    writeFile(path, "");
    Store store(path, clock);
    CHECK(store.schemaVersion() == latestSchemaVersion());
}

TEST_CASE("Reopening a database keeps everything", "[core][store]") {
    test::TempDir dir;
    FixedClock clock(1'700'000'000);
    const auto path = dir.file("keep.db");
    {
        Store store(path, clock);
        store.db().exec("INSERT INTO settings(key, value) VALUES('theme', 'dark')");
    }
    Store again(path, clock);
    CHECK(again.db().queryText("SELECT value FROM settings WHERE key='theme'") == "dark");
}

TEST_CASE("Files that are not Rekindle databases are refused untouched", "[core][store][bad-input]") {
    test::TempDir dir;
    FixedClock clock(0);

    SECTION("a text file named .db") {
        const auto path = dir.file("notes.db");
        writeFile(path, "These are my notes, not a database.\n");
        const auto before = readAll(path);
        CHECK_THROWS_WITH(Store(path, clock), Catch::Contains("not a Rekindle database") &&
                                                  Catch::Contains("not an SQLite file"));
        CHECK(readAll(path) == before);
    }
    SECTION("another program's SQLite database") {
        const auto path = dir.file("other.db");
        {
            Database other(path, OpenMode::ReadWriteCreate);
            other.exec("CREATE TABLE photos(id INTEGER PRIMARY KEY, name TEXT)");
            other.exec("INSERT INTO photos(name) VALUES('holiday.jpg')");
        }
        const auto before = readAll(path);
        CHECK_THROWS_WITH(Store(path, clock), Catch::Contains("another program"));
        CHECK(readAll(path) == before);
    }
    SECTION("a database from a newer Rekindle") {
        const auto path = dir.file("future.db");
        {
            Store store(path, clock);
            store.db().exec("PRAGMA user_version = " + std::to_string(latestSchemaVersion() + 7));
            store.db().exec("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        const auto before = readAll(path);
        CHECK_THROWS_WITH(Store(path, clock), Catch::Contains("newer version of Rekindle") &&
                                                  Catch::Contains("not changed"));
        CHECK(readAll(path) == before);
    }
    SECTION("a truncated database") {
        const auto path = dir.file("cut.db");
        {
            Store store(path, clock);
            for (int i = 0; i < 200; ++i)
                store.db().exec("INSERT INTO settings(key, value) VALUES('k" + std::to_string(i) +
                                "', hex(randomblob(200)))");
            store.db().exec("PRAGMA wal_checkpoint(TRUNCATE)");
            store.db().exec("PRAGMA journal_mode = DELETE");
        }
        auto bytes = readAll(path);
        REQUIRE(bytes.size() > 8192);
        writeFile(path, bytes.substr(0, bytes.size() / 2));
        const auto before = readAll(path);
        CHECK_THROWS_WITH(Store(path, clock), Catch::Contains("damaged"));
        CHECK(readAll(path) == before);
    }
}

TEST_CASE("A read-only open never writes and refuses changes", "[core][store][bad-input]") {
    test::TempDir dir;
    FixedClock clock(0);
    const auto path = dir.file("ro.db");
    {
        Store store(path, clock);
        store.db().exec("INSERT INTO settings(key, value) VALUES('a', 'b')");
        store.db().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    Store ro(path, clock, {.mode = OpenMode::ReadOnly});
    CHECK(ro.db().queryText("SELECT value FROM settings WHERE key='a'") == "b");
    CHECK_THROWS_WITH(ro.change("edit", [&] { ro.db().exec("DELETE FROM settings"); }),
                      Catch::Contains("read-only"));
    CHECK_THROWS_AS(ro.db().exec("DELETE FROM settings"), StoreError);
}

TEST_CASE("Opening a missing file read-only says so", "[core][store][bad-input]") {
    test::TempDir dir;
    FixedClock clock(0);
    CHECK_THROWS_WITH(Store(dir.file("nope.db"), clock, {.mode = OpenMode::ReadOnly}),
                      Catch::Contains("There is no database"));
    CHECK_FALSE(fs::exists(dir.file("nope.db")));
}

TEST_CASE("Upgrading from an empty v0 file applies every migration in one go", "[core][store][migrate]") {
    test::TempDir dir;
    FixedClock clock(0);
    const auto path = dir.file("v0.db");
    {
        Database raw(path, OpenMode::ReadWriteCreate);
        CHECK(raw.queryInt("PRAGMA user_version") == 0);
    }
    Store store(path, clock);
    CHECK(store.schemaVersion() == latestSchemaVersion());
    CHECK(store.db().queryInt("SELECT count(*) FROM sqlite_schema WHERE name='contacts'") == 1);
}

TEST_CASE("A failing migration leaves the file as it was", "[core][store][migrate]") {
    test::TempDir dir;
    FixedClock clock(0);
    const auto path = dir.file("full.db");
    {
        // An empty file whose page budget cannot hold the schema: SQLITE_FULL mid-migration.
        Database raw(path, OpenMode::ReadWriteCreate);
        raw.exec("PRAGMA page_size = 4096; VACUUM;");
    }
    // max_page_count is per connection, so exercise the rollback through a raw connection.
    Database raw(path, OpenMode::ReadWrite);
    raw.exec("PRAGMA max_page_count = 3");
    auto steps = schemaMigrations();
    CHECK_THROWS_AS(([&] {
                        raw.exec("BEGIN IMMEDIATE");
                        try {
                            raw.exec(std::string(steps[0]));
                        } catch (...) {
                            raw.exec("ROLLBACK");
                            throw;
                        }
                    }()),
                    StoreError);
    CHECK(raw.queryInt("SELECT count(*) FROM sqlite_schema") == 0);
    CHECK(raw.queryInt("PRAGMA user_version") == 0);
}

TEST_CASE("A version 1 file upgrades to the current format, keeping its data, its search index and a backup", "[core][store][migrate]") {
    test::TempDir dir;
    FixedClock clock(1'709'294'400);
    const auto path = dir.file("v1.db");
    {
        Database raw(path, OpenMode::ReadWriteCreate);
        raw.exec("BEGIN");
        raw.exec(std::string(schemaMigrations()[0]));
        raw.exec("INSERT INTO contacts(display_name, given_name, family_name, company, created_at, updated_at) "
                 "VALUES('Zoë Ångström', 'Zoë', 'Ångström', 'Ørsted', 0, 0)");
        raw.exec("INSERT INTO contact_methods(contact_id, kind, value) VALUES(1, 0, 'zoe@orsted.example')");
        raw.exec("PRAGMA user_version = 1");
        raw.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
        raw.exec("COMMIT");
    }
    Store store(path, clock);
    CHECK(store.schemaVersion() == latestSchemaVersion());
    CHECK(fs::exists(path + ".before-v" + std::to_string(latestSchemaVersion()) + ".bak"));
    Database& db = store.db();
    // v1's triggers indexed Zoë; the index survives without them.
    CHECK(db.queryInt("SELECT count(*) FROM contacts_fts_names WHERE contacts_fts_names MATCH 'zoe'") == 1);
    CHECK(db.queryInt("SELECT count(*) FROM contacts_fts WHERE contacts_fts MATCH 'orsted'") == 1);
    // v3: no index triggers but the two that drop a deleted contact's rows
    // (v7's sync_dirty_* triggers mark people for sync, and index nothing).
    CHECK(db.queryText("SELECT group_concat(name, ' ') FROM (SELECT name FROM sqlite_schema "
                       "WHERE type = 'trigger' AND name NOT LIKE 'sync_dirty_%' ORDER BY name)") ==
          "contacts_fts_ad contacts_fts_names_ad");
    CHECK(db.queryInt("SELECT count(*) FROM sqlite_schema WHERE name IN ('fts_pause', 'contact_methods_by_value')") == 0);
    // The data came through, and a contact saved now is indexed with the shorter name document.
    CHECK(db.queryText("SELECT value FROM contact_methods") == "zoe@orsted.example");
    Contact ana;
    ana.givenName = "Ana";
    ana.familyName = "Silva";
    store.change("Add", [&] { ContactRepo(db).insert(ana, clock.now()); });
    CHECK(db.queryText("SELECT name FROM contacts_fts_names WHERE contacts_fts_names MATCH 'silva'") == "Ana Silva");
    CHECK(db.queryText("SELECT name FROM contacts_fts WHERE contacts_fts MATCH 'silva'") == "Ana Silva");
    store.change("Delete", [&] { db.exec("DELETE FROM contacts WHERE id = 1"); });
    CHECK(db.queryInt("SELECT count(*) FROM contacts_fts_names") == 1);
    CHECK(db.queryInt("SELECT count(*) FROM contacts_fts") == 1);
}
