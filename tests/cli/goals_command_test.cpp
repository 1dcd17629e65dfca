// rekindle goals [--json] and rekindle goal add (issue 13).
#include "main/cli/commands.h"
#include "tests/cli/cli_world.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>

using namespace rk;
using rk::cli::registerGoalCommand;
using rk::cli::registerGoalsCommand;

TEST_CASE("goal add makes a goal that goals shows with its progress", "[cli][goals]") {
    test::CliWorld world; // Monday 2 March 2026, London
    const ContactId ana = world.person("Ana Lima"), bo = world.person("Bo Chen");
    world.logged(ana, 0);
    world.logged(bo, 7); // last week

    auto run = world.run(registerGoalCommand, {"goal", "add", "reach-out", "--target", "2", "--per", "week"});
    CHECK(run.code == 0);
    CHECK(run.err.empty());
    CHECK(run.out == "Added the goal: Reach out to 2 people a week (goal 1)\n");
    run = world.run(registerGoalCommand, {"goal", "add", "answer-replies", "--target", "3"});
    CHECK(run.code == 0);
    CHECK(world.count("SELECT count(*) FROM goals WHERE per = 'week' AND kind = 6 AND target = 3") == 1);

    run = world.run(registerGoalsCommand, {"goals"});
    CHECK(run.code == 0);
    CHECK(run.out.find("1. Reach out to 2 people a week\n   1 of 2 this week (2026-03-02 to 2026-03-08) · 7 days left\n") !=
          std::string::npos);
    CHECK(run.out.find("2. Answer every reply within 3 days\n   Nothing to answer yet this week") != std::string::npos);

    run = world.run(registerGoalsCommand, {"goals", "--json"});
    REQUIRE(run.code == 0);
    const auto doc = nlohmann::json::parse(run.out);
    REQUIRE(doc["goals"].size() == 2);
    const auto& g = doc["goals"][0];
    CHECK(g["kind"] == "reach-out");
    CHECK(g["per"] == "week");
    CHECK(g["target"] == 2);
    CHECK(g["period"]["first"] == "2026-03-02");
    CHECK(g["period"]["last"] == "2026-03-08");
    CHECK(g["period"]["done"] == 1);
    CHECK(g["period"]["met"] == false);
    CHECK(g["daysLeft"] == 7);
    CHECK(g["streak"] == 0);
    REQUIRE(g["history"].size() == 6);
    CHECK(g["history"][5]["first"] == "2026-02-23");
    CHECK(g["history"][5]["done"] == 1);
    CHECK(g["fit"] == "fine");
}

TEST_CASE("goal add refuses what it can't use, and changes nothing", "[cli][goals]") {
    test::CliWorld world;
    struct Row {
        std::vector<std::string> args;
        const char* message;
    };
    const Row rows[] = {
        {{"goal", "add", "coffee", "--target", "2"},
         "rekindle: \"coffee\" is not a kind of goal; use one of: reach-out, meet, reconnect, give-help, log, "
         "clear-today, answer-replies.\n"},
        {{"goal", "add", "log", "--target", "2", "--per", "day"},
         "rekindle: --per: \"day\" is not a period; use week or month.\n"},
        {{"goal", "add", "clear-today", "--target", "9"},
         "rekindle: --target: A week has 1 to 7 days to clear the queue on.\n"},
        {{"goal", "add", "log", "--target", "0", "--per", "month"},
         "rekindle: --target: A goal's target is a number from 1 to 999.\n"},
    };
    for (const Row& row : rows) {
        INFO(row.message);
        const auto run = world.run(registerGoalCommand, row.args);
        CHECK(run.code == 2);
        CHECK(run.err == row.message);
    }
    CHECK_FALSE(std::filesystem::exists(world.db)); // nothing was even created
    (void)world.person("Ana Lima");
    const auto empty = world.run(registerGoalsCommand, {"goals"});
    CHECK(empty.out == "No goals yet. Add one with: rekindle goal add reach-out --target 5 --per week\n");
}
