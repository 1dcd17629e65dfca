// Schema v5 (issue 13): goals made before keep their meaning, and the last
// run of cleared days is carried over.
#include "core/repo/goal_repo.h"
#include "core/store/schema.h"
#include "core/store/store.h"
#include "tests/support/temp_dir.h"
#include "tests/support/test_clock.h"

#include <catch2/catch.hpp>

using namespace rk;
using namespace rk::test;

TEST_CASE("Opening a version 4 database turns its goals into kinds and periods", "[core][goals][migration]") {
    ScopedTimeZone tz("UTC");
    TempDir dir;
    FixedClock clock(1'790'000'000);
    const std::string path = dir.file("old.db");
    {
        Store store(path, clock);
        // What a version 4 database holds.
        store.db().exec(
            "DROP TABLE goals; DROP TABLE cleared_days;"
            "CREATE TABLE goals(id INTEGER PRIMARY KEY, title TEXT NOT NULL, metric INTEGER NOT NULL "
            "CHECK (metric BETWEEN 0 AND 3), target INTEGER NOT NULL CHECK (target > 0), period_days "
            "INTEGER NOT NULL CHECK (period_days > 0), created_at INTEGER NOT NULL, archived_at INTEGER);"
            "INSERT INTO goals VALUES (1, 'Reach out to 5 people a week', 0, 5, 7, 100, NULL);"
            "INSERT INTO goals VALUES (2, 'Help 2 people a month', 3, 2, 30, 100, NULL);"
            "INSERT INTO goals VALUES (3, 'Rekindle 3 people', 2, 3, 14, 100, 200);"
            "INSERT INTO settings(key, value) VALUES ('followup.streak', '2026-03-02 3');"
            "PRAGMA user_version = 4;");
    }
    Store store(path, clock);
    CHECK(store.schemaVersion() == latestSchemaVersion());
    GoalRepo repo(store.db());
    const auto goals = repo.active();
    REQUIRE(goals.size() == 2);
    CHECK(goals[0].kind == GoalKind::ReachOut);
    CHECK(goals[0].per == GoalPer::Week);
    CHECK(goals[0].target == 5);
    CHECK(goals[1].kind == GoalKind::GiveHelp);
    CHECK(goals[1].per == GoalPer::Month);
    CHECK_FALSE(goals[1].paused());
    CHECK(store.db().queryInt("SELECT kind FROM goals WHERE id = 3 AND per = 'month' AND archived_at = 200") == 2);
    CHECK(store.db().queryText("SELECT group_concat(day, ' ') FROM (SELECT day FROM cleared_days ORDER BY day)") ==
          "2026-02-28 2026-03-01 2026-03-02");
}

TEST_CASE("A new database has the v5 goals table and checks its values", "[core][goals][migration]") {
    TempDir dir;
    FixedClock clock(1'790'000'000);
    Store store(dir.file("new.db"), clock);
    CHECK(store.db().queryInt("SELECT count(*) FROM cleared_days") == 0);
    CHECK_THROWS(store.db().exec("INSERT INTO goals(kind, target, per, created_at) VALUES (7, 1, 'week', 0)"));
    CHECK_THROWS(store.db().exec("INSERT INTO goals(kind, target, per, created_at) VALUES (0, 1, 'day', 0)"));
    CHECK_THROWS(store.db().exec("INSERT INTO goals(kind, target, per, created_at) VALUES (0, 0, 'week', 0)"));
}
