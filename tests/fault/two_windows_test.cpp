// Two windows of the app on one database (two processes, each its own
// connection): both work, each sees the other's changes on its next frame,
// and undo in one never undoes what the other changed since.
#include "core/commands/contact_commands.h"
#include "core/repo/contact_repo.h"
#include "core/store/store.h"
#include "tests/support/temp_dir.h"
#include "tests/support/test_clock.h"
#include "tests/support/ui_harness.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace rk;

namespace {

bool logShows(const app::App& app, const std::string& note) {
    const auto& log = app.models().recentLog();
    return std::any_of(log.begin(), log.end(), [&](const InteractionRow& row) { return row.interaction.note == note; });
}

void logCall(test::UiHarness& ui, const std::string& who, const std::string& note) {
    ui.makeCurrent();
    ui.press('L', true);
    ui.type(who);
    ui.press(test::key::Enter);
    ui.type(note);
    ui.press(test::key::Enter, true);
}

} // namespace

TEST_CASE("Two windows on one database see each other's changes on their next frame", "[fault][instances][ui]") {
    const test::ScopedTimeZone zone("Europe/London");
    test::TempDir dir;
    const FixedClock clock(test::localTime(2026, 11, 26, 10, 0));
    Store storeA(dir.file("rekindle.db"), clock);
    storeA.change("setup", [&] {
        for (const char* name : {"Ana García", "Ben Okafor"}) {
            Contact c;
            c.displayName = name;
            ContactRepo(storeA.db()).insert(c, clock.now());
        }
    });
    Store storeB(dir.file("rekindle.db"), clock);
    test::UiHarness a(storeA, clock);
    test::UiHarness b(storeB, clock);
    a.makeCurrent();
    a.app().setTab(app::Tab::Log);
    a.frame();
    b.makeCurrent();
    b.app().setTab(app::Tab::Log);
    b.frame();

    logCall(a, "Ana", "Asked about the Lisbon office");
    a.frame();
    CHECK(logShows(a.app(), "Asked about the Lisbon office"));
    b.makeCurrent();
    b.frame(); // B's next frame after input
    CHECK(logShows(b.app(), "Asked about the Lisbon office"));

    logCall(b, "Ben", "Sent him the deck");
    a.makeCurrent();
    a.frame();
    CHECK(logShows(a.app(), "Sent him the deck"));
    CHECK(storeA.db().queryInt("SELECT count(*) FROM interactions") == 2);
}

TEST_CASE("Undo in one window refuses to undo what the other window changed since", "[fault][instances][ui]") {
    const test::ScopedTimeZone zone("Europe/London");
    test::TempDir dir;
    const FixedClock clock(test::localTime(2026, 11, 26, 10, 0));
    Store storeA(dir.file("rekindle.db"), clock);
    ContactId ana = 0;
    storeA.change("setup", [&] {
        Contact c;
        c.displayName = "Ana García";
        c.company = "Aramco";
        ContactRepo(storeA.db()).insert(c, clock.now());
        ana = c.id;
    });
    Store storeB(dir.file("rekindle.db"), clock);
    test::UiHarness a(storeA, clock);
    test::UiHarness b(storeB, clock);

    // A changes Ana's company; then B, which saw that, changes it again.
    Contact inA = *ContactRepo(storeA.db()).get(ana);
    inA.company = "Stripe";
    a.makeCurrent();
    a.frame();
    updateContact(storeA, inA);
    b.makeCurrent();
    b.frame();
    Contact inB = *ContactRepo(storeB.db()).get(ana);
    inB.company = "Monzo";
    updateContact(storeB, inB);

    // Ctrl+Z in A would put back "Aramco" over B's "Monzo": it refuses, and says why.
    a.makeCurrent();
    a.frame();
    a.press('Z', true);
    CHECK(a.app().toast().isError);
    CHECK(a.app().toast().text.find("can't be undone any more") != std::string::npos);
    CHECK(ContactRepo(storeA.db()).get(ana)->company == "Monzo");

    // B's own undo is still its to make.
    b.makeCurrent();
    b.frame();
    b.press('Z', true);
    CHECK_FALSE(b.app().toast().isError);
    CHECK(ContactRepo(storeB.db()).get(ana)->company == "Stripe");
}
