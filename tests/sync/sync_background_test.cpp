// The app's way to sync: the server work on a connection of its own (a
// SyncJob on its thread), the plan applied after on the app's connection,
// which leaves alone whoever was edited in between.
#include "core/sync/sync_job.h"
#include "core/sync/sync_plan.h"
#include "platform/dav/dav_server.h"
#include "tests/sync/sync_world.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <thread>

using namespace rk;
using namespace rk::test;

namespace {

// Waits for the job's outcome; the server is on loopback, the bound is for a busy CI.
SyncOutcome waitFor(SyncJob& job) {
    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (std::chrono::steady_clock::now() < until) {
        if (auto outcome = job.take()) return std::move(*outcome);
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    FAIL("the sync did not finish within a minute");
    return {};
}

} // namespace

TEST_CASE("A plan made on another connection leaves alone whoever was edited before it is applied",
          "[sync][background]") {
    SyncWorld world;
    SyncWorld::add(world.laptop, SyncWorld::person("Ana Ruiz", "Acme"));
    SyncWorld::add(world.laptop, SyncWorld::person("Ben Okafor", "Initech"));
    world.sync(world.laptop);
    world.editOnServer("Acme", "Globex");
    world.editOnServer("Initech", "Hooli");

    // The sync's own connection reads everyone and talks to the server…
    Store worker(world.laptop.dir.file("rekindle.db"), world.laptop.clock);
    HttpClient http("alice", "secret");
    CardDavBook book(http, world.bookUrl);
    PlannedSync planned = planAddressBookSync(worker, book, false);
    REQUIRE(planned.report.updatedHere.size() == 2);

    // …while Ana's title is typed in the window.
    SyncWorld::edit(world.laptop, "Ana Ruiz", [](Contact& c) { c.title = "CTO"; });

    const std::vector<std::string> left =
        applySyncPlan(world.laptop.store, planned.plan, planned.report.summary(), PlanCheck::CompareSeen);
    CHECK(left == std::vector<std::string>{"Ana Ruiz"});
    CHECK(SyncWorld::byName(world.laptop, "Ben Okafor")->company == "Hooli");
    const Contact ana = *SyncWorld::byName(world.laptop, "Ana Ruiz");
    CHECK(ana.title == "CTO");      // the edit is kept
    CHECK(ana.company == "Acme");   // the server's change waits

    // The next sync brings both sides together: her company from the server,
    // her title from here, and no conflict (each changed on one side).
    const SyncReport next = world.sync(world.laptop);
    CHECK(next.conflicts.empty());
    const Contact after = *SyncWorld::byName(world.laptop, "Ana Ruiz");
    CHECK(after.company == "Globex");
    CHECK(after.title == "CTO");
    const auto onServer = world.serverCardWith("Ana Ruiz");
    REQUIRE(onServer);
    CHECK(onServer->text.find("Globex") != std::string::npos);
    CHECK(onServer->text.find("CTO") != std::string::npos);
}

TEST_CASE("A plan applied with nothing written meanwhile is applied whole", "[sync][background]") {
    SyncWorld world;
    SyncWorld::add(world.laptop, SyncWorld::person("Ana Ruiz", "Acme"));
    world.sync(world.laptop);
    world.editOnServer("Acme", "Globex");
    Store worker(world.laptop.dir.file("rekindle.db"), world.laptop.clock);
    HttpClient http("alice", "secret");
    CardDavBook book(http, world.bookUrl);
    PlannedSync planned = planAddressBookSync(worker, book, false);
    CHECK(applySyncPlan(world.laptop.store, planned.plan, "Synced", PlanCheck::CompareSeen).empty());
    CHECK(SyncWorld::byName(world.laptop, "Ana Ruiz")->company == "Globex");
    CHECK(world.laptop.store.history().undoLabel() == "Synced");
}

TEST_CASE("A sync job sets up the account, finds the address book and plans the first sync",
          "[sync][background]") {
    RadicaleServer server;
    TempStore laptop(kSyncNow);
    SyncWorld::add(laptop, SyncWorld::person("Ana Ruiz", "Acme"));
    SyncWorld::add(laptop, SyncWorld::person("Ben Okafor", "Initech"));
    DavServer dav;
    SyncJob job(laptop.dir.file("rekindle.db"), laptop.clock, dav);

    SECTION("with the right password") {
        job.start({{server.url(), "alice", ""}, "secret"});
        SyncOutcome outcome = waitFor(job);
        INFO(outcome.error);
        REQUIRE(outcome.planned);
        CHECK(outcome.account.configured());
        // The account is saved here by the job; the people are not touched yet.
        CHECK(SyncState(laptop.store.db()).account().addressBook == outcome.account.addressBook);
        CHECK(outcome.planned->report.sent.size() == 2);
        applySyncPlan(laptop.store, outcome.planned->plan, outcome.planned->report.summary(),
                      PlanCheck::CompareSeen);
        CHECK(SyncWorld::count(laptop, "SELECT count(*) FROM sync_cards") == 2);

        // The next one, with the saved account, finds nothing to do.
        job.start({SyncState(laptop.store.db()).account(), "secret"});
        SyncOutcome again = waitFor(job);
        REQUIRE(again.planned);
        CHECK(again.planned->report.nothingChanged());
    }
    SECTION("set up before Rekindle asked the card version: the next sync asks once") {
        job.start({{server.url(), "alice", ""}, "secret"});
        SyncOutcome outcome = waitFor(job);
        REQUIRE(outcome.planned);
        applySyncPlan(laptop.store, outcome.planned->plan, outcome.planned->report.summary());
        laptop.store.db().exec("DELETE FROM sync_settings WHERE key = 'card_version'");
        REQUIRE_FALSE(SyncState(laptop.store.db()).cardVersionAsked());

        job.start({SyncState(laptop.store.db()).account(), "secret"});
        SyncOutcome again = waitFor(job);
        REQUIRE(again.planned);
        CHECK(again.planned->report.nothingChanged());
        CHECK(SyncState(laptop.store.db()).cardVersionAsked());
        CHECK(SyncWorld::count(laptop, "SELECT count(*) FROM sync_settings WHERE key = 'card_version' AND "
                                       "value = '4.0'") == 1);
    }
    SECTION("with a wrong password: refused, in plain words, and nothing saved") {
        job.start({{server.url(), "alice", ""}, "not it"});
        SyncOutcome outcome = waitFor(job);
        CHECK_FALSE(outcome.planned);
        CHECK(outcome.passwordRefused);
        CHECK(outcome.error == "The server did not accept the user name or password.");
        CHECK_FALSE(SyncState(laptop.store.db()).account().configured());
    }
    SECTION("with the server gone: a plain reason, not a refusal") {
        const std::string url = server.url();
        server.stop();
        job.start({{url, "alice", ""}, "secret"});
        SyncOutcome outcome = waitFor(job);
        CHECK_FALSE(outcome.planned);
        CHECK_FALSE(outcome.passwordRefused);
        CHECK(outcome.error.find("Could not reach the server") != std::string::npos);
    }
}
