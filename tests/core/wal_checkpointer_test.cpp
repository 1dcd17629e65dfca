#include "core/db/database.h"
#include "core/db/wal_checkpointer.h"
#include "core/repo/contact_repo.h"
#include "core/store/store.h"
#include "tests/support/temp_dir.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <filesystem>

using namespace rk;
namespace fs = std::filesystem;

namespace {

// A commit of about `kib` KiB: one row with a blob that size.
void commitBlob(Database& db, int kib) {
    db.exec("INSERT INTO blobs(data) VALUES (zeroblob(" + std::to_string(kib * 1024) + "))");
}

Database openWal(const std::string& path) {
    Database db(path, OpenMode::ReadWriteCreate);
    db.exec("PRAGMA journal_mode = WAL");
    db.exec("CREATE TABLE IF NOT EXISTS blobs(id INTEGER PRIMARY KEY, data BLOB)");
    return db;
}

} // namespace

TEST_CASE(
    "The log is copied back on the worker once it passes the threshold, not inside the commit",
    "[core][store]") {
    test::TempDir dir;
    const auto path = dir.file("wal.db");
    Database db = openWal(path);
    WalCheckpointer checkpointer(db, 50); // pages of 4 KiB
    const auto fileBefore = fs::file_size(path);

    commitBlob(db, 40); // about 11 pages: under the threshold
    checkpointer.waitUntilIdle();
    CHECK(checkpointer.checkpointsRun() == 0);
    CHECK(fs::file_size(path) == fileBefore); // the commit did not copy anything back

    const auto version = db.queryInt("PRAGMA data_version");
    commitBlob(db, 400); // past it
    checkpointer.waitUntilIdle();
    CHECK(db.queryInt("PRAGMA data_version") ==
          version); // a checkpoint is not a change views reload for
    CHECK(checkpointer.checkpointsRun() == 1);
    CHECK(fs::file_size(path) > fileBefore + 400 * 1024); // both rows are in the file now
    // Nothing is left for a checkpoint to copy: every frame in the log is in the file.
    int logFrames = -1, copied = -1;
    REQUIRE(sqlite3_wal_checkpoint_v2(db.handle(), "main", SQLITE_CHECKPOINT_PASSIVE, &logFrames,
                                      &copied) == SQLITE_OK);
    CHECK(logFrames == copied);
    CHECK(db.queryInt("SELECT count(*) FROM blobs") == 2);
}

TEST_CASE("Commits go on while the worker copies, and nothing is lost", "[core][store]") {
    test::TempDir dir;
    const auto path = dir.file("busy.db");
    {
        Database db = openWal(path);
        WalCheckpointer checkpointer(db, 8);
        for (int i = 0; i < 60; ++i)
            commitBlob(db, 16 + i % 7);
        CHECK(db.queryInt("SELECT count(*) FROM blobs") == 60);
    } // the checkpointer stops, then the connection closes and copies back the rest
    CHECK_FALSE(fs::exists(path + "-wal"));
    Database reopened(path, OpenMode::ReadOnly);
    CHECK(reopened.queryInt("SELECT count(*) FROM blobs") == 60);
    CHECK(reopened.queryText("PRAGMA integrity_check") == "ok");
}

TEST_CASE(
    "While the log cannot start over, a checkpoint is asked for once per threshold, not per commit",
    "[core][store]") {
    test::TempDir dir;
    const auto path = dir.file("reader.db");
    Database db = openWal(path);
    commitBlob(db, 4);
    // Another connection reading an old snapshot keeps the log from starting over.
    Database reader(path, OpenMode::ReadOnly);
    reader.exec("BEGIN");
    CHECK(reader.queryInt("SELECT count(*) FROM blobs") == 1);
    WalCheckpointer checkpointer(db, 20);
    for (int i = 0; i < 50; ++i) {
        commitBlob(db, 4); // two or three pages a commit
        checkpointer.waitUntilIdle();
    }
    CHECK(checkpointer.checkpointsRun() >= 3);
    CHECK(checkpointer.checkpointsRun() <= 10); // one per 20 pages; asking at every commit ran 46
    reader.exec("COMMIT");
    CHECK(db.queryInt("SELECT count(*) FROM blobs") == 51);
}

TEST_CASE("A store checkpoints off the writing thread and reopens whole", "[core][store]") {
    test::TempDir dir;
    FixedClock clock(1'700'000'000);
    const auto path = dir.file("store.db");
    {
        Store store(path, clock);
        ContactRepo contacts(store.db());
        // Long notes make the log pass SQLite's usual 1000 pages quickly.
        const std::string notes(3000, 'n');
        store.change("Add people", [&] {
            for (int i = 0; i < 1500; ++i) {
                Contact c;
                c.displayName = "Person " + std::to_string(i);
                c.notes = notes;
                contacts.insert(c, clock.now());
            }
        });
        store.checkpointer().waitUntilIdle();
        CHECK(store.checkpointer().checkpointsRun() >= 1);
        CHECK(fs::file_size(path) > 1500u * 3000u); // the people are in the file itself
        // A read-only store never writes, so it never asks for a checkpoint.
        Store reader(path, clock, {OpenMode::ReadOnly, false});
        CHECK(reader.db().queryInt("SELECT count(*) FROM contacts") == 1500);
        CHECK(reader.checkpointer().checkpointsRun() == 0);
    }
    Store reopened(path, clock);
    CHECK(reopened.db().queryInt("SELECT count(*) FROM contacts") == 1500);
    CHECK(reopened.integrityCheck() == "ok");
}
