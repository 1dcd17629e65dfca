// Syncing from the window, headless, against a real Radicale: Ctrl+S opens
// More → Sync when there is no account or password yet; the form sets it up;
// the sync runs on its own thread while frames go on, and what it brings is
// one undo step.
#include "platform/dav/dav_server.h"
#include "tests/support/ui_harness.h"
#include "tests/sync/sync_world.h"

#include <catch2/catch.hpp>

using namespace rk;
using namespace rk::test;
using Catch::Contains;

namespace {

struct WindowWithServer {
    WindowWithServer() {
        SyncWorld::add(laptop, SyncWorld::person("Ana Ruiz", "Acme"));
        SyncWorld::add(laptop, SyncWorld::person("Ben Okafor", "Initech"));
    }
    RadicaleServer server;
    TempStore laptop{kSyncNow};
    DavServer dav;
    UiHarness ui{laptop.store, laptop.clock, 430, 880, {.import = {}, .syncServer = &dav}};

    // Fills More → Sync as a person would: the address (the cursor starts
    // there), Tab, the user, Tab, the password, Enter.
    void fillIn(const std::string& user, const std::string& password) {
        ui.type(server.url());
        ui.press(key::Tab);
        ui.type(user);
        ui.press(key::Tab);
        ui.type(password);
        ui.press(key::Enter);
    }
    bool finished() {
        return ui.framesUntil([&] { return !ui.app().syncStatus().running; });
    }
    std::size_t cardsOnServer() {
        HttpClient http("alice", "secret");
        CardDavBook book(http, SyncState(laptop.store.db()).account().addressBook);
        return book.changesSince("").present.size();
    }
};

} // namespace

TEST_CASE("Ctrl+S with no account opens More → Sync, and the form sets it up and syncs", "[sync][ui]") {
    WindowWithServer w;
    w.ui.press('S', true);
    REQUIRE(w.ui.app().tab() == app::Tab::More);
    REQUIRE(w.ui.app().more().screen() == app::MoreScreen::Sync);
    CHECK_THAT(w.ui.screenText(), Contains("Not set up yet"));

    w.fillIn("alice", "secret");
    REQUIRE(w.ui.app().syncStatus().running);
    REQUIRE(w.finished());
    const app::SyncStatus& status = w.ui.app().syncStatus();
    INFO(status.error);
    CHECK(status.error.empty());
    CHECK(status.lastResult == "Synced: 2 sent. Tasks: 2 sent");
    CHECK(status.account.configured());
    CHECK(w.cardsOnServer() == 2);
    CHECK_THAT(w.ui.screenText(), Contains("Last synced just now: Synced: 2 sent."));

    SECTION("the next Ctrl+S syncs at once, with the password this session knows") {
        SyncWorld::edit(w.laptop, "Ana Ruiz", [](Contact& c) { c.title = "CTO"; });
        w.ui.press('S', true);
        CHECK(w.ui.app().syncStatus().running);
        REQUIRE(w.finished());
        CHECK(w.ui.app().syncStatus().lastResult == "Synced: 1 sent");
        CHECK(w.ui.app().toast().text == "Synced: 1 sent");
        CHECK_FALSE(w.ui.app().toast().canUndo); // nothing here to take back
    }
    SECTION("a change from the server is one undo step, and Ctrl+Z takes it back") {
        HttpClient http("alice", "secret");
        CardDavBook book(http, SyncState(w.laptop.store.db()).account().addressBook);
        std::vector<std::string> hrefs;
        for (const auto& v : book.changesSince("").present) hrefs.push_back(v.href);
        for (RemoteCard& card : book.fetch(hrefs)) {
            if (card.text.find("Acme") == std::string::npos) continue;
            card.text.replace(card.text.find("Acme"), 4, "Globex");
            REQUIRE(book.put(card.href, card.text, card.etag).outcome == WriteOutcome::Written);
        }
        w.ui.press('S', true);
        REQUIRE(w.finished());
        CHECK(SyncWorld::byName(w.laptop, "Ana Ruiz")->company == "Globex");
        CHECK(w.ui.app().toast().text == "Synced: 1 received");
        CHECK(w.ui.app().toast().canUndo);
        w.ui.press('Z', true);
        CHECK(SyncWorld::byName(w.laptop, "Ana Ruiz")->company == "Acme");
    }
}

TEST_CASE("Ctrl+S typed in More → Sync's password field syncs with what was typed", "[sync][ui]") {
    WindowWithServer w;
    w.ui.press('S', true);
    w.ui.type(w.server.url());
    w.ui.press(key::Tab);
    w.ui.type("alice");
    w.ui.press(key::Tab);
    w.ui.type("secret");
    w.ui.press('S', true); // the cursor is still in the password field
    REQUIRE(w.ui.app().syncStatus().running);
    REQUIRE(w.finished());
    CHECK(w.ui.app().syncStatus().lastResult == "Synced: 2 sent. Tasks: 2 sent");
    CHECK(w.ui.app().toast().text == "Synced: 2 sent. Tasks: 2 sent"); // no "under way already" from a second start
}

TEST_CASE("A wrong password in More → Sync says so and asks again, trying no more by itself", "[sync][ui]") {
    WindowWithServer w;
    w.ui.press('S', true);
    w.fillIn("alice", "wrong");
    REQUIRE(w.finished());
    const app::SyncStatus& status = w.ui.app().syncStatus();
    CHECK(status.error == "The server did not accept the user name or password.");
    CHECK_FALSE(status.retryAt);
    CHECK_THAT(w.ui.app().toast().text, Contains("did not accept the user name or password"));
    CHECK_FALSE(status.account.configured()); // nothing was saved
    const std::string screen = w.ui.screenText(); // a frame: the cursor moves to the password
    CHECK_THAT(screen, Contains("did not accept the user name or password"));
    CHECK(w.ui.app().more().sync().serverField() == w.server.url()); // what was typed stays

    // The right one, typed where the cursor is (the password field).
    w.ui.frames(5); // the cursor moves there as the message shows; a person reads it first
    w.ui.type("secret");
    w.ui.press(key::Enter);
    REQUIRE(w.finished());
    CHECK(w.ui.app().syncStatus().lastResult == "Synced: 2 sent. Tasks: 2 sent");
}
