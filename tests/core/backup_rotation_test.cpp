#include "core/db/database.h"
#include "core/repo/settings_repo.h"
#include "core/store/backup_rotation.h"
#include "core/store/store.h"
#include "tests/support/temp_store.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using namespace rk;
namespace fs = std::filesystem;

namespace {
int countBackups(const std::string& dir) {
    int n = 0;
    for (const auto& e : fs::directory_iterator(dir)) n += e.path().extension() == ".db";
    return n;
}
} // namespace

TEST_CASE("Backups are made once a day and only the newest seven are kept", "[core][backup]") {
    test::TempStore t(1'795'000'000);
    SettingsRepo(t.store.db()).set("marker", "day 0");
    const std::string backups = t.dir.file("backups");

    auto first = rotateBackups(t.store, backups);
    REQUIRE(first);
    CHECK_FALSE(rotateBackups(t.store, backups)); // same day: nothing new
    {
        // The copy is a complete, readable Rekindle database.
        Store copy(*first, t.clock, {.mode = OpenMode::ReadOnly});
        CHECK(SettingsRepo(copy.db()).getOr("marker", "") == "day 0");
        CHECK(copy.integrityCheck() == "ok");
    }
    for (int day = 1; day <= 10; ++day) {
        t.clock.advance(86400);
        CHECK(rotateBackups(t.store, backups));
    }
    CHECK(countBackups(backups) == 7);
    CHECK_FALSE(fs::exists(*first)); // the oldest went first
    CHECK((fs::status(backups).permissions() & fs::perms::others_all) == fs::perms::none);
}

TEST_CASE("Files that are not backups are left alone", "[core][backup]") {
    test::TempStore t(1'795'000'000);
    const std::string backups = t.dir.file("backups");
    fs::create_directories(backups);
    for (const char* name : {"notes.db", "rekindle-latest.db", "rekindle-2020-13-01.db"})
        std::ofstream(fs::path(backups) / name) << "keep me";
    for (int day = 0; day < 9; ++day, t.clock.advance(86400)) (void)rotateBackups(t.store, backups, {.keep = 2});
    CHECK(fs::exists(fs::path(backups) / "notes.db"));
    CHECK(fs::exists(fs::path(backups) / "rekindle-latest.db"));
    CHECK(fs::exists(fs::path(backups) / "rekindle-2020-13-01.db"));
    CHECK(countBackups(backups) == 5);
}
