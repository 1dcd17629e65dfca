// Emptying the trash cannot be undone once Rekindle closes: a backup comes first.
#include "core/commands/contact_commands.h"
#include "core/db/database.h"
#include "core/db/store_error.h"
#include "core/store/backup_now.h"
#include "tests/commands/command_fixture.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using namespace rk;
namespace fs = std::filesystem;
using Catch::Matchers::Contains;

namespace {
std::vector<fs::path> backupsIn(const std::string& dir, BackupReason reason) {
    std::vector<fs::path> out;
    if (!fs::exists(dir)) return out;
    for (const auto& e : fs::directory_iterator(dir))
        if (auto name = parseBackupName(e.path().filename().string()); name && name->reason == reason)
            out.push_back(e.path());
    return out;
}
} // namespace

TEST_CASE("Emptying the trash leaves a backup that still holds the people it deletes",
          "[commands][trash][backup]") {
    test::CommandWorld w;
    w.add("Ana García");
    const ContactId bo = w.add("Bo Chen");
    const ContactId cy = w.add("Cy Okafor");
    moveToTrash(w.store, bo);
    moveToTrash(w.store, cy);
    const std::string dir = backupFolderFor(w.store.path());

    const ChangeResult r = emptyTrash(w.store);

    CHECK(r.count == 2);
    CHECK(w.count(Shelf::Trash) == 0);
    const auto made = backupsIn(dir, BackupReason::BeforeEmptyTrash);
    REQUIRE(made.size() == 1);
    Database copy(made[0].string(), OpenMode::Snapshot);
    CHECK(copy.queryInt("SELECT count(*) FROM contacts WHERE deleted_at IS NOT NULL") == 2);
    CHECK(copy.queryText("SELECT group_concat(display_name, ',') FROM "
                         "(SELECT display_name FROM contacts ORDER BY id)") == "Ana García,Bo Chen,Cy Okafor");

    SECTION("an empty trash needs no backup") {
        emptyTrash(w.store);
        CHECK(backupsIn(dir, BackupReason::BeforeEmptyTrash).size() == 1);
    }
}

TEST_CASE("When the backup before emptying the trash cannot be made, nothing is deleted",
          "[commands][trash][backup]") {
    test::CommandWorld w;
    const ContactId bo = w.add("Bo Chen");
    moveToTrash(w.store, bo);
    // A file where the backup folder should be.
    std::ofstream(backupFolderFor(w.store.path())) << "in the way";

    CHECK_THROWS_WITH(emptyTrash(w.store), Contains("backup") && Contains("the trash was not emptied"));
    CHECK(w.count(Shelf::Trash) == 1);
}
