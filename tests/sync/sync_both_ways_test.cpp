// Two databases and a real Radicale: people go up, come down, edits and
// deletions travel both ways, and a sync with nothing new costs one request.
#include "tests/sync/sync_world.h"

#include <catch2/catch.hpp>

using namespace rk;
using namespace rk::test;

TEST_CASE("Discovery finds alice's address book from the server's base address, and makes one if none",
          "[sync][dav]") {
    RadicaleServer server;
    HttpClient http("alice", "secret");
    const std::string made = discoverAddressBook(http, server.url());
    CHECK(made == server.url() + "alice/rekindle/");
    // The second time it is found, not made again.
    CHECK(discoverAddressBook(http, server.url()) == made);
    // Given the address book itself, that is it.
    CHECK(discoverAddressBook(http, made) == made);
}

TEST_CASE("A first sync sends everyone up and a second database receives them with every field",
          "[sync]") {
    SyncWorld world;
    Contact ana = SyncWorld::person("Ana Ruiz", "Northwind");
    ana.title = "Engineering manager";
    ana.circle = Circle::Inner;
    ana.cadenceDays = 21;
    ana.notes = "Met at RustConf.\nLikes climbing.";
    ana.tags = {"mentor", "rust"};
    // Several values, commas and semicolons inside: Radicale's vobject
    // keeps them only written one value a property.
    ana.knows = {"hiring", "climbing, bouldering"};
    ana.pastRoles = {{0, "Initech; Ltd", "Engineer", "2019"}, {0, "Globex", "Intern", ""}};
    ana.methods = {{0, MethodKind::Email, "work", "ana@northwind.example"},
                   {0, MethodKind::Phone, "mobile", "+44 7700 900123"}};
    SyncWorld::add(world.laptop, ana);
    SyncWorld::add(world.laptop, SyncWorld::person("Ben Ode", "Contoso"));

    const SyncReport up = world.sync(world.laptop);
    CHECK(up.sent.size() == 2);
    CHECK(up.summary() == "Synced: 2 sent");
    CHECK(world.serverCards().size() == 2);

    const SyncReport down = world.sync(world.desktop);
    CHECK(down.received.size() == 2);
    auto got = SyncWorld::byName(world.desktop, "Ana Ruiz");
    REQUIRE(got);
    CHECK(got->company == "Northwind");
    CHECK(got->title == "Engineering manager");
    CHECK(got->circle == Circle::Inner);
    CHECK(got->cadenceDays == 21);
    CHECK(got->notes == "Met at RustConf.\nLikes climbing.");
    CHECK(got->tags == std::vector<std::string>{"mentor", "rust"});
    CHECK(got->knows == std::vector<std::string>{"climbing, bouldering", "hiring"}); // kept sorted
    REQUIRE(got->pastRoles.size() == 2);
    CHECK(got->pastRoles[0].company == "Initech; Ltd");
    CHECK(got->pastRoles[0].title == "Engineer");
    CHECK(got->pastRoles[0].until == "2019");
    CHECK(got->pastRoles[1].company == "Globex");
    REQUIRE(got->methods.size() == 2);
    CHECK(got->methods[1].value == "+44 7700 900123");

    // And then both are in step: nothing to do, in one request.
    CHECK(world.sync(world.laptop).nothingChanged());
    const SyncReport quiet = world.sync(world.desktop);
    CHECK(quiet.nothingChanged());
    CHECK(quiet.summary() == "Synced: nothing changed");
    CHECK(world.lastRequests == 1);
}

TEST_CASE("An edit made on the server by another client comes back, and one made here goes up",
          "[sync]") {
    SyncWorld world;
    SyncWorld::add(world.laptop, SyncWorld::person("Ana Ruiz", "Northwind"));
    world.sync(world.laptop);

    world.editOnServer("ORG:Northwind", "ORG:Fabrikam");
    const SyncReport in = world.sync(world.laptop);
    CHECK(in.updatedHere == std::vector<std::string>{"Ana Ruiz"});
    CHECK(SyncWorld::byName(world.laptop, "Ana Ruiz")->company == "Fabrikam");
    // Taking it marks nothing to send back.
    CHECK(world.sync(world.laptop).nothingChanged());

    SyncWorld::edit(world.laptop, "Ana Ruiz", [](Contact& c) { c.title = "Director"; });
    const SyncReport out = world.sync(world.laptop);
    CHECK(out.updatedThere == std::vector<std::string>{"Ana Ruiz"});
    CHECK(world.serverCardWith("TITLE:Director"));
}

