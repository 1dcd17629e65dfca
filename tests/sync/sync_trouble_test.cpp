// What goes wrong with a server: a wrong password, an edit racing ours, the
// server gone half-way, a plain-http address elsewhere. Each says so in
// plain words and loses nothing.
#include "tests/sync/sync_world.h"

#include <catch2/catch.hpp>

using namespace rk;
using namespace rk::test;

TEST_CASE("A wrong password says so and changes nothing", "[sync][trouble]") {
    SyncWorld world;
    SyncWorld::add(world.laptop, SyncWorld::person("Ana Ruiz"));
    HttpClient http("alice", "not the password");
    CardDavBook book(http, world.bookUrl);
    world.laptop.store.change("Set up sync", [&] {
        SyncState(world.laptop.store.db()).setAccount({world.server.url(), "alice", world.bookUrl});
    });
    CHECK_THROWS_WITH(syncAddressBook(world.laptop.store, book),
                      "The server did not accept the user name or password.");
    CHECK(SyncWorld::count(world.laptop, "SELECT count(*) FROM sync_cards") == 0);
    CHECK(world.serverCards().empty());
    // Discovery says the same.
    CHECK_THROWS_WITH(discoverAddressBook(http, world.server.url()),
                      "The server did not accept the user name or password.");
}

TEST_CASE("Passwords go over https only, except to this computer", "[sync][trouble]") {
    CHECK_NOTHROW(checkServerUrl("https://dav.example.com/"));
    CHECK_NOTHROW(checkServerUrl("http://127.0.0.1:5232/"));
    CHECK_NOTHROW(checkServerUrl("http://localhost/dav/"));
    CHECK_THROWS_WITH(checkServerUrl("http://dav.example.com/"),
                      Catch::Contains("only sends your password over https"));
    CHECK_THROWS_WITH(checkServerUrl("ftp://dav.example.com/"), Catch::Contains("is not a web address"));
    CHECK_THROWS_WITH(checkServerUrl("dav example"), Catch::Contains("is not a server address"));
}

TEST_CASE("A server nobody answers at is a clear message", "[sync][trouble]") {
    int port = 0;
    {
        RadicaleServer gone;
        port = gone.port();
    }
    HttpClient http("alice", "secret");
    CHECK_THROWS_WITH(discoverAddressBook(http, "http://127.0.0.1:" + std::to_string(port) + "/"),
                      Catch::StartsWith("Could not reach the server at 127.0.0.1"));
}

TEST_CASE("An edit racing ours on the server (412) is merged, not overwritten", "[sync][trouble]") {
    SyncWorld world;
    SyncWorld::add(world.laptop, SyncWorld::person("Ana Ruiz", "Northwind"));
    world.sync(world.laptop);
    SyncWorld::edit(world.laptop, "Ana Ruiz", [](Contact& c) { c.company = "Contoso"; });

    bool raced = false;
    const SyncReport r = world.sync(world.laptop, [&](AddressBook& real) {
        HookedBook hooked(real);
        // Just before our write, the phone changes the title.
        hooked.beforeWrite = [&](const std::string&) {
            if (raced) return;
            raced = true;
            world.editOnServer("FN:Ana Ruiz", "FN:Ana Ruiz\r\nTITLE:Director");
        };
        return syncAddressBook(world.laptop.store, hooked);
    });
    CHECK(raced);
    auto ana = SyncWorld::byName(world.laptop, "Ana Ruiz");
    CHECK(ana->company == "Contoso");
    CHECK(ana->title == "Director");
    auto card = world.serverCardWith("FN:Ana Ruiz");
    REQUIRE(card);
    CHECK(card->text.find("ORG:Contoso") != std::string::npos);
    CHECK(card->text.find("TITLE:Director") != std::string::npos);
    CHECK(r.conflicts.empty());
}

TEST_CASE("The server stopping mid-sync loses nothing, and the next sync finishes without doubles",
          "[sync][trouble]") {
    SyncWorld world;
    for (int i = 0; i < 6; ++i) SyncWorld::add(world.laptop, SyncWorld::person("Person " + std::to_string(i)));

    CHECK_THROWS_AS(world.sync(world.laptop,
                               [&](AddressBook& real) {
                                   HookedBook hooked(real);
                                   hooked.beforeWrite = [&](const std::string&) {
                                       if (hooked.writes == 3) world.server.stop();
                                   };
                                   return syncAddressBook(world.laptop.store, hooked);
                               }),
                    SyncError);
    // Nothing changed here; three cards made it to the server.
    CHECK(SyncWorld::count(world.laptop, "SELECT count(*) FROM sync_cards") == 0);
    CHECK(SyncWorld::activePeople(world.laptop) == 6);

    world.server.start();
    CHECK(world.serverCards().size() == 3);
    const SyncReport r = world.sync(world.laptop);
    CHECK(r.sent.size() == 3);
    CHECK(r.received.empty());
    CHECK(world.serverCards().size() == 6);
    CHECK(SyncWorld::activePeople(world.laptop) == 6);
    CHECK(SyncWorld::count(world.laptop, "SELECT count(*) FROM sync_cards") == 6);
    CHECK(world.sync(world.laptop).nothingChanged());
}

TEST_CASE("A card that holds no person (a group) is left alone", "[sync][trouble]") {
    SyncWorld world;
    HttpClient http("alice", "secret");
    CardDavBook book(http, world.bookUrl);
    const std::string group = "BEGIN:VCARD\r\nVERSION:4.0\r\nUID:group-1\r\nKIND:group\r\nFN:\r\nEND:VCARD\r\n";
    REQUIRE(book.put(book.hrefFor("group-1"), group, "").outcome == WriteOutcome::Written);
    const SyncReport r = world.sync(world.laptop);
    CHECK(r.received.empty());
    CHECK(r.skipped.size() == 1);
    CHECK(world.serverCards().size() == 1); // still there for the other clients
}
