// The window's sync password in the system keyring, headless, against a real
// Radicale and a real gnome-keyring-daemon (tests/support/secret_service): a
// typed password that syncs is saved; the next start syncs with it, typing
// nothing; a saved one the server refuses is asked for again, and stays
// saved until the new one works; "Forget saved password" takes it away.
#include "platform/dav/dav_server.h"
#include "platform/keyring/secret_service_keyring.h"
#include "tests/support/secret_service.h"
#include "tests/support/ui_harness.h"
#include "tests/sync/sync_world.h"

#include <catch2/catch.hpp>

#include <optional>

using namespace rk;
using namespace rk::test;
using Catch::Contains;

namespace {

struct WindowWithKeyring {
    WindowWithKeyring() {
        SecretServiceForTests::shared();
        SyncWorld::add(laptop, SyncWorld::person("Ana Ruiz", "Acme"));
        SyncWorld::add(laptop, SyncWorld::person("Ben Okafor", "Initech"));
        restart();
    }
    ~WindowWithKeyring() { static_cast<void>(keyring.forget(server.url(), "alice")); }

    RadicaleServer server;
    TempStore laptop{kSyncNow};
    DavServer dav;
    SecretServiceKeyring keyring; // the test's own look into the keyring
    // The window's, one per run as main/gui makes it: closing stops it for good.
    std::optional<SecretServiceKeyring> windowKeyring;
    std::optional<UiHarness> ui;

    // Rekindle closed and opened again on the same data.
    void restart() {
        ui.reset();
        windowKeyring.emplace();
        ui.emplace(laptop.store, laptop.clock, 430, 880,
                   app::AppOptions{.import = {}, .syncServer = &dav, .passwordKeeper = &*windowKeyring});
    }
    // Ctrl+S, then More → Sync filled in as a person would, Enter.
    void setUpTyping(const std::string& password) {
        ui->press('S', true);
        ui->type(server.url());
        ui->press(key::Tab);
        ui->type("alice");
        ui->press(key::Tab);
        ui->type(password);
        ui->press(key::Enter);
    }
    const app::SyncStatus& status() { return ui->app().syncStatus(); }
    bool finished() {
        return ui->framesUntil([&] { return !status().running; });
    }
    std::optional<std::string> saved() { return keyring.lookup(server.url(), "alice").password; }
};

} // namespace

TEST_CASE("A typed password that syncs is saved in the keyring, and the next start syncs with it",
          "[sync][ui][keyring]") {
    WindowWithKeyring w;
    w.setUpTyping("secret");
    REQUIRE(w.finished());
    REQUIRE(w.status().lastResult == "Synced: 2 sent. Tasks: 2 sent");
    REQUIRE(w.ui->framesUntil([&] { return w.status().savedInKeyring; }));
    CHECK(w.saved() == "secret");
    CHECK_THAT(w.ui->screenText(), Contains("Your password is saved in your system keyring."));

    // The address and user are in the data, the password in the keyring only.
    CHECK(SyncState(w.laptop.store.db()).account().user == "alice");

    SyncWorld::edit(w.laptop, "Ana Ruiz", [](Contact& c) { c.title = "CTO"; });
    w.restart();
    // No typing: the saved password is found off the frame's thread and the sync starts.
    REQUIRE(
        w.ui->framesUntil([&] { return w.status().running || !w.status().lastResult.empty(); }));
    REQUIRE(w.finished());
    INFO(w.status().error);
    CHECK(w.status().lastResult == "Synced: 1 sent");
    CHECK(w.status().keyring == app::KeyringState::Running);
    CHECK(w.status().savedInKeyring);
}

TEST_CASE("A saved password the server refuses is asked for again, and the new one replaces it once it works",
          "[sync][ui][keyring]") {
    WindowWithKeyring w;
    w.setUpTyping("secret");
    REQUIRE(w.finished());
    REQUIRE(w.ui->framesUntil([&] { return w.status().savedInKeyring; }));
    // The password changed on the server since it was saved.
    REQUIRE(w.keyring.store(w.server.url(), "alice", "an old one").available);

    w.restart();
    REQUIRE(w.ui->framesUntil([&] { return w.status().savedPasswordRefused; }));
    CHECK(w.status().needsPassword);
    CHECK_FALSE(w.status().retryAt); // no trying again by itself with it
    CHECK_THAT(w.ui->app().toast().text,
               Contains("did not accept the password saved in your system keyring"));
    CHECK(w.saved() == "an old one"); // nothing forgotten behind the person's back

    // Ctrl+S opens the form with the cursor in the password field.
    w.ui->press('S', true);
    REQUIRE(w.ui->app().more().screen() == app::MoreScreen::Sync);
    CHECK_THAT(w.ui->screenText(), Contains("it replaces the saved one once it works"));
    w.ui->type("secret");
    w.ui->press(key::Enter);
    REQUIRE(w.ui->app().syncStatus().running);
    REQUIRE(w.finished());
    INFO(w.status().error);
    CHECK(w.status().error.empty());
    REQUIRE(w.ui->framesUntil(
        [&] { return !w.status().savedPasswordRefused && w.saved() == "secret"; }));
    CHECK_THAT(w.ui->screenText(), Contains("Your password is saved in your system keyring."));
}

TEST_CASE("Forget saved password takes it out of the keyring and out of memory, and More → Sync fits a phone",
          "[sync][ui][keyring]") {
    WindowWithKeyring w;
    w.setUpTyping("secret");
    REQUIRE(w.finished());
    REQUIRE(w.ui->framesUntil([&] { return w.status().savedInKeyring; }));

    // The whole screen, with the button at the end, on a phone-sized window above the tab bar.
    const float aboveTabBar = w.ui->size().y - w.ui->theme().px(64);
    const auto forget = w.ui->itemRect("Forget saved password");
    CHECK(forget.max.y < aboveTabBar);
    CHECK(forget.max.x <= w.ui->size().x);
    CHECK(w.ui->itemRect("Sync now  (Ctrl+S)").max.y < aboveTabBar);

    w.ui->clickItem("Forget saved password");
    REQUIRE(w.ui->framesUntil([&] { return !w.status().savedInKeyring && !w.saved(); }));
    CHECK(w.status().needsPassword);
    CHECK_FALSE(w.status().hasPassword);
    CHECK_THAT(w.ui->screenText(), Contains("Type your password to sync."));

    // Nothing left to sync with: the next start asks.
    w.restart();
    w.ui->frames(3);
    REQUIRE(w.ui->framesUntil([&] { return w.status().keyring == app::KeyringState::Running; }));
    CHECK_FALSE(w.status().running);
    CHECK(w.status().needsPassword);
}
