// rekindle link and rekindle intro, run in-process.
#include "main/cli/commands.h"
#include "tests/cli/cli_world.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace rk;
using rk::cli::registerAddCommand;
using rk::cli::registerIntroCommand;
using rk::cli::registerLinkCommand;

namespace {

void addPeople(test::CliWorld& world) {
    REQUIRE(world.run(registerAddCommand, {"add", "Ana García"}).code == 0);
    REQUIRE(world.run(registerAddCommand, {"add", "Ben Okafor", "--company", "Stripe"}).code == 0);
    REQUIRE(world.run(registerAddCommand, {"add", "Cleo Park"}).code == 0);
}

} // namespace

TEST_CASE("link records how two people know each other", "[cli][intro]") {
    test::CliWorld world;
    addPeople(world);
    auto run = world.run(registerLinkCommand, {"link", "Ana", "Ben", "--kind", "works-with", "--note", "Same team"});
    CHECK(run.code == 0);
    CHECK(run.out == "Linked Ana García and Ben Okafor (works with).\n");
    CHECK(world.text("SELECT from_id || '>' || to_id || ':' || kind || ':' || note FROM contact_links") == "1>2:1:Same team");

    // "reports to" is stored as the manager's link, read the other way.
    run = world.run(registerLinkCommand, {"link", "Cleo", "Ana", "--kind", "reports-to"});
    CHECK(run.code == 0);
    CHECK(run.out == "Linked Ana García and Cleo Park (is the manager of).\n");

    SECTION("bad input says what is wrong and changes nothing") {
        const auto again = world.run(registerLinkCommand, {"link", "Ben", "Ana", "--kind", "works-with"});
        CHECK(again.code == 1);
        CHECK(again.err == "rekindle: Ben Okafor and Ana García are already linked that way.\n");
        const auto kind = world.run(registerLinkCommand, {"link", "Ana", "Ben", "--kind", "cousin"});
        CHECK(kind.code == 2);
        CHECK(kind.err.find("\"cousin\" is not a kind of link") != std::string::npos);
        const auto self = world.run(registerLinkCommand, {"link", "Ana", "1"});
        CHECK(self.code == 1);
        CHECK(self.err.find("can't be linked to themselves") != std::string::npos);
        const auto nobody = world.run(registerLinkCommand, {"link", "Ana", "Zed"});
        CHECK(nobody.code == 1);
        CHECK(world.count("SELECT count(*) FROM contact_links") == 2);
    }
}

TEST_CASE("intro lists the ways in, as text and as JSON", "[cli][intro]") {
    test::CliWorld world;
    addPeople(world);
    REQUIRE(world.run(registerLinkCommand, {"link", "Ana", "Ben", "--kind", "works-with"}).code == 0);
    REQUIRE(world.run(registerLinkCommand, {"link", "Cleo", "Ana"}).code == 0);

    auto run = world.run(registerIntroCommand, {"intro", "at:stripe"});
    CHECK(run.code == 0);
    CHECK(run.out.find("Ways to someone at Stripe:") == 0);
    CHECK(run.out.find("Ana García → Ben Okafor at Stripe\n   Ana works with Ben\n") != std::string::npos);
    CHECK(run.out.find("Cleo Park → Ana García → Ben Okafor at Stripe\n   Cleo knows Ana; Ana works with Ben\n") !=
          std::string::npos);
    CHECK(run.out.find("rekindle first") != std::string::npos); // nobody has been talked to: cold

    run = world.run(registerIntroCommand, {"intro", "Ben Okafor", "--json", "--limit", "1"});
    REQUIRE(run.code == 0);
    const auto json = nlohmann::json::parse(run.out);
    CHECK(json["target"] == "Ben Okafor");
    REQUIRE(json["paths"].size() == 1);
    CHECK(json["paths"][0]["people"][0]["name"] == "Ana García");
    CHECK(json["paths"][0]["links"][0]["kind"] == "works-with");
    CHECK(json["paths"][0]["hops"] == 2);
    CHECK(json["paths"][0]["firstWarmth"] == "cold");

    run = world.run(registerIntroCommand, {"intro", "at:Monzo"});
    CHECK(run.code == 1);
    CHECK(run.err == "rekindle: No one in your network is someone at Monzo yet.\n");
}

TEST_CASE("intro with no links says how to add them", "[cli][intro]") {
    test::CliWorld world;
    addPeople(world);
    const auto run = world.run(registerIntroCommand, {"intro", "at:Stripe"});
    CHECK(run.code == 0);
    CHECK(run.out.find("No one you know is linked to someone at Stripe yet.") == 0);
}
