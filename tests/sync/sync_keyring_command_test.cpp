// rekindle sync and the system keyring, in-process, against a real Radicale
// and a real gnome-keyring-daemon (tests/support/secret_service): a password
// given with --password-stdin that works is saved; the next plain
// `rekindle sync` uses it; a saved one the server refuses says what to do.
#include "platform/keyring/secret_service_keyring.h"
#include "tests/cli/cli_world.h"
#include "tests/support/radicale_server.h"
#include "tests/support/secret_service.h"

#include <catch2/catch.hpp>

#include <fcntl.h>
#include <unistd.h>

#include <iostream>
#include <sstream>

using namespace rk;
using namespace rk::test;
using Catch::Contains;

namespace {

CliRun runWithInput(CliWorld& world, const std::string& input,
                    const std::vector<std::string>& args) {
    std::istringstream in(input);
    std::streambuf* old = std::cin.rdbuf(in.rdbuf());
    CliRun run = world.run(cli::registerSyncCommand, args);
    std::cin.rdbuf(old);
    return run;
}

// Standard input as a script has it (not a terminal, where the CLI would ask),
// whoever runs the test.
class StdinFromNowhere {
public:
    StdinFromNowhere() : m_saved(dup(STDIN_FILENO)) {
        const int none = open("/dev/null", O_RDONLY);
        dup2(none, STDIN_FILENO);
        close(none);
    }
    ~StdinFromNowhere() {
        dup2(m_saved, STDIN_FILENO);
        close(m_saved);
    }
    StdinFromNowhere(const StdinFromNowhere&) = delete;
    StdinFromNowhere& operator=(const StdinFromNowhere&) = delete;

private:
    int m_saved;
};

constexpr const char* kSavedLine = "Your password is saved in your system keyring: the next "
                                   "rekindle sync needs no --password-stdin.\n";

} // namespace

TEST_CASE("rekindle sync saves a password from --password-stdin that works, and uses it next time",
          "[sync][cli][keyring]") {
    SecretServiceForTests::shared();
    RadicaleServer server;
    CliWorld world;
    world.person("Ana Ruiz", Circle::Inner, "Northwind");
    SecretServiceKeyring keyring;

    CliRun wrong =
        runWithInput(world, "guess\n",
                     {"sync", "--server", server.url(), "--user", "alice", "--password-stdin"});
    CHECK(wrong.code == 1);
    CHECK_FALSE(keyring.lookup(server.url(), "alice").password); // only one that works is saved

    CliRun first =
        runWithInput(world, "secret\n",
                     {"sync", "--server", server.url(), "--user", "alice", "--password-stdin"});
    INFO(first.err);
    REQUIRE(first.code == 0);
    CHECK_THAT(first.out, Contains("Sent (1): Ana Ruiz"));
    CHECK_THAT(first.out, Contains(kSavedLine));
    CHECK(keyring.lookup(server.url(), "alice").password == "secret");
    CHECK(world.count("SELECT count(*) FROM sync_settings WHERE value LIKE '%secret%'") == 0);

    CliRun next = runWithInput(world, "", {"sync"});
    INFO(next.err);
    CHECK(next.code == 0);
    CHECK_THAT(next.out, Contains("Nothing changed on either side."));
    CHECK(next.out.find(kSavedLine) == std::string::npos); // already there

    SECTION("a saved password the server refuses stays saved, and the message says how to give a "
            "new one") {
        REQUIRE(keyring.store(server.url(), "alice", "an old one").available);
        CliRun refused = runWithInput(world, "", {"sync"});
        CHECK(refused.code == 1);
        CHECK(refused.err ==
              "rekindle: The server did not accept the password saved in your system keyring. Give "
              "the new one with --password-stdin: it replaces the saved one once it works.\n");
        CHECK(keyring.lookup(server.url(), "alice").password == "an old one");

        CliRun renewed = runWithInput(world, "secret\n", {"sync", "--password-stdin"});
        CHECK(renewed.code == 0);
        CHECK_THAT(renewed.out, Contains(kSavedLine));
        CHECK(keyring.lookup(server.url(), "alice").password == "secret");
    }
    SECTION("with nothing saved and no --password-stdin it says how to give one") {
        REQUIRE(keyring.forget(server.url(), "alice").available);
        StdinFromNowhere script;
        CliRun none = runWithInput(world, "", {"sync"});
        CHECK(none.code == 1);
        CHECK(none.err == "rekindle: No password is saved in your system keyring for alice at " +
                              server.url() +
                              ". Give it on standard input with --password-stdin.\n");
    }
    SECTION("a dry run saves nothing") {
        REQUIRE(keyring.forget(server.url(), "alice").available);
        CliRun dry = runWithInput(world, "secret\n", {"sync", "--password-stdin", "--dry-run"});
        CHECK(dry.code == 0);
        CHECK(dry.out.find(kSavedLine) == std::string::npos);
        CHECK_FALSE(keyring.lookup(server.url(), "alice").password);
    }
    static_cast<void>(keyring.forget(server.url(), "alice"));
}
