// The demo is a new user's first look: its first day and week should look
// like a real person's, not one interaction per contact.
#include "core/db/database.h"
#include "core/demo/demo_network.h"
#include "core/followup/followup_planner.h"
#include "core/store/store.h"
#include "core/time/civil_date.h"
#include "tests/support/temp_dir.h"
#include "tests/support/test_clock.h"

#include <catch2/catch.hpp>

#include <string>

using namespace rk;

TEST_CASE("The demo's first day and week look like a real person's", "[core][demo]") {
    // The issue that asked for this: 79 of 500 people due on the first day,
    // and 47 outreaches in its first week. A person keeps up with about 150.
    test::TempDir dir;
    test::ScopedTimeZone tz("Europe/London");
    FixedClock clock(1'796'400'000); // 2026-12-05
    for (const int contacts : {150, 500, 2000})
        for (const std::uint64_t seed : {42u, 7u, 1u}) {
            INFO(contacts << " people, seed " << seed);
            Store store(dir.file("demo-" + std::to_string(contacts) + "-" + std::to_string(seed) + ".db"), clock);
            generateDemoNetwork(store.db(), {.contacts = contacts, .seed = seed, .now = clock.now()});
            const auto queue = FollowUpPlanner(store.db()).build(
                localDateOf(clock.now()), {.limit = QueueOptions::kAll, .countCap = QueueOptions::kAll});
            CHECK(queue.total >= 5);
            CHECK(queue.total <= 14);
            const std::string weekAgo = std::to_string(clock.now() - 7 * 86400);
            const auto week = store.db().queryInt("SELECT count(*) FROM interactions WHERE at > " + weekAgo);
            const auto reachedOut = store.db().queryInt(
                "SELECT count(DISTINCT contact_id) FROM interactions WHERE direction = 0 AND at > " + weekAgo);
            CHECK(week >= 4);
            CHECK(week <= 20);
            CHECK(reachedOut <= 12);
        }
}
