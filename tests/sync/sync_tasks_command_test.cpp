// rekindle sync, in-process, for the follow-ups: the task list is found (or
// made) when sync is set up, remembered, and each sync says in one line what
// happened to the tasks; --dry-run says what would, changing nothing.
#include "tests/cli/cli_world.h"
#include "tests/support/radicale_server.h"

#include "core/sync/vtodo_reader.h"
#include "platform/dav/caldav_tasks.h"
#include "platform/dav/http_client.h"

#include <catch2/catch.hpp>

#include <iostream>
#include <sstream>

using namespace rk;
using namespace rk::test;

namespace {

CliRun syncWithPassword(CliWorld& world, const std::vector<std::string>& args) {
    std::istringstream in("secret\n");
    std::streambuf* old = std::cin.rdbuf(in.rdbuf());
    CliRun run = world.run(cli::registerSyncCommand, args);
    std::cin.rdbuf(old);
    return run;
}

} // namespace

TEST_CASE("rekindle sync puts the follow-ups in a task list and takes back what the phone did",
          "[sync][tasks][cli]") {
    RadicaleServer server;
    CliWorld world;
    world.person("Ana Ruiz", Circle::Inner, "Northwind");
    const std::string list = server.url() + "alice/rekindle-follow-ups/";

    CliRun first = syncWithPassword(world, {"sync", "--server", server.url(), "--user", "alice", "--password-stdin"});
    INFO(first.err);
    CHECK(first.code == 0);
    CHECK(first.out.find("Tasks: 1 sent (" + list + ")\n") != std::string::npos);
    CHECK(world.text("SELECT value FROM sync_settings WHERE key = 'task_list'") == list);

    // The phone ticks Ana off.
    {
        HttpClient http("alice", "secret");
        CalDavTasks tasks(http, list);
        const auto present = tasks.changesSince("").present;
        REQUIRE(present.size() == 1);
        const std::vector<std::string> hrefs{present.front().href};
        RemoteTask task = tasks.fetch(hrefs).front();
        const auto done = completedTask(task.text, world.clock.now() - 3600);
        REQUIRE(done);
        REQUIRE(tasks.put(task.href, *done, task.etag).outcome == WriteOutcome::Written);
    }

    CliRun dry = syncWithPassword(world, {"sync", "--password-stdin", "--dry-run"});
    CHECK(dry.code == 0);
    CHECK(dry.out.find("If synced now, Tasks: 1 done from your phone (" + list + ")\n") != std::string::npos);
    CHECK(world.count("SELECT count(*) FROM interactions") == 0);

    CliRun again = syncWithPassword(world, {"sync", "--password-stdin"});
    CHECK(again.code == 0);
    // Done here, and her next round goes to the phone as a new task.
    CHECK(again.out.find("Tasks: 1 sent, 1 done from your phone (" + list + ")\n") != std::string::npos);
    CHECK(again.out.find("  Done from your phone (1): Follow up with Ana Ruiz\n") != std::string::npos);
    CHECK(world.count("SELECT count(*) FROM interactions WHERE note = 'Done from your task list'") == 1);

    CliRun quiet = syncWithPassword(world, {"sync", "--password-stdin"});
    CHECK(quiet.out.find("Tasks: nothing changed") != std::string::npos);
}

TEST_CASE("rekindle sync with a server that keeps no task lists syncs the people and says the follow-ups stay here",
          "[sync][tasks][cli]") {
    RadicaleServer server(RadicaleServer::Rights::AddressBooksOnly);
    CliWorld world;
    world.person("Ana Ruiz", Circle::Inner, "Northwind");

    CliRun run = syncWithPassword(world, {"sync", "--server", server.url(), "--user", "alice", "--password-stdin"});
    INFO(run.out << run.err);
    CHECK(run.code == 0);
    CHECK(run.out.find("Sent (1): Ana Ruiz") != std::string::npos);
    CHECK(run.out.find("Tasks: your follow-ups stay here, since no task list was found. The server refused making "
                       "a task list for Rekindle (HTTP 403): check what this user may do there.\n") !=
          std::string::npos);
    CHECK(world.count("SELECT count(*) FROM sync_settings WHERE key = 'task_list'") == 0);
}
