// The follow-ups from the window, headless, against a real Radicale: the
// window's sync sends them to a task list with the people; a task ticked
// off on the phone is done here at the next sync, in the same undo step as
// the people's changes, and the new round it began goes out right after.
// (What was done here while a sync ran: tests/sync/sync_tasks_plan_test.)
#include "core/sync/task_state.h"
#include "platform/dav/caldav_tasks.h"
#include "platform/dav/dav_server.h"
#include "tests/support/ui_harness.h"
#include "tests/sync/sync_world.h"

#include <catch2/catch.hpp>

using Catch::Matchers::Contains;

using namespace rk;
using namespace rk::test;

namespace {

constexpr std::int64_t kDay = 24 * 60 * 60;

struct WindowWithTasks {
    explicit WindowWithTasks(RadicaleServer::Rights rights = RadicaleServer::Rights::OwnerOnly) : server(rights) {
        Contact ana = SyncWorld::person("Ana Ruiz", "Acme");
        ana.circle = Circle::Close; // every 30 days
        ana.lastContactAt = kSyncNow - 20 * kDay;
        SyncWorld::add(laptop, ana);
    }
    RadicaleServer server;
    TempStore laptop{kSyncNow};
    DavServer dav;
    UiHarness ui{laptop.store, laptop.clock, 430, 880, {.import = {}, .syncServer = &dav}};

    void setUp() {
        ui.press('S', true);
        ui.type(server.url());
        ui.press(key::Tab);
        ui.type("alice");
        ui.press(key::Tab);
        ui.type("secret");
        ui.press(key::Enter);
    }
    bool finished() {
        return ui.framesUntil([&] { return !ui.app().syncStatus().running; });
    }
    std::vector<RemoteTask> tasksOnServer() {
        HttpClient http("alice", "secret");
        CalDavTasks list(http, TaskState(laptop.store.db()).taskList());
        std::vector<std::string> hrefs;
        for (const auto& v : list.changesSince("").present) hrefs.push_back(v.href);
        return list.fetch(hrefs);
    }
    std::size_t tasksWith(const std::string& a, const std::string& b) {
        std::size_t n = 0;
        for (const RemoteTask& t : tasksOnServer())
            n += t.text.find(a) != std::string::npos && t.text.find(b) != std::string::npos;
        return n;
    }
    // The phone ticks the open task off.
    void phoneCompletes() {
        HttpClient http("alice", "secret");
        CalDavTasks list(http, TaskState(laptop.store.db()).taskList());
        for (RemoteTask& t : tasksOnServer()) {
            const auto at = t.text.find("STATUS:NEEDS-ACTION");
            if (at == std::string::npos) continue;
            t.text.replace(at, 19, "STATUS:COMPLETED\r\nCOMPLETED:20261201T080000Z");
            REQUIRE(list.put(t.href, t.text, t.etag).outcome == WriteOutcome::Written);
        }
    }
    std::int64_t interactions() { return SyncWorld::count(laptop, "SELECT count(*) FROM interactions"); }
};

} // namespace

TEST_CASE("The window syncs the follow-ups as tasks, and one ticked off on the phone is done here",
          "[sync][tasks][ui]") {
    WindowWithTasks w;
    w.setUp();
    REQUIRE(w.finished());
    INFO(w.ui.app().syncStatus().error);
    CHECK(w.ui.app().syncStatus().lastResult == "Synced: 1 sent. Tasks: 1 sent");
    CHECK_FALSE(TaskState(w.laptop.store.db()).taskList().empty());
    CHECK(w.tasksWith("SUMMARY:Follow up with Ana Ruiz", "DUE;VALUE=DATE:20261211") == 1);

    w.phoneCompletes();
    w.ui.press('S', true);
    REQUIRE(w.finished());
    CHECK(w.ui.app().toast().text == "Synced. Tasks: 1 done from your phone");
    CHECK(w.ui.app().toast().canUndo);
    CHECK(w.interactions() == 1);
    CHECK(SyncWorld::byName(w.laptop, "Ana Ruiz")->nextDue == "2026-12-31");

    // The round the phone's tick began goes out at once, by itself, with
    // Ana's new history on her card.
    REQUIRE(w.ui.framesUntil([&] { return w.ui.app().syncStatus().running; }, 5.0));
    REQUIRE(w.finished());
    CHECK(w.ui.app().syncStatus().lastResult == "Synced: 1 sent. Tasks: 1 sent");
    CHECK(w.ui.app().toast().text == "Synced. Tasks: 1 done from your phone"); // its Undo stays in sight
    CHECK(w.tasksWith("SUMMARY:Follow up with Ana Ruiz", "STATUS:COMPLETED") == 1);
    CHECK(w.tasksWith("DUE;VALUE=DATE:20261231", "STATUS:NEEDS-ACTION") == 1);

    // Sending changed nothing here: Ctrl+Z still takes back the phone's tick.
    w.ui.press('Z', true);
    CHECK(w.interactions() == 0);
    CHECK(SyncWorld::byName(w.laptop, "Ana Ruiz")->nextDue == "2026-12-11");
}

TEST_CASE("A server that keeps no task lists: the people sync, and More → Sync keeps saying why the follow-ups stay here",
          "[sync][tasks][ui]") {
    // Alice may use her address book and nothing else: no task list to find or make.
    WindowWithTasks w(RadicaleServer::Rights::AddressBooksOnly);
    w.setUp();
    REQUIRE(w.finished());
    const auto& status = w.ui.app().syncStatus();
    INFO(status.error);
    CHECK(status.error.empty());
    CHECK(status.lastResult == "Synced: 1 sent");
    const std::string why = "Your follow-ups stay here: no task list was found on the server";
    CHECK_THAT(status.tasksProblem, Contains(why));
    CHECK_THAT(w.ui.screenText(), Contains(why));

    // The next sync of this run does not look for one again, and still says why.
    w.ui.press('S', true);
    REQUIRE(w.finished());
    CHECK(status.error.empty());
    CHECK(status.lastResult == "Synced: nothing changed");
    CHECK_THAT(status.tasksProblem, Contains(why));
    CHECK_THAT(w.ui.screenText(), Contains(why));
}
