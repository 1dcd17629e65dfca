#include "main/cli/commands.h"
#include "tests/cli/cli_world.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>

using namespace rk;
using rk::cli::registerAddCommand;
using rk::cli::registerFindCommand;

namespace {

void network(test::CliWorld& world) {
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"add", "Ana Lima", "--company", "Stripe", "--title",
                                   "VP Engineering", "--knows", "payments,kubernetes", "--tag",
                                   "mentor", "--circle", "inner"},
          std::vector<std::string>{"add", "Bo Chen", "--company", "Monzo", "--title", "Engineer",
                                   "--knows", "kubernetes"},
          std::vector<std::string>{"add", "Cy Dlamini", "--company", "Stripe", "--title",
                                   "Designer"}})
        REQUIRE(world.run(registerAddCommand, args).code == 0);
}

} // namespace

TEST_CASE("find answers free text and each prefix", "[cli][find]") {
    test::CliWorld world;
    network(world);

    SECTION("at: a company") {
        const auto run = world.run(registerFindCommand, {"find", "at:stripe"});
        CHECK(run.code == 0);
        CHECK(run.out.size() ==
              std::string("Ana Lima — VP Engineering at Stripe  [cold]  (company: Stripe)\n"
                          "Cy Dlamini — Designer at Stripe  [cold]  (company: Stripe)\n")
                  .size());
        CHECK(run.out.find("Ana Lima — VP Engineering at Stripe  [cold]  (company: Stripe)\n") !=
              std::string::npos);
        CHECK(run.out.find("Cy Dlamini — Designer at Stripe  [cold]  (company: Stripe)\n") !=
              std::string::npos);
    }
    SECTION("knows: a topic") {
        const auto run = world.run(registerFindCommand, {"find", "knows:kubernetes"});
        CHECK(run.code == 0);
        CHECK(run.out.find("Ana Lima") != std::string::npos);
        CHECK(run.out.find("Bo Chen") != std::string::npos);
        CHECK(run.out.find("Cy Dlamini") == std::string::npos);
    }
    SECTION("role:, tag: and circle:") {
        CHECK(
            world.run(registerFindCommand, {"find", "role:designer"}).out.rfind("Cy Dlamini", 0) ==
            0);
        CHECK(world.run(registerFindCommand, {"find", "tag:mentor"}).out.rfind("Ana Lima", 0) == 0);
        CHECK(world.run(registerFindCommand, {"find", "circle:inner"}).out.rfind("Ana Lima", 0) ==
              0);
    }
    SECTION("two words narrow each other") {
        const auto run = world.run(registerFindCommand, {"find", "at:stripe", "knows:payments"});
        CHECK(run.out.rfind("Ana Lima", 0) == 0);
        CHECK(run.out.find("Cy Dlamini") == std::string::npos);
    }
    SECTION("a name prefix") {
        const auto run = world.run(registerFindCommand, {"find", "dla"});
        CHECK(run.out == "Cy Dlamini — Designer at Stripe  [cold]\n");
    }
    SECTION("no one") {
        const auto run = world.run(registerFindCommand, {"find", "at:Google"});
        CHECK(run.code == 0);
        CHECK(run.out == "No one matches \"at:Google\".\n");
    }
}

TEST_CASE("find --json and --limit", "[cli][find]") {
    test::CliWorld world;
    network(world);

    SECTION("JSON with what matched") {
        const auto run = world.run(registerFindCommand, {"find", "knows:kubernetes", "--json"});
        REQUIRE(run.code == 0);
        const auto doc = nlohmann::json::parse(run.out);
        CHECK(doc["query"] == "knows:kubernetes");
        CHECK(doc["count"] == 2);
        CHECK(doc["more"] == false);
        REQUIRE(doc["people"].size() == 2);
        CHECK(doc["people"][0]["company"].is_string());
        CHECK(doc["people"][0]["lastContactAt"].is_null());
        CHECK(doc["people"][0]["matched"].size() == 1);
    }
    SECTION("--limit 1 says there is more") {
        const auto text = world.run(registerFindCommand, {"find", "at:stripe", "--limit", "1"});
        CHECK(text.code == 0);
        CHECK(text.out.find("— ") != std::string::npos);
        CHECK(text.out.find("… and more: narrow the search or raise --limit (now 1).\n") !=
              std::string::npos);
        const auto json =
            world.run(registerFindCommand, {"find", "at:stripe", "--limit", "1", "--json"});
        const auto doc = nlohmann::json::parse(json.out);
        CHECK(doc["count"] == 1);
        CHECK(doc["more"] == true);
    }
    SECTION("--limit 0 is refused") {
        const auto run = world.run(registerFindCommand, {"find", "at:stripe", "--limit", "0"});
        CHECK(run.code != 0);
        CHECK(run.out.empty());
        CHECK(run.err.find("--limit") != std::string::npos);
    }
}

TEST_CASE("find points at a query it cannot read", "[cli][find]") {
    test::CliWorld world;
    network(world);

    const auto run = world.run(registerFindCommand, {"find", "ana", "at:"});

    CHECK(run.code == 2);
    CHECK(run.out.empty());
    CHECK(run.err.rfind("rekindle: ", 0) == 0);
    CHECK(run.err.find("  ana at:\n      ^\n") != std::string::npos);
}

TEST_CASE("find only reads and needs a database", "[cli][find]") {
    test::CliWorld world;
    const auto run = world.run(registerFindCommand, {"find", "ana"});
    CHECK(run.code == 1);
    CHECK(run.err == "rekindle: There is no database at " + world.db + ".\n");
    CHECK_FALSE(std::filesystem::exists(world.db));
}