TEST_CASE("A field changed on both sides keeps ours, sends it, and records the server's value",
          "[sync][conflict]") {
    SyncWorld world;
    SyncWorld::add(world.laptop, SyncWorld::person("Ana Ruiz", "Northwind"));
    world.sync(world.laptop);

    world.editOnServer("ORG:Northwind", "ORG:Fabrikam");
    world.editOnServer("FN:Ana Ruiz", "FN:Ana Ruiz\r\nTITLE:Director"); // a field we didn't touch
    SyncWorld::edit(world.laptop, "Ana Ruiz", [](Contact& c) { c.company = "Contoso"; });

    const SyncReport r = world.sync(world.laptop);
    CHECK(r.conflicts == std::vector<std::string>{"Ana Ruiz: company"});
    auto ana = SyncWorld::byName(world.laptop, "Ana Ruiz");
    CHECK(ana->company == "Contoso");
    CHECK(ana->title == "Director"); // changed on one side only: taken
    CHECK(world.serverCardWith("ORG:Contoso"));
    CHECK(world.serverCardWith("TITLE:Director"));
    Statement q(world.laptop.store.db(), "SELECT field, local_value, remote_value FROM sync_conflicts");
    REQUIRE(q.step());
    CHECK(q.text(0) == "company");
    CHECK(q.text(1) == "Contoso");
    CHECK(q.text(2) == "Fabrikam");
}

TEST_CASE("Deletions travel both ways into the trash, never past it", "[sync][delete]") {
    SyncWorld world;
    SyncWorld::add(world.laptop, SyncWorld::person("Ana Ruiz"));
    SyncWorld::add(world.laptop, SyncWorld::person("Ben Ode"));
    world.sync(world.laptop);
    world.sync(world.desktop);

    SECTION("put in the trash here: deleted on the server, to the trash on the other database") {
        SyncWorld::trash(world.laptop, "Ana Ruiz");
        CHECK(world.sync(world.laptop).deletedThere == std::vector<std::string>{"Ana Ruiz"});
        CHECK(world.serverCards().size() == 1);
        CHECK(world.sync(world.desktop).trashedHere == std::vector<std::string>{"Ana Ruiz"});
        auto ana = SyncWorld::byName(world.desktop, "Ana Ruiz");
        REQUIRE(ana);
        CHECK(ana->deletedAt); // in the trash, restorable
    }
    SECTION("deleted on the server by another client: to the trash here") {
        world.deleteOnServer("FN:Ben Ode");
        CHECK(world.sync(world.laptop).trashedHere == std::vector<std::string>{"Ben Ode"});
        CHECK(SyncWorld::activePeople(world.laptop) == 1);
    }
    SECTION("deleted on the server, edited here: the person comes back on the server") {
        world.deleteOnServer("FN:Ben Ode");
        SyncWorld::edit(world.laptop, "Ben Ode", [](Contact& c) { c.company = "Contoso"; });
        CHECK(world.sync(world.laptop).cameBack == std::vector<std::string>{"Ben Ode"});
        CHECK(world.serverCardWith("ORG:Contoso"));
        CHECK(SyncWorld::activePeople(world.laptop) == 2);
    }
    SECTION("edited on the server, trashed here: the person comes back here with the edit") {
        SyncWorld::edit(world.desktop, "Ben Ode", [](Contact& c) { c.company = "Contoso"; });
        world.sync(world.desktop);
        SyncWorld::trash(world.laptop, "Ben Ode");
        const SyncReport r = world.sync(world.laptop);
        CHECK(r.cameBack == std::vector<std::string>{"Ben Ode"});
        auto ben = SyncWorld::byName(world.laptop, "Ben Ode");
        CHECK_FALSE(ben->deletedAt);
        CHECK(ben->company == "Contoso");
        CHECK(world.serverCards().size() == 2);
    }
}

