// Backups made now (rekindle backup, before a large import, an empty-trash or
// a restore) and restoring one: consistent while another connection writes,
// the current data kept first, damaged files refused, names that sort.
#include "core/db/database.h"
#include "core/db/store_error.h"
#include "core/model/contact.h"
#include "core/repo/contact_repo.h"
#include "core/store/backup_now.h"
#include "core/store/backup_restore.h"
#include "core/store/store.h"
#include "tests/support/temp_store.h"
#include "tests/support/test_clock.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <thread>

using namespace rk;
namespace fs = std::filesystem;
using Catch::Matchers::Contains;

namespace {

constexpr std::int64_t kNoon = 1'795'000'000; // 2026-11-18 in UTC

void addPeople(Store& store, int n, const std::string& prefix = "Person") {
    store.change("Add people", [&] {
        for (int i = 0; i < n; ++i) {
            Contact c;
            c.displayName = prefix + " " + std::to_string(i);
            ContactRepo(store.db()).insert(c, store.clock().now());
        }
    });
}

// One interaction for every person, written straight in (core has no log command).
void addInteractionEach(Store& store) {
    store.change("Log", [&] {
        store.db().exec("INSERT INTO interactions(contact_id, kind, direction, at, created_at) "
                        "SELECT id, 0, 0, 1, 1 FROM contacts");
    });
}

int filesIn(const std::string& dir) {
    if (!fs::exists(dir)) return 0;
    return static_cast<int>(std::distance(fs::directory_iterator(dir), fs::directory_iterator()));
}

std::string readAll(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

} // namespace

TEST_CASE("A backup names itself by local time and reason and holds the counts of the copy", "[core][backup]") {
    test::ScopedTimeZone tz("Europe/London");
    test::TempStore t(kNoon);
    addPeople(t.store, 3);
    addInteractionEach(t.store);
    const std::string dir = t.dir.file("backups");

    const BackupMade made = backupNow(t.store, dir, BackupReason::Manual);

    CHECK(fs::path(made.path).parent_path() == fs::path(dir));
    const auto name = parseBackupName(fs::path(made.path).filename().string());
    REQUIRE(name);
    CHECK(name->reason == BackupReason::Manual);
    CHECK(name->date == localDateOf(kNoon));
    REQUIRE(name->secondOfDay);
    CHECK(*name->secondOfDay == kNoon - localMidnight(localDateOf(kNoon)));
    CHECK(made.people == 3);
    CHECK(made.interactions == 3);
    // A self-contained file: opens read-only as a Rekindle store, nothing beside it.
    Store copy(made.path, t.clock, {.mode = OpenMode::ReadOnly});
    CHECK(copy.integrityCheck() == "ok");
    CHECK(ContactRepo(copy.db()).count() == 3);
    CHECK_FALSE(fs::exists(made.path + "-wal"));
    CHECK((fs::status(dir).permissions() & fs::perms::others_all) == fs::perms::none);

    SECTION("two in the same second get different names") {
        const BackupMade again = backupNow(t.store, dir, BackupReason::Manual);
        CHECK(again.path != made.path);
        CHECK(parseBackupName(fs::path(again.path).filename().string()));
    }
}

TEST_CASE("Backup names: daily ones by date, the others by time and reason", "[core][backup]") {
    CHECK(parseBackupName("rekindle-2026-12-05.db")->reason == BackupReason::Daily);
    CHECK_FALSE(parseBackupName("rekindle-2026-12-05.db")->secondOfDay);
    const auto timed = parseBackupName("rekindle-2026-12-05-140603-before-empty-trash-3.db");
    REQUIRE(timed);
    CHECK(timed->reason == BackupReason::BeforeEmptyTrash);
    CHECK(*timed->secondOfDay == 14 * 3600 + 6 * 60 + 3);
    CHECK(parseBackupName("rekindle-2026-12-05-140603-before-import.db")->reason == BackupReason::BeforeImport);
    CHECK(parseBackupName("rekindle-2026-12-05-140603-before-restore.db")->reason == BackupReason::BeforeRestore);
    CHECK(parseBackupName("rekindle-2026-12-05-140603-before-sync.db")->reason == BackupReason::BeforeSync);
    for (const char* other : {"rekindle-2026-12-05-140603-manual.db.partial", "rekindle-2026-12-05-250000-manual.db",
                              "rekindle-2026-12-05-140603-whatever.db", "rekindle-2026-02-30.db", "notes.db",
                              "rekindle-2026-12-05-140603-manual-x.db"})
        CHECK_FALSE(parseBackupName(other));
}

TEST_CASE("A backup taken while another connection writes is a consistent copy", "[core][backup]") {
    test::TempStore t(kNoon);
    addPeople(t.store, 50);
    addInteractionEach(t.store);
    const std::string dir = t.dir.file("backups");

    // Another connection (as a second app window would) adds a person and
    // three interactions per transaction, as fast as it can.
    std::atomic<bool> stop{false};
    std::atomic<int> commits{0};
    std::thread writer([&] {
        Store other(t.store.path(), t.clock);
        while (!stop.load()) {
            other.db().exec("BEGIN IMMEDIATE;"
                            "INSERT INTO contacts(display_name, created_at, updated_at) VALUES('Writer', 1, 1);"
                            "INSERT INTO interactions(contact_id, kind, direction, at, created_at) "
                            "SELECT max(id), 0, 0, 1, 1 FROM contacts;"
                            "INSERT INTO interactions(contact_id, kind, direction, at, created_at) "
                            "SELECT max(id), 1, 1, 2, 2 FROM contacts;"
                            "INSERT INTO interactions(contact_id, kind, direction, at, created_at) "
                            "SELECT max(id), 2, 0, 3, 3 FROM contacts;"
                            "COMMIT;");
            ++commits;
        }
    });
    std::vector<BackupMade> made;
    while (made.size() < 8 || commits.load() < 20) {
        made.push_back(backupNow(t.store, dir, BackupReason::Manual));
        if (made.size() > 200) break;
    }
    stop = true;
    writer.join();
    REQUIRE(commits.load() >= 20);

    for (const BackupMade& b : made) {
        INFO(b.path);
        Database copy(b.path, OpenMode::Snapshot);
        CHECK(copy.queryText("PRAGMA integrity_check") == "ok");
        // Every writer transaction is in the copy whole or not at all.
        CHECK(copy.queryInt("SELECT count(*) FROM contacts c WHERE display_name = 'Writer' AND "
                            "(SELECT count(*) FROM interactions i WHERE i.contact_id = c.id) != 3") == 0);
        CHECK(b.interactions == 50 + 3 * (b.people - 50));
    }
    CHECK(made.front().people <= made.back().people);
}

TEST_CASE("A backup into a folder that cannot be made fails with a plain message and writes nothing",
          "[core][backup]") {
    test::TempStore t(kNoon);
    addPeople(t.store, 2);
    std::ofstream(t.dir.file("a-file")) << "not a folder";
    const std::string dir = t.dir.file("a-file") + "/backups";
    CHECK_THROWS_WITH(backupNow(t.store, dir, BackupReason::Manual),
                      Contains("Could not create the backup folder") && Contains("Nothing was backed up"));
    CHECK(readAll(t.dir.file("a-file")) == "not a folder");
    CHECK(ContactRepo(t.store.db()).count() == 2);
}

TEST_CASE("Automatic backups keep the newest ten of each kind; yours are never removed", "[core][backup]") {
    test::TempStore t(kNoon);
    const std::string dir = t.dir.file("backups");
    std::vector<std::string> imports, manual;
    for (int i = 0; i < 13; ++i, t.clock.advance(60)) {
        imports.push_back(backupNow(t.store, dir, BackupReason::BeforeImport).path);
        manual.push_back(backupNow(t.store, dir, BackupReason::Manual).path);
    }
    for (std::size_t i = 0; i < imports.size(); ++i) {
        INFO(imports[i]);
        CHECK(fs::exists(imports[i]) == (i >= 3)); // the three oldest went
    }
    for (const auto& path : manual) CHECK(fs::exists(path));
    CHECK(filesIn(dir) == kKeepAutomaticBackups + 13);
}

TEST_CASE("Restoring a backup keeps the current data as a backup first, then holds the backup's data",
          "[core][backup][restore]") {
    test::TempStore t(kNoon);
    addPeople(t.store, 3, "Before");
    addInteractionEach(t.store);
    const BackupMade old = backupNow(t.store, backupFolderFor(t.store.path()), BackupReason::Manual);
    t.clock.advance(3600);
    addPeople(t.store, 2, "After");
    REQUIRE(t.store.history().canUndo());
    const std::uint64_t revisionBefore = t.store.revision();

    const RestoreDone done = restoreBackupFile(t.store, old.path);

    CHECK(done.people == 3);
    CHECK(done.interactions == 3);
    CHECK(ContactRepo(t.store.db()).count() == 3);
    CHECK(t.store.db().queryInt("SELECT count(*) FROM contacts WHERE display_name LIKE 'After%'") == 0);
    CHECK(t.store.revision() != revisionBefore);
    CHECK_FALSE(t.store.history().canUndo()); // its steps were about data that is gone
    // The data from just before is a backup of its own, with all five people.
    const auto kept = parseBackupName(fs::path(done.keptAs.path).filename().string());
    REQUIRE(kept);
    CHECK(kept->reason == BackupReason::BeforeRestore);
    CHECK(done.keptAs.people == 5);
    CHECK(inspectBackup(done.keptAs.path).people == 5);
    // The restored store works on: changes save, and a fresh open (what
    // `rekindle check` does) finds a sound file.
    addPeople(t.store, 1, "Later");
    CHECK(t.store.integrityCheck() == "ok");
    Store reopened(t.store.path(), t.clock, {.mode = OpenMode::ReadOnly});
    CHECK(reopened.integrityCheck() == "ok");
    CHECK(ContactRepo(reopened.db()).count() == 4);
    CHECK(reopened.db().queryInt("SELECT count(*) FROM contacts_fts WHERE contacts_fts MATCH 'Before'") == 3);
    // The backup restored from is untouched.
    CHECK(inspectBackup(old.path).people == 3);
}

TEST_CASE("A damaged or foreign backup is refused and the data stays as it was", "[core][backup][restore]") {
    test::TempStore t(kNoon);
    addPeople(t.store, 4);
    const std::string dir = backupFolderFor(t.store.path());
    const BackupMade good = backupNow(t.store, dir, BackupReason::Manual);
    std::string bad;
    std::string why;
    SECTION("garbage") {
        bad = dir + "/rekindle-2026-01-01.db";
        std::ofstream(bad, std::ios::binary) << std::string(4096, 'x');
        why = "damaged or is not a database";
    }
    SECTION("cut off halfway") {
        addPeople(t.store, 400, "Padding"); // enough pages that half of them are missing
        const BackupMade big = backupNow(t.store, dir, BackupReason::Manual);
        bad = dir + "/rekindle-2026-01-02.db";
        const std::string bytes = readAll(big.path);
        std::ofstream(bad, std::ios::binary) << bytes.substr(0, bytes.size() / 2);
        fs::remove(big.path);
        why = "damaged";
    }
    SECTION("another program's database") {
        bad = dir + "/rekindle-2026-01-03.db";
        Database other(bad, OpenMode::ReadWriteCreate);
        other.exec("CREATE TABLE t(x); INSERT INTO t VALUES(1)");
        why = "not a Rekindle backup";
    }
    const std::int64_t people = ContactRepo(t.store.db()).count();
    const int files = filesIn(dir);
    CHECK_THROWS_WITH(restoreBackupFile(t.store, bad), Contains(why) && Contains("Your data is unchanged"));
    CHECK(ContactRepo(t.store.db()).count() == people);
    CHECK(filesIn(dir) == files); // refused before anything was kept or changed
    CHECK(inspectBackup(good.path).readable);
}
