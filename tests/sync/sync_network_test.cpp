// A thousand people up and down: the size the issue names, so the batching
// (multiget, one change here) is exercised, and the two databases end equal.
#include "tests/sync/sync_world.h"

#include <catch2/catch.hpp>

using namespace rk;
using namespace rk::test;


TEST_CASE("A 1,000-person network syncs up (in one write) and down, and the two databases end with the same people",
          "[sync][network]") {
    SyncWorld world;
    world.laptop.store.change("Add people", [&] {
        ContactRepo repo(world.laptop.store.db());
        for (int i = 0; i < 1000; ++i) {
            Contact c = SyncWorld::person("Person " + std::to_string(1000 + i), "Company " + std::to_string(i % 37));
            c.tags = {"batch", "tag " + std::to_string(i % 7)};
            c.knows = {"topic " + std::to_string(i % 11), "hiring, referrals"};
            c.pastRoles = {{0, "Old Co " + std::to_string(i % 13), "Analyst", "2018"}};
            c.methods = {{0, MethodKind::Email, "work", "p" + std::to_string(i) + "@example.com"}};
            repo.insert(c, world.laptop.clock.now());
        }
    });
    CHECK(world.sync(world.laptop).sent.size() == 1000);
    CHECK(world.sync(world.desktop).received.size() == 1000);
    CHECK(SyncWorld::everyoneAsCards(world.laptop) == SyncWorld::everyoneAsCards(world.desktop));

    SyncWorld::edit(world.desktop, "Person 1500", [](Contact& c) { c.title = "CTO"; });
    SyncWorld::trash(world.desktop, "Person 1501");
    world.sync(world.desktop);
    const SyncReport r = world.sync(world.laptop);
    CHECK(r.updatedHere == std::vector<std::string>{"Person 1500"});
    CHECK(r.trashedHere == std::vector<std::string>{"Person 1501"});
    CHECK(SyncWorld::everyoneAsCards(world.laptop) == SyncWorld::everyoneAsCards(world.desktop));
}
