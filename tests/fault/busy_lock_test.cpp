// Another program holds the write lock longer than the busy timeout: the
// command line says so and exits non-zero; the app says it is waiting, keeps
// the typed note, and saves it when the lock is gone.
#include "core/db/database.h"
#include "core/repo/contact_repo.h"
#include "core/repo/interaction_repo.h"
#include "main/cli/commands.h"
#include "tests/cli/cli_world.h"
#include "tests/support/temp_store.h"
#include "tests/support/test_clock.h"
#include "tests/support/ui_harness.h"

#include <catch2/catch.hpp>

using namespace rk;

namespace {

// A second connection, as another program would hold it: BEGIN IMMEDIATE
// takes the write lock until release() (or the end of the scope).
class WriteLockHolder {
public:
    explicit WriteLockHolder(const std::string& path) : m_db(path, OpenMode::ReadWrite) {
        m_db.exec("PRAGMA busy_timeout = 0; BEGIN IMMEDIATE");
    }
    ~WriteLockHolder() { release(); }
    WriteLockHolder(const WriteLockHolder&) = delete;
    WriteLockHolder& operator=(const WriteLockHolder&) = delete;
    void release() {
        if (m_held) m_db.exec("ROLLBACK");
        m_held = false;
    }

private:
    Database m_db;
    bool m_held = true;
};

std::int64_t interactionCount(Database& db) { return db.queryInt("SELECT count(*) FROM interactions"); }

} // namespace

TEST_CASE("The command line gives up on a lock held past its busy timeout, says so, and saves nothing",
          "[fault][busy][cli]") {
    test::CliWorld world;
    world.person("Ana García");
    WriteLockHolder other(world.db);

    const auto run = world.run(cli::registerLogCommand, {"log", "Ana", "--kind", "call", "--note", "About the move"});
    CHECK(run.code != 0);
    CHECK(run.err.find("Another program is writing to your Rekindle data") != std::string::npos);
    CHECK(run.err.find("not saved") != std::string::npos);
    CHECK(run.out.empty()); // nothing claims to be saved

    other.release();
    Store store(world.db, world.clock);
    CHECK(interactionCount(store.db()) == 0);
    CHECK(store.integrityCheck() == "ok");
}

TEST_CASE("The app waits for another program's lock without losing the note, then saves it",
          "[fault][busy][ui]") {
    const test::ScopedTimeZone zone("Europe/London");
    test::TempStore t(test::localTime(2026, 11, 26, 10, 0));
    t.store.change("setup", [&] {
        Contact ana;
        ana.displayName = "Ana García";
        ContactRepo(t.store.db()).insert(ana, t.clock.now());
    });
    test::UiHarness ui(t.store, t.clock);
    auto other = std::make_unique<WriteLockHolder>(t.dir.file("rekindle.db"));

    ui.press('L', true);
    ui.type("Ana");
    ui.press(test::key::Enter);
    ui.type("Talked about her move to Lisbon");
    ui.press(test::key::Enter, true); // Ctrl+Enter: save

    CHECK(ui.app().waitingChanges() == 1);
    CHECK(ui.app().toast().text.find("Another program is writing to your data") != std::string::npos);
    CHECK_FALSE(ui.app().toast().canUndo); // nothing pretends to be saved
    CHECK(interactionCount(t.store.db()) == 0);

    ui.frames(90); // a retry a second, still locked: still waiting, frames go on
    CHECK(ui.app().waitingChanges() == 1);
    CHECK(ui.app().toast().text.find("Still waiting") != std::string::npos);

    other.reset(); // the other program is done
    ui.frames(70);
    CHECK(ui.app().waitingChanges() == 0);
    const auto saved = InteractionRepo(t.store.db()).recent(1);
    REQUIRE(saved.size() == 1);
    CHECK(saved[0].interaction.note == "Talked about her move to Lisbon");
    CHECK(ui.app().toast().canUndo); // now it is saved, and undoable
}

TEST_CASE("A change still waiting when the app closes is saved on the way out", "[fault][busy][ui]") {
    const test::ScopedTimeZone zone("Europe/London");
    test::TempStore t(test::localTime(2026, 11, 26, 10, 0));
    t.store.change("setup", [&] {
        Contact ben;
        ben.displayName = "Ben Okafor";
        ContactRepo(t.store.db()).insert(ben, t.clock.now());
    });
    {
        test::UiHarness ui(t.store, t.clock);
        WriteLockHolder other(t.dir.file("rekindle.db"));
        ui.press('L', true);
        ui.type("Ben");
        ui.press(test::key::Enter);
        ui.type("Coffee next week");
        ui.press(test::key::Enter, true);
        REQUIRE(ui.app().waitingChanges() == 1);
        other.release(); // lets go before the window closes, within the exit's patience
    }
    const auto saved = InteractionRepo(t.store.db()).recent(1);
    REQUIRE(saved.size() == 1);
    CHECK(saved[0].interaction.note == "Coffee next week");
}
