#include "main/cli/commands.h"
#include "tests/cli/cli_world.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>

using namespace rk;
using rk::cli::registerTodayCommand;

namespace {

// Ana (inner, every 14 days) was last seen 30 days ago: 16 days overdue. Bo
// has not answered an email sent 8 days ago: 3 days past the 5-day wait. Cy
// was seen 3 days ago and is not due.
void threeFriends(test::CliWorld& world) {
    world.logged(world.person("Ana Lima", Circle::Inner, "Stripe"), 30);
    world.logged(world.person("Bo Chen", Circle::Network, "Monzo"), 8, Direction::Out, true);
    world.logged(world.person("Cy Dlamini"), 3);
}

} // namespace

TEST_CASE("today lists the people due in queue order with their reasons", "[cli][today]") {
    test::CliWorld world;
    threeFriends(world);

    const auto run = world.run(registerTodayCommand, {"today"});

    CHECK(run.code == 0);
    CHECK(run.err.empty());
    CHECK(run.out.rfind("Mon 2 Mar: 2 people to follow up\n", 0) == 0);
    const auto ana = run.out.find("1. Ana Lima");
    const auto bo = run.out.find("2. Bo Chen");
    REQUIRE(ana != std::string::npos);
    REQUIRE(bo != std::string::npos);
    CHECK(ana < bo); // the more overdue first
    CHECK(run.out.find("Cy Dlamini") == std::string::npos);
    CHECK(run.out.find("[inner]") != std::string::npos);
    CHECK(run.out.find("no reply since") != std::string::npos);
}

TEST_CASE("today --json prints the same queue as JSON", "[cli][today]") {
    test::CliWorld world;
    threeFriends(world);

    const auto run = world.run(registerTodayCommand, {"today", "--json"});

    REQUIRE(run.code == 0);
    const auto doc = nlohmann::json::parse(run.out);
    CHECK(doc["date"] == "2026-03-02");
    CHECK(doc["count"] == 2);
    REQUIRE(doc["items"].size() == 2);
    CHECK(doc["items"][0]["name"] == "Ana Lima");
    CHECK(doc["items"][0]["circle"] == "inner");
    CHECK(doc["items"][0]["daysOverdue"] == 16);
    CHECK(doc["items"][0]["reasons"][0]["kind"] == "cadence");
    CHECK(doc["items"][1]["name"] == "Bo Chen");
    CHECK(doc["items"][1]["reasons"][0]["kind"] == "awaiting_reply");
    CHECK(doc["items"][1]["reasons"][0]["daysOverdue"] == 3);
}

TEST_CASE("today --date shows another day's queue, and refuses a date that does not exist",
          "[cli][today]") {
    test::CliWorld world;
    threeFriends(world);

    SECTION("a later day: the same people, further overdue") {
        const auto run =
            world.run(registerTodayCommand, {"today", "--date", "2026-03-12", "--json"});
        REQUIRE(run.code == 0);
        const auto doc = nlohmann::json::parse(run.out);
        CHECK(doc["date"] == "2026-03-12");
        REQUIRE(doc["items"].size() == 2);
        CHECK(doc["items"][0]["name"] == "Ana Lima");
        CHECK(doc["items"][0]["daysOverdue"] == 26);
    }
    SECTION("a day before anyone was due: all caught up") {
        const auto run = world.run(registerTodayCommand, {"today", "--date", "2026-02-10"});
        CHECK(run.code == 0);
        CHECK(run.out == "All caught up for Tue 10 Feb.\n");
    }
    SECTION("30 February") {
        const auto run = world.run(registerTodayCommand, {"today", "--date", "2026-02-30"});
        CHECK(run.code == 2);
        CHECK(run.out.empty());
        CHECK(run.err ==
              "rekindle: --date: \"2026-02-30\" is not a date; use YYYY-MM-DD, e.g. 2026-03-02.\n");
    }
}

TEST_CASE("today only reads: it changes nothing and creates no database", "[cli][today]") {
    test::CliWorld world;
    SECTION("no database yet") {
        const auto run = world.run(registerTodayCommand, {"today"});
        CHECK(run.code == 1);
        CHECK(run.err == "rekindle: There is no database at " + world.db + ".\n");
        CHECK_FALSE(std::filesystem::exists(world.db));
    }
    SECTION("an existing one") {
        threeFriends(world);
        const std::string before = world.read(world.db);
        CHECK(world.run(registerTodayCommand, {"today"}).code == 0);
        CHECK(world.read(world.db) == before);
    }
}
