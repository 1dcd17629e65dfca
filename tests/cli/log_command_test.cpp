#include "main/cli/commands.h"
#include "tests/cli/cli_world.h"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace rk;
using rk::cli::registerLogCommand;

TEST_CASE("log by id writes the interaction with its flags and reschedules", "[cli][log]") {
    test::CliWorld world;
    const ContactId ana = world.person("Ana Lima", Circle::Inner);
    const auto id = std::to_string(ana);

    const auto run = world.run(registerLogCommand, {"log", id, "--kind", "coffee", "--note",
                                                    "Talked about payments", "--asked", "--gave"});

    CHECK(run.code == 0);
    CHECK(run.err.empty());
    CHECK(run.out == "Had coffee with Ana Lima (2 Mar). Next follow-up Mon 16 Mar.\n");
    CHECK(world.count("SELECT count(*) FROM interactions") == 1);
    CHECK(world.count("SELECT count(*) FROM interactions WHERE contact_id = " + id +
                      " AND kind = 2 AND direction = 0 AND asked_help = 1 AND gave_help = 1"
                      " AND awaiting_reply = 0 AND note = 'Talked about payments' AND at = " +
                      std::to_string(world.clock.now())) == 1);
    CHECK(world.text("SELECT next_due FROM contacts WHERE id = " + id) == "2026-03-16");
}

TEST_CASE("log finds the person by a part of the name", "[cli][log]") {
    test::CliWorld world;
    const ContactId ana = world.person("Ana Lima");
    const ContactId anaL = world.person("Ana Limaverde");
    world.person("Bo Chen");

    SECTION("a part only one name has, in any case") {
        const auto run = world.run(registerLogCommand, {"log", "VERDE", "--kind", "call"});
        CHECK(run.code == 0);
        CHECK(world.count("SELECT contact_id FROM interactions") == anaL);
    }
    SECTION("a whole name wins over the longer names that contain it") {
        const auto run = world.run(registerLogCommand, {"log", "Ana", "Lima", "--kind", "call"});
        CHECK(run.code == 0);
        CHECK(run.out.rfind("Called Ana Lima", 0) == 0);
        CHECK(world.count("SELECT contact_id FROM interactions") == ana);
    }
    SECTION("a part several names share lists them and logs nothing") {
        const auto run = world.run(registerLogCommand, {"log", "ana", "--kind", "call"});
        CHECK(run.code == 2);
        CHECK(run.out.empty());
        CHECK(run.err ==
              "rekindle: \"ana\" matches more than one person; give more of the name or the id:\n"
              "  " +
                  std::to_string(ana) +
                  "  Ana Lima\n"
                  "  " +
                  std::to_string(anaL) + "  Ana Limaverde\n");
        CHECK(world.count("SELECT count(*) FROM interactions") == 0);
    }
    SECTION("no one") {
        const auto run = world.run(registerLogCommand, {"log", "Zed", "--kind", "call"});
        CHECK(run.code == 1);
        CHECK(run.err == "rekindle: No one's name contains \"Zed\". Try `rekindle find Zed`.\n");
        CHECK(world.count("SELECT count(*) FROM interactions") == 0);
    }
    SECTION("an id no one has") {
        const auto run = world.run(registerLogCommand, {"log", "99", "--kind", "call"});
        CHECK(run.code == 1);
        CHECK(run.err == "rekindle: There is no contact with id 99.\n");
        CHECK(world.count("SELECT count(*) FROM interactions") == 0);
    }
}

TEST_CASE("log refuses an unknown kind before touching the database", "[cli][log]") {
    test::CliWorld world;
    const auto run = world.run(registerLogCommand, {"log", "Ana", "--kind", "fax"});
    CHECK(run.code == 2);
    CHECK(run.err ==
          "rekindle: --kind: \"fax\" is not a kind; use email, call, coffee, meeting, message, "
          "event or other.\n");
    CHECK_FALSE(std::filesystem::exists(world.db));
}

TEST_CASE("log --at takes a past time as written", "[cli][log]") {
    test::CliWorld world;
    const ContactId ana = world.person("Ana Lima");
    const auto at = [&] {
        return world.count("SELECT at FROM interactions WHERE contact_id = " + std::to_string(ana));
    };

    SECTION("a zoned ISO time is that instant") {
        const auto run = world.run(
            registerLogCommand, {"log", "Ana", "--kind", "email", "--at", "2026-02-20T09:30:00Z"});
        CHECK(run.code == 0);
        CHECK(run.out.rfind("Emailed Ana Lima (20 Feb).", 0) == 0);
        CHECK(at() == 1'771'579'800);
    }
    SECTION("an offset is taken off") {
        CHECK(world
                  .run(registerLogCommand,
                       {"log", "Ana", "--kind", "email", "--at", "2026-02-20T09:30:00+01:00"})
                  .code == 0);
        CHECK(at() == 1'771'579'800 - 3600);
    }
    SECTION("a local date is noon that day") {
        CHECK(world.run(registerLogCommand, {"log", "Ana", "--kind", "email", "--at", "2026-02-20"})
                  .code == 0);
        CHECK(at() == test::localTime(2026, 2, 20));
    }
    SECTION("yesterday") {
        CHECK(world.run(registerLogCommand, {"log", "Ana", "--kind", "email", "--at", "yesterday"})
                  .code == 0);
        CHECK(at() == world.clock.now() - 86400);
    }
}

TEST_CASE("log refuses an --at in the future or that is not a time, logging nothing",
          "[cli][log]") {
    test::CliWorld world;
    world.person("Ana Lima");
    const auto [at, message] = GENERATE(table<std::string, std::string>({
        {"2026-03-03T09:00:00Z",
         "rekindle: --at: that is in the future; log what already happened.\n"},
        {"2026-03-09",
         "rekindle: --at: That is in the future. Log what already happened, or add a reminder.\n"},
        {"soon", "rekindle: --at: "},
    }));

    const auto run = world.run(registerLogCommand, {"log", "Ana", "--kind", "email", "--at", at});

    CHECK(run.code == 2);
    CHECK(run.out.empty());
    CHECK(run.err.rfind(message, 0) == 0);
    CHECK(world.count("SELECT count(*) FROM interactions") == 0);
}

TEST_CASE("log --in ignores --awaiting-reply with a warning", "[cli][log]") {
    test::CliWorld world;
    world.person("Ana Lima");

    const auto run = world.run(registerLogCommand,
                               {"log", "Ana", "--kind", "message", "--in", "--awaiting-reply"});

    CHECK(run.code == 0);
    CHECK(run.out.rfind("Message from Ana Lima (2 Mar).", 0) == 0);
    CHECK(run.err == "rekindle: --awaiting-reply is for messages you sent; ignored.\n");
    CHECK(world.count("SELECT count(*) FROM interactions WHERE direction = 1 AND awaiting_reply = "
                      "0 AND kind = 4") == 1);
}

TEST_CASE("log takes --in or --out, not both", "[cli][log]") {
    test::CliWorld world;
    world.person("Ana Lima");

    const auto run =
        world.run(registerLogCommand, {"log", "Ana", "--kind", "call", "--in", "--out"});

    CHECK(run.code != 0);
    CHECK(run.err.find("--in") != std::string::npos);
    CHECK(world.count("SELECT count(*) FROM interactions") == 0);
}
