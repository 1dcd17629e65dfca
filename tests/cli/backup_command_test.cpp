#include "core/store/backup_now.h"
#include "core/store/backup_restore.h"
#include "main/cli/commands.h"
#include "tests/cli/cli_world.h"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace rk;
using rk::cli::registerBackupCommand;
using rk::cli::registerCheckCommand;
namespace fs = std::filesystem;

namespace {
// The one file in `dir`, or "".
std::string onlyFileIn(const std::string& dir) {
    std::string found;
    int n = 0;
    for (const auto& e : fs::directory_iterator(dir)) found = e.path().string(), ++n;
    return n == 1 ? found : std::string();
}
} // namespace

TEST_CASE("backup writes a consistent copy into the backups folder and says where and what", "[cli][backup]") {
    test::CliWorld world;
    const ContactId ana = world.person("Ana Lima");
    world.person("Bo Chen");
    world.logged(ana, 3);
    const std::string before = world.read(world.db);

    SECTION("by default beside the database, where the app lists them") {
        const auto run = world.run(registerBackupCommand, {"backup"});
        CHECK(run.code == 0);
        CHECK(run.err.empty());
        const std::string written = onlyFileIn(world.file("backups"));
        REQUIRE_FALSE(written.empty());
        CHECK(parseBackupName(fs::path(written).filename().string())->reason == BackupReason::Manual);
        CHECK(run.out == "Backed up 2 people and 1 interaction to " + written + "\n");
        // The copy passes `rekindle check`.
        const auto check = world.run(registerCheckCommand, {"--db", written, "check"});
        CHECK(check.code == 0);
        CHECK(check.out.find("Integrity:    ok\n") != std::string::npos);
        CHECK(check.out.find("People:       2\n") != std::string::npos);
    }
    SECTION("into a folder given, made if missing") {
        const std::string dir = world.file("elsewhere/deeper");
        const auto run = world.run(registerBackupCommand, {"backup", dir});
        CHECK(run.code == 0);
        const std::string written = onlyFileIn(dir);
        REQUIRE_FALSE(written.empty());
        CHECK(run.out == "Backed up 2 people and 1 interaction to " + written + "\n");
    }
    // Backing up only reads.
    CHECK(world.count("SELECT count(*) FROM contacts") == 2);
}

TEST_CASE("backup into a folder it cannot make says why and exits 1", "[cli][backup]") {
    test::CliWorld world;
    world.person("Ana Lima");
    world.write("a-file", "not a folder");
    const std::string dir = world.file("a-file") + "/backups";

    const auto run = world.run(registerBackupCommand, {"backup", dir});

    CHECK(run.code == 1);
    CHECK(run.out.empty());
    CHECK(run.err.rfind("rekindle: Could not create the backup folder " + dir, 0) == 0);
    CHECK(run.err.find("Nothing was backed up.") != std::string::npos);
    CHECK(world.read(world.file("a-file")) == "not a folder");
}

TEST_CASE("backup with no database says so and exits 1", "[cli][backup]") {
    test::CliWorld world;
    const auto run = world.run(registerBackupCommand, {"backup"});
    CHECK(run.code == 1);
    CHECK(run.err.rfind("rekindle: There is no database at " + world.db, 0) == 0);
    CHECK_FALSE(fs::exists(world.file("backups")));
}

TEST_CASE("After restoring a backup, rekindle check passes and counts the restored people", "[cli][backup][restore]") {
    test::CliWorld world;
    world.person("Ana Lima");
    REQUIRE(world.run(registerBackupCommand, {"backup"}).code == 0);
    const std::string backup = onlyFileIn(world.file("backups"));
    world.person("Bo Chen");
    world.person("Cy Okafor");
    {
        Store store(world.db, world.clock);
        (void)restoreBackupFile(store, backup);
    }
    const auto check = world.run(registerCheckCommand, {"check"});
    CHECK(check.code == 0);
    CHECK(check.out.find("Integrity:    ok\n") != std::string::npos);
    CHECK(check.out.find("People:       1\n") != std::string::npos);
}
