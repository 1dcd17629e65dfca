// The app opens a second connection to its database in the same process
// (the sync's, on its own thread) while its own stays open. SQLite's locks
// are POSIX locks, which a process loses on a file as soon as it closes any
// descriptor of it; a check that read the file's header with a descriptor of
// its own once dropped the window's locks that way. Then another program
// (`rekindle sync` in a terminal) took itself for the last one open, folded
// the write-ahead log into the file and deleted it, and everything the window
// wrote after went into a deleted file: lost at close.
#include "core/repo/contact_repo.h"
#include "core/store/store.h"
#include "tests/fault/child_process.h"
#include "tests/support/temp_dir.h"
#include "tests/support/test_clock.h"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace rk;

namespace {

void add(Store& store, const std::string& name) {
    store.change("Add " + name, [&] {
        Contact c;
        c.displayName = name;
        ContactRepo(store.db()).insert(c, store.clock().now());
    });
}

} // namespace

TEST_CASE("A second connection in the same process leaves the first one's hold on the file", "[fault][instances]") {
    test::TempDir dir;
    const std::string path = dir.file("rekindle.db");
    const FixedClock clock(test::localTime(2026, 12, 7, 10, 0));
    Store window(path, clock);
    add(window, "Ana García");

    { Store syncThread(path, clock); } // opened and closed, as each sync does

    // Another program writes to the database and closes it again.
    const test::ChildRun other = test::runRekindle({"--db", path, "add", "Cleo Martin"});
    REQUIRE(other.exited);
    CHECK(other.exitCode == 0);
    CHECK(std::filesystem::exists(path + "-wal")); // still the window's

    // What the window writes now is in the database another program reads.
    add(window, "Ben Okafor");
    const test::ChildRun reader = test::runRekindle({"--db", path, "find", "Ben"});
    REQUIRE(reader.exited);
    CHECK(reader.exitCode == 0);
    CHECK_THAT(reader.out, Catch::Contains("Ben Okafor"));
    CHECK(ContactRepo(window.db()).count() == 3); // and the window sees Cleo
}