TEST_CASE("A sync is one undoable step, and the next sync sends the undo", "[sync][undo]") {
    SyncWorld world;
    SyncWorld::add(world.laptop, SyncWorld::person("Ana Ruiz", "Northwind"));
    world.sync(world.laptop);
    world.editOnServer("ORG:Northwind", "ORG:Fabrikam");
    world.sync(world.laptop);
    CHECK(world.laptop.store.history().undoLabel() == "Synced: 1 received");
    world.laptop.store.undo();
    CHECK(SyncWorld::byName(world.laptop, "Ana Ruiz")->company == "Northwind");
    CHECK(world.sync(world.laptop).updatedThere == std::vector<std::string>{"Ana Ruiz"});
    CHECK(world.serverCardWith("ORG:Northwind"));
}

TEST_CASE("A dry run says what would happen and writes nothing anywhere", "[sync][dry]") {
    SyncWorld world;
    SyncWorld::add(world.laptop, SyncWorld::person("Ana Ruiz"));
    world.sync(world.laptop);
    SyncWorld::add(world.laptop, SyncWorld::person("Ben Ode"));
    world.editOnServer("FN:Ana Ruiz", "FN:Ana Ruiz\r\nTITLE:Director");

    const SyncReport dry = world.sync(world.laptop, {}, SyncOptions{.dryRun = true, .beforeApply = {}});
    CHECK(dry.sent == std::vector<std::string>{"Ben Ode"});
    CHECK(dry.updatedHere == std::vector<std::string>{"Ana Ruiz"});
    CHECK(dry.summary() == "Sync would do: 1 received, 1 sent");
    CHECK(world.serverCards().size() == 1);
    CHECK(SyncWorld::byName(world.laptop, "Ana Ruiz")->title.empty());

    const SyncReport real = world.sync(world.laptop);
    CHECK(real.sent == dry.sent);
    CHECK(real.updatedHere == dry.updatedHere);
}

TEST_CASE("Two databases with new people before their first sync each end with everyone, once",
          "[sync]") {
    SyncWorld world;
    // Both databases' first person is number 1, made the same second.
    SyncWorld::add(world.laptop, SyncWorld::person("Ana Ruiz"));
    SyncWorld::add(world.desktop, SyncWorld::person("Ben Ode"));
    world.sync(world.laptop);
    CHECK(world.sync(world.desktop).received == std::vector<std::string>{"Ana Ruiz"});
    CHECK(world.sync(world.laptop).received == std::vector<std::string>{"Ben Ode"});
    CHECK(SyncWorld::activePeople(world.laptop) == 2);
    CHECK(SyncWorld::activePeople(world.desktop) == 2);
    CHECK(world.serverCards().size() == 2);
}

TEST_CASE("A first sync into an empty address book sends everyone in a few requests, name kept",
          "[sync][bulk]") {
    SyncWorld world;
    world.laptop.store.change("Add people", [&] {
        ContactRepo repo(world.laptop.store.db());
        for (int i = 0; i < 40; ++i) {
            Contact c = SyncWorld::person("Person " + std::to_string(10 + i));
            repo.insert(c, world.laptop.clock.now());
        }
    });
    const SyncReport r = world.sync(world.laptop);
    CHECK(r.sent.size() == 40);
    CHECK(world.lastRequests <= 6); // listing, version, the write, its name, listing, cards
    CHECK(world.serverCards().size() == 40);
    CHECK(world.sync(world.laptop).nothingChanged());
    CHECK(world.lastRequests == 1);
    CHECK(world.sync(world.desktop).received.size() == 40);

    HttpClient http("alice", "secret");
    CHECK(discoverAddressBook(http, world.server.url()) == world.bookUrl);
    const HttpResponse names = http.send("PROPFIND", world.bookUrl,
                                         R"(<?xml version="1.0"?><d:propfind xmlns:d="DAV:"><d:prop>)"
                                         R"(<d:displayname/></d:prop></d:propfind>)",
                                         {"Depth: 0"});
    CHECK(names.body.find(">Rekindle<") != std::string::npos);
}
