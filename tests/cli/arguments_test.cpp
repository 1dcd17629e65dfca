// What every command shares: CLI11's handling of bad arguments, and a --db
// that points at a file Rekindle must not touch.
#include "core/db/database.h"
#include "core/store/schema.h"
#include "main/cli/commands.h"
#include "tests/cli/cli_world.h"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace rk;
using namespace rk::cli;

TEST_CASE("an unknown option is named and nothing runs", "[cli][arguments]") {
    test::CliWorld world;

    SECTION("before the command") {
        const auto run = world.run(registerAddCommand, {"--no-such-flag", "add", "Ana Lima"});
        CHECK(run.code != 0);
        CHECK(run.err.find("--no-such-flag") != std::string::npos);
    }
    SECTION("after it") {
        const auto run = world.run(registerAddCommand, {"add", "Ana Lima", "--no-such-flag"});
        CHECK(run.code != 0);
        CHECK(run.err.find("--no-such-flag") != std::string::npos);
    }
    SECTION("an unknown command") {
        const auto run = world.run(registerAddCommand, {"ad", "Ana Lima"});
        CHECK(run.code != 0);
        CHECK(run.err.find("ad") != std::string::npos);
    }
    SECTION("a required option left out") {
        const auto run = world.run(registerLogCommand, {"log", "Ana"});
        CHECK(run.code != 0);
        CHECK(run.err.find("--kind is required") != std::string::npos);
    }
    CHECK_FALSE(std::filesystem::exists(world.db));
}

TEST_CASE("A command's --help prints the command's options and exits 0", "[cli][arguments]") {
    test::CliWorld world;
    const auto run = world.run(registerLogCommand, {"log", "--help"});
    CHECK(run.code == 0);
    CHECK(run.out.find("--awaiting-reply") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(world.db));
}

namespace {

// Every command that opens the database, with arguments that would work.
struct Use {
    CommandRegistrar command;
    std::vector<std::string> args;
};

std::vector<Use> everyCommand(const test::CliWorld& world) {
    world.write("one.vcf", "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Fay Osei\r\nEND:VCARD\r\n");
    return {{registerTodayCommand, {"today"}},
            {registerLogCommand, {"log", "Ana", "--kind", "call"}},
            {registerFindCommand, {"find", "ana"}},
            {registerAddCommand, {"add", "Ana Lima"}},
            {registerImportCommand, {"import", world.file("one.vcf")}},
            {registerImportCommand, {"import", world.file("one.vcf"), "--dry-run"}},
            {registerExportCommand, {"export", world.file("out.vcf")}},
            {registerDemoCommand, {"demo", "--contacts", "3"}},
            {registerCheckCommand, {"check"}}};
}

void refusedUntouched(test::CliWorld& world, const std::string& path, const std::string& message) {
    const std::string before = world.read(path);
    for (const Use& use : everyCommand(world)) {
        std::vector<std::string> args{"--db", path};
        args.insert(args.end(), use.args.begin(), use.args.end());
        INFO(use.args.front());
        const auto run = world.run(use.command, args);
        CHECK(run.code == 1);
        CHECK(run.out.empty());
        CHECK(run.err.rfind("rekindle: " + path + message, 0) == 0);
        CHECK(world.read(path) == before);
        CHECK_FALSE(std::filesystem::exists(world.file("out.vcf")));
    }
}

// Nor does SQLite leave a journal beside another program's file.
void noSideFiles(const std::string& path) {
    for (const char* suffix : {"-wal", "-shm", "-journal"})
        CHECK_FALSE(std::filesystem::exists(path + suffix));
}

} // namespace

TEST_CASE("A --db file that is not a database: every command refuses it untouched",
          "[cli][arguments]") {
    test::CliWorld world;
    world.write("notes.txt", "Dear diary, today I met Ana.\n");
    refusedUntouched(world, world.file("notes.txt"),
                     " is not a Rekindle database (it is not an SQLite file at all). Rekindle left "
                     "it untouched.\n");
    noSideFiles(world.file("notes.txt"));
}

TEST_CASE("A --db file of another program's: every command refuses it untouched",
          "[cli][arguments]") {
    test::CliWorld world;
    const std::string path = world.file("photos.sqlite");
    {
        Database other(path, OpenMode::ReadWriteCreate);
        other.exec("CREATE TABLE photos(id INTEGER PRIMARY KEY, name TEXT); INSERT INTO "
                   "photos(name) VALUES('cat')");
    }
    refusedUntouched(
        world, path,
        " is not a Rekindle database. It looks like a file from another program, so Rekindle left "
        "it untouched. Choose another file with --db.\n");
    noSideFiles(path);
}

TEST_CASE("A --db file from a newer Rekindle: every command refuses it untouched",
          "[cli][arguments]") {
    test::CliWorld world;
    world.person("Ana Lima");
    const int newer = latestSchemaVersion() + 1;
    {
        Database db(world.db, OpenMode::ReadWrite);
        db.exec("PRAGMA user_version = " + std::to_string(newer));
    }
    refusedUntouched(world, world.db,
                     " was written by a newer version of Rekindle (data format " +
                         std::to_string(newer) + "; this version understands up to " +
                         std::to_string(latestSchemaVersion()) +
                         "). Please update Rekindle. The file was not changed.\n");
}
