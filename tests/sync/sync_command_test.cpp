// rekindle sync, in-process: set up with --server/--user/--password-stdin,
// then plain `rekindle sync`; what it prints; what it refuses.
#include "tests/cli/cli_world.h"
#include "tests/support/radicale_server.h"

#include "core/sync/sync_state.h"
#include "platform/dav/carddav_book.h"
#include "platform/dav/http_client.h"

#include <catch2/catch.hpp>

#include <iostream>
#include <sstream>

using namespace rk;
using namespace rk::test;

namespace {

// Runs with `input` as standard input, where --password-stdin reads.
CliRun runWithInput(CliWorld& world, const std::string& input, const std::vector<std::string>& args) {
    std::istringstream in(input);
    std::streambuf* old = std::cin.rdbuf(in.rdbuf());
    CliRun run = world.run(cli::registerSyncCommand, args);
    std::cin.rdbuf(old);
    return run;
}

} // namespace

TEST_CASE("rekindle sync sets up once, then syncs with the saved account and the password only",
          "[sync][cli]") {
    RadicaleServer server;
    CliWorld world;
    world.person("Ana Ruiz", Circle::Inner, "Northwind");

    CliRun dry = runWithInput(world, "secret\n",
                              {"sync", "--server", server.url(), "--user", "alice", "--password-stdin", "--dry-run"});
    CHECK(dry.code == 0);
    CHECK(dry.out.find("no address book yet") != std::string::npos);
    CHECK(world.count("SELECT count(*) FROM sync_settings") == 0);

    CliRun first = runWithInput(world, "secret\n",
                                {"sync", "--server", server.url(), "--user", "alice", "--password-stdin"});
    INFO(first.err);
    CHECK(first.code == 0);
    CHECK(first.out.find("Synced with " + server.url() + "alice/rekindle/:") != std::string::npos);
    CHECK(first.out.find("Sent (1): Ana Ruiz") != std::string::npos);
    // The account is remembered, the password is not.
    CHECK(world.text("SELECT value FROM sync_settings WHERE key = 'user'") == "alice");
    CHECK(world.count("SELECT count(*) FROM sync_settings WHERE value LIKE '%secret%'") == 0);
    // Asked at set-up: Radicale lists no vCard version, so 4.0.
    CHECK(world.text("SELECT value FROM sync_settings WHERE key = 'card_version'") == "4.0");

    CliRun again = runWithInput(world, "secret\n", {"sync", "--password-stdin"});
    CHECK(again.code == 0);
    CHECK(again.out.find("Nothing changed on either side.") != std::string::npos);

    // A database set up before Rekindle asked the version asks once, at its next sync.
    {
        Store store(world.db, world.clock);
        store.db().exec("DELETE FROM sync_settings WHERE key = 'card_version'");
    }
    CliRun asked = runWithInput(world, "secret\n", {"sync", "--password-stdin"});
    CHECK(asked.code == 0);
    CHECK(asked.out.find("Nothing changed on either side.") != std::string::npos);
    CHECK(world.text("SELECT value FROM sync_settings WHERE key = 'card_version'") == "4.0");

    // The phone changes Ana's company: taken here, with a backup first.
    {
        HttpClient http("alice", "secret");
        CardDavBook book(http, server.url() + "alice/rekindle/");
        RemoteChanges all = book.changesSince("");
        REQUIRE(all.present.size() == 1);
        RemoteCard card = book.fetch(std::vector<std::string>{all.present[0].href}).at(0);
        const std::size_t org = card.text.find("ORG:Northwind");
        REQUIRE(org != std::string::npos);
        card.text.replace(org, 13, "ORG:Fabrikam");
        REQUIRE(book.put(card.href, card.text, card.etag).outcome == WriteOutcome::Written);
    }
    CliRun taken = runWithInput(world, "secret\n", {"sync", "--password-stdin"});
    CHECK(taken.out.find("Updated here (1): Ana Ruiz") != std::string::npos);
    CHECK(taken.out.find("in a backup") != std::string::npos);
    CHECK(world.text("SELECT company FROM contacts") == "Fabrikam");
    int backups = 0;
    for (const auto& f : std::filesystem::directory_iterator(world.file("backups")))
        backups += f.path().filename().string().find("-before-sync") != std::string::npos;
    CHECK(backups == 1);

    CliRun wrong = runWithInput(world, "guess\n", {"sync", "--password-stdin"});
    CHECK(wrong.code == 1);
    CHECK(wrong.err == "rekindle: The server did not accept the user name or password.\n");
}

TEST_CASE("rekindle sync says what it needs when it is not set up or has no password", "[sync][cli]") {
    CliWorld world;
    CliRun none = runWithInput(world, "", {"sync", "--password-stdin"});
    CHECK(none.code == 1);
    CHECK(none.err.find("Sync is not set up yet. Start with: rekindle sync --server") != std::string::npos);

    CliRun half = runWithInput(world, "secret\n", {"sync", "--server", "https://dav.example.com/", "--password-stdin"});
    CHECK(half.code == 1);
    CHECK(half.err == "rekindle: Setting up sync needs both --server and --user.\n");

    CliRun plain = runWithInput(world, "secret\n",
                                {"sync", "--server", "http://dav.example.com/", "--user", "a", "--password-stdin"});
    CHECK(plain.code == 1);
    CHECK(plain.err.find("only sends your password over https") != std::string::npos);

    CliRun empty = runWithInput(world, "\n", {"sync", "--server", "https://dav.example.com/", "--user", "a",
                                              "--password-stdin"});
    CHECK(empty.code == 1);
    CHECK(empty.err == "rekindle: No password was given.\n");
}
