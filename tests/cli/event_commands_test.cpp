// Issue 13: rekindle event add, rekindle met, rekindle events, and today two
// days later showing the person with the "met at" reason.
#include "main/cli/commands.h"
#include "tests/cli/cli_world.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace rk;
using Catch::Contains;

TEST_CASE("event add, met, and today two days later with the met-at reason", "[cli][events]") {
    test::CliWorld world; // Monday 2 March 2026, noon, London

    const auto added = world.run(cli::registerEventCommand,
                                 {"event", "add", "London", "Rust", "Meetup", "--date", "2026-03-02",
                                  "--place", "Shoreditch"});
    REQUIRE(added.code == 0);
    CHECK_THAT(added.out, Contains("Added London Rust Meetup on Mon 2 Mar (id 1)."));

    const auto met = world.run(cli::registerMetCommand,
                               {"met", "Ana", "Lima", "--event", "rust", "--note",
                                "maintains a parser crate", "--company", "Ferrous"});
    REQUIRE(met.code == 0);
    CHECK_THAT(met.out, Contains("Met Ana Lima at London Rust Meetup · follow up by Wed 4 Mar."));
    CHECK_THAT(met.out, Contains("\"met at London Rust Meetup on Mon 2 Mar\""));
    CHECK(world.text("SELECT company || '|' || notes FROM contacts") == "Ferrous|maintains a parser crate");

    const auto tomorrow = world.run(cli::registerTodayCommand, {"today", "--date", "2026-03-03"});
    CHECK(tomorrow.out.find("Ana Lima") == std::string::npos);
    const auto later = world.run(cli::registerTodayCommand, {"today", "--date", "2026-03-04"});
    REQUIRE(later.code == 0);
    CHECK_THAT(later.out, Contains("1. Ana Lima — Ferrous"));
    CHECK_THAT(later.out, Contains("   · met at London Rust Meetup on Mon 2 Mar\n"));

    const auto list = world.run(cli::registerEventsCommand, {"events"});
    REQUIRE(list.code == 0);
    CHECK_THAT(list.out, Contains("Upcoming\n  London Rust Meetup — Mon 2 Mar · today — Shoreditch"));
    CHECK_THAT(list.out, Contains("1 person met, 0 followed up"));

    const auto json = world.run(cli::registerEventsCommand, {"events", "--json"});
    REQUIRE(json.code == 0);
    const auto doc = nlohmann::json::parse(json.out);
    REQUIRE(doc["events"].size() == 1);
    CHECK(doc["events"][0]["name"] == "London Rust Meetup");
    CHECK(doc["events"][0]["place"] == "Shoreditch");
    CHECK(doc["events"][0]["peopleMet"] == 1);
    CHECK(doc["events"][0]["people"][0]["name"] == "Ana Lima");
    CHECK(doc["events"][0]["people"][0]["status"] == "waiting");
    CHECK(doc["events"][0]["people"][0]["due"] == "2026-03-04");
}

TEST_CASE("bad event input gets a clear message and a non-zero exit", "[cli][events]") {
    test::CliWorld world;

    const auto badDate =
        world.run(cli::registerEventCommand, {"event", "add", "Meetup", "--date", "2026-02-30"});
    CHECK(badDate.code != 0);
    CHECK_THAT(badDate.err, Contains("--date: \"2026-02-30\" is not a date"));

    const auto noDate = world.run(cli::registerEventCommand, {"event", "add", "Meetup"});
    CHECK(noDate.code != 0);
    CHECK_THAT(noDate.err, Contains("--date"));

    const auto noEvents = world.run(cli::registerMetCommand, {"met", "Ana", "--event", "PyCon"});
    CHECK(noEvents.code != 0);
    CHECK_THAT(noEvents.err, Contains("no event called \"PyCon\" (you have none yet)"));

    REQUIRE(world.run(cli::registerEventCommand, {"event", "add", "PyCon UK", "--date", "2026-03-02"})
                .code == 0);
    REQUIRE(world.run(cli::registerEventCommand, {"event", "add", "PyCon US", "--date", "2026-05-14"})
                .code == 0);
    const auto ambiguous = world.run(cli::registerMetCommand, {"met", "Ana", "--event", "pycon"});
    CHECK(ambiguous.code != 0);
    CHECK_THAT(ambiguous.err, Contains("\"pycon\" matches 2 events"));
    const auto unknown = world.run(cli::registerMetCommand, {"met", "Ana", "--event", "Ruby"});
    CHECK(unknown.code != 0);
    CHECK_THAT(unknown.err, Contains("no event called \"Ruby\""));
    CHECK(world.count("SELECT count(*) FROM contacts") == 0);

    const auto byId = world.run(cli::registerMetCommand, {"met", "Ana", "--event", "2"});
    CHECK(byId.code == 0);
    CHECK_THAT(byId.out, Contains("at PyCon US"));
}
