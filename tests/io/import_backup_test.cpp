// A large import is one undo step, but undo ends when Rekindle closes: an
// import of more than kBackupBeforeImportOver people backs the database up first.
#include "core/db/database.h"
#include "core/io/import/import_file.h"
#include "core/io/import/import_plan.h"
#include "core/model/contact.h"
#include "core/repo/contact_repo.h"
#include "core/store/backup_now.h"
#include "core/store/store.h"
#include "tests/support/temp_store.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using namespace rk;
namespace fs = std::filesystem;
using Catch::Matchers::Contains;

namespace {

std::string cards(int n) {
    std::string out;
    for (int i = 0; i < n; ++i)
        out += "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Imported " + std::to_string(i) + "\r\nEMAIL:i" +
               std::to_string(i) + "@example.org\r\nEND:VCARD\r\n";
    return out;
}

std::vector<fs::path> importBackups(const Store& store) {
    std::vector<fs::path> out;
    const std::string dir = backupFolderFor(store.path());
    if (!fs::exists(dir)) return out;
    for (const auto& e : fs::directory_iterator(dir))
        if (auto name = parseBackupName(e.path().filename().string()); name && name->reason == BackupReason::BeforeImport)
            out.push_back(e.path());
    return out;
}

struct OnePerson : test::TempStore {
    OnePerson() : TempStore(1'709'294'400) {
        store.change("Add", [&] {
            Contact c;
            c.displayName = "Already Here";
            ContactRepo(store.db()).insert(c, clock.now());
        });
    }
    ImportOutcome import(int n) {
        return commitImport(store, previewImport(store.db(), {"people.vcf", cards(n), std::nullopt, std::nullopt}));
    }
};

} // namespace

TEST_CASE("Importing more than 100 people leaves a backup of the database as it was", "[io][commit][backup]") {
    OnePerson t;
    const ImportOutcome done = t.import(static_cast<int>(kBackupBeforeImportOver) + 1);
    REQUIRE(done.committed);
    CHECK(done.added == kBackupBeforeImportOver + 1);
    const auto made = importBackups(t.store);
    REQUIRE(made.size() == 1);
    CHECK(done.backupPath == made[0].string());
    // The copy is the database before the import: one person.
    CHECK(inspectBackup(made[0].string()).people == 1);
    CHECK(ContactRepo(t.store.db()).count() == 102);
}

TEST_CASE("Smaller imports, and imports into an empty database, make no backup", "[io][commit][backup]") {
    SECTION("100 people") {
        OnePerson t;
        const ImportOutcome done = t.import(static_cast<int>(kBackupBeforeImportOver));
        CHECK(done.committed);
        CHECK(done.backupPath.empty());
        CHECK(importBackups(t.store).empty());
    }
    SECTION("an empty database has nothing to keep") {
        test::TempStore t(1'709'294'400);
        const ImportOutcome done =
            commitImport(t.store, previewImport(t.store.db(), {"people.vcf", cards(150), std::nullopt, std::nullopt}));
        CHECK(done.committed);
        CHECK(importBackups(t.store).empty());
    }
}

TEST_CASE("When the backup before a large import cannot be made, nothing is imported", "[io][commit][backup]") {
    OnePerson t;
    std::ofstream(backupFolderFor(t.store.path())) << "in the way";
    CHECK_THROWS_WITH(t.import(150), Contains("the import did not start"));
    CHECK(ContactRepo(t.store.db()).count() == 1);
}
