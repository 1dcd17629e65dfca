// The sync password in a real Secret Service (gnome-keyring-daemon on a
// private session bus, tests/support/secret_service), and the plain answer
// when there is no keyring at all.
#include "platform/keyring/secret_service_keyring.h"
#include "tests/support/secret_service.h"

#include <catch2/catch.hpp>

#include <chrono>

using namespace rk;
using namespace rk::test;

// First in this file: GLib keeps the session bus it connected to for the
// rest of the process, so when all the cases run in one process (not ctest's
// way) this one must come before any bus is up.
TEST_CASE("With no session bus the keyring answers unavailable, at once", "[keyring]") {
    SessionBusAddress nowhere("unix:path=/nonexistent/rekindle-no-bus");
    SecretServiceKeyring keyring;
    const auto began = std::chrono::steady_clock::now();
    const KeyringAnswer looked = keyring.lookup("https://dav.example.com/", "ana");
    const KeyringAnswer stored = keyring.store("https://dav.example.com/", "ana", "secret");
    const auto took = std::chrono::steady_clock::now() - began;
    CHECK_FALSE(looked.available);
    CHECK_FALSE(looked.password);
    CHECK_FALSE(looked.problem.empty());
    CHECK_FALSE(stored.available);
    CHECK(took < std::chrono::seconds(2)); // a missing bus is refused by the kernel, not waited for
}

TEST_CASE("A password stored in the keyring is found again, per server and user, until forgotten",
          "[keyring]") {
    SecretServiceForTests::shared();
    SecretServiceKeyring keyring;
    const std::string server = "https://dav.example.com/";

    CHECK(keyring.lookup(server, "ana").available);
    CHECK_FALSE(keyring.lookup(server, "ana").password);

    REQUIRE(keyring.store(server, "ana", "first secret").available);
    REQUIRE(keyring.store(server, "ben", "ben's").available);
    CHECK(keyring.lookup(server, "ana").password == "first secret");
    CHECK_FALSE(keyring.lookup("https://other.example.com/", "ana").password);

    SECTION("a new password replaces the old one") {
        REQUIRE(keyring.store(server, "ana", "second secret").available);
        CHECK(keyring.lookup(server, "ana").password == "second secret");
    }
    SECTION("forgetting removes that one only, and a second forget is no problem") {
        CHECK(keyring.forget(server, "ana").available);
        CHECK_FALSE(keyring.lookup(server, "ana").password);
        CHECK(keyring.lookup(server, "ben").password == "ben's");
        CHECK(keyring.forget(server, "ana").available);
    }
    SECTION("another keeper in the same process sees the same entries") {
        SecretServiceKeyring other;
        CHECK(other.lookup(server, "ben").password == "ben's");
    }
    // Sections rerun the case from the top against the same keyring.
    REQUIRE(keyring.forget(server, "ana").available);
    REQUIRE(keyring.forget(server, "ben").available);
}

TEST_CASE("A stopped keeper answers unavailable instead of waiting", "[keyring]") {
    SecretServiceForTests::shared();
    SecretServiceKeyring keyring;
    keyring.stop();
    const KeyringAnswer answer = keyring.lookup("https://dav.example.com/", "ana");
    CHECK_FALSE(answer.available);
    CHECK_FALSE(answer.problem.empty());
}
