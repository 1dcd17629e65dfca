#include "core/store/schema.h"
#include "main/cli/commands.h"
#include "tests/cli/cli_world.h"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace rk;
using rk::cli::registerCheckCommand;
using rk::cli::registerDemoCommand;

TEST_CASE("demo adds the network the seed names", "[cli][demo]") {
    test::CliWorld world;

    const auto run = world.run(registerDemoCommand, {"demo", "--contacts", "40", "--seed", "5"});

    CHECK(run.code == 0);
    CHECK(run.err.empty());
    const auto interactions = world.count("SELECT count(*) FROM interactions");
    const auto events = world.count("SELECT count(*) FROM events");
    CHECK(run.out == "Added 40 people, " + std::to_string(interactions) + " interactions and " +
                         std::to_string(events) + " events to " + world.db + "\n");
    CHECK(world.count("SELECT count(*) FROM contacts") == 40);
    CHECK(interactions > 40);

    SECTION("the same seed elsewhere gives the same people") {
        const std::string other = world.file("other.db");
        REQUIRE(world
                    .run(registerDemoCommand,
                         {"--db", other, "demo", "--contacts", "40", "--seed", "5"})
                    .code == 0);
        const std::string names =
            "SELECT group_concat(display_name || company || title, '|') FROM contacts";
        const std::string mine = world.text(names);
        world.db = other;
        CHECK(world.text(names) == mine);
    }
    SECTION("a second run says the demo is there and changes nothing") {
        const auto before =
            world.text("SELECT group_concat(id || display_name, '|') FROM contacts");
        const auto again = world.run(registerDemoCommand, {"demo", "--contacts", "10"});
        CHECK(again.code == 0);
        CHECK(again.out ==
              "The demo network is already in your deck (40 people), so nothing was added.\n");
        CHECK(world.count("SELECT count(*) FROM contacts") == 40);
        CHECK(world.text("SELECT group_concat(id || display_name, '|') FROM contacts") == before);
    }
}

TEST_CASE("demo refuses a size out of range before creating anything", "[cli][demo]") {
    test::CliWorld world;
    const auto run = world.run(registerDemoCommand, {"demo", "--contacts", "0"});
    CHECK(run.code != 0);
    CHECK(run.err.find("--contacts: Value 0 not in range 1 to 1000000") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(world.db));
}

TEST_CASE("check reports the format, the people and the integrity, and changes nothing",
          "[cli][check]") {
    test::CliWorld world;
    REQUIRE(world.run(registerDemoCommand, {"demo", "--contacts", "25"}).code == 0);
    const std::string before = world.read(world.db);

    const auto run = world.run(registerCheckCommand, {"check"});

    CHECK(run.code == 0);
    CHECK(run.err.empty());
    const std::string version = std::to_string(latestSchemaVersion());
    CHECK(run.out == "Database:     " + world.db + "\n" + "Data format:  " + version +
                         " (this Rekindle writes " + version + ")\n" +
                         "People:       25\n"
                         "Integrity:    ok\n");
    CHECK(world.read(world.db) == before);
}

TEST_CASE("check on a file that is not there creates none", "[cli][check]") {
    test::CliWorld world;
    const auto run = world.run(registerCheckCommand, {"check"});
    CHECK(run.code == 1);
    CHECK(run.err == "rekindle: There is no database at " + world.db + ".\n");
    CHECK_FALSE(std::filesystem::exists(world.db));
}
