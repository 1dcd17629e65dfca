#include "main/cli/commands.h"
#include "tests/cli/cli_world.h"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace rk;
using rk::cli::registerAddCommand;

TEST_CASE("add writes a person with every option", "[cli][add]") {
    test::CliWorld world;

    const auto run = world.run(registerAddCommand, {"add",       "Mary",
                                                    "Jane",      "Watson",
                                                    "--company", " Daily Bugle ",
                                                    "--title",   "Photographer",
                                                    "--email",   "mj@bugle.example",
                                                    "--phone",   "+1 212 555 0100",
                                                    "--tag",     "press",
                                                    "--tag",     "friend,alumni",
                                                    "--knows",   "photography",
                                                    "--knows",   "new york",
                                                    "--circle",  "Close"});

    CHECK(run.code == 0);
    CHECK(run.err.empty());
    CHECK(run.out == "Added Mary Jane Watson (Close, id 1).\n");
    CHECK(world.text("SELECT given_name || '|' || family_name || '|' || display_name || '|' || "
                     "company || '|' || "
                     "title || '|' || circle || '|' || next_due FROM contacts") ==
          "Mary Jane|Watson|Mary Jane Watson|Daily Bugle|Photographer|1|2026-04-01");
    CHECK(world.text("SELECT group_concat(kind || ':' || value, ' ') FROM "
                     "(SELECT kind, value FROM contact_methods ORDER BY kind)") ==
          "0:mj@bugle.example 1:+1 212 555 0100");
    CHECK(world.text("SELECT group_concat(name, ',') FROM (SELECT name FROM tags ORDER BY name)") ==
          "alumni,friend,press");
    CHECK(world.text("SELECT group_concat(topic, ',') FROM (SELECT topic FROM contact_knows ORDER "
                     "BY topic)") == "new york,photography");
    // Searchable at once.
    CHECK(world.count("SELECT count(*) FROM contacts_fts WHERE contacts_fts MATCH 'bugle'") == 1);
}

TEST_CASE("add says so when a namesake is already there", "[cli][add]") {
    test::CliWorld world;
    REQUIRE(world.run(registerAddCommand, {"add", "Ana Lima"}).code == 0);

    const auto run = world.run(registerAddCommand, {"add", "Ana Lima"});

    CHECK(run.code == 0);
    CHECK(run.out ==
          "Added Ana Lima (Network, id 2).\n"
          "Note: you already had 1 person with a name like that; check for a duplicate with: "
          "rekindle find \"Ana Lima\"\n");
    CHECK(world.count("SELECT count(*) FROM contacts") == 2);
}

TEST_CASE("add refuses what a person could get wrong, and writes nothing", "[cli][add]") {
    test::CliWorld world;
    using Args = std::vector<std::string>;
    const auto [args, message] = GENERATE(table<Args, std::string>({
        {Args{"add", "Ana Lima", "--email", "ana@"},
         "rekindle: --email: A domain goes after the @, like ana@example.com.\n"},
        {Args{"add", "Ana Lima", "--circle", "family"},
         "rekindle: --circle: \"family\" is not a circle; use inner, close, network or "
         "acquaintance.\n"},
        {Args{"add", "  "}, "rekindle: NAME: "},
    }));

    SECTION("into no database: none is created") {
        const auto run = world.run(registerAddCommand, args);
        CHECK(run.code == 2);
        CHECK(run.out.empty());
        CHECK(run.err.rfind(message, 0) == 0);
        CHECK_FALSE(std::filesystem::exists(world.db));
    }
    SECTION("into a database: it is left as it was") {
        world.person("Bo Chen");
        const std::string before = world.read(world.db);
        const auto run = world.run(registerAddCommand, args);
        CHECK(run.code == 2);
        CHECK(run.err.rfind(message, 0) == 0);
        CHECK(world.read(world.db) == before);
        CHECK(world.count("SELECT count(*) FROM contacts") == 1);
    }
}
