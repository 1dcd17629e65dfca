// Two computers syncing one address book and one task list: their histories
// converge through the cards, so they name each follow-up's task alike and
// share it, instead of each sending its own.
#include "core/commands/triage.h"
#include "core/sync/task_state.h"
#include "core/sync/task_sync.h"
#include "platform/dav/caldav_tasks.h"
#include "tests/sync/sync_world.h"

#include <catch2/catch.hpp>

using namespace rk;
using namespace rk::test;

namespace {

// One task sync of `device`, set up with alice's task list the first time.
TaskSyncReport syncTasks(SyncWorld& world, TempStore& device) {
    HttpClient http("alice", "secret");
    TaskState state(device.store.db());
    if (state.taskList().empty()) {
        const std::string url = discoverTaskList(http, world.server.url());
        device.store.change("Set up tasks", [&] { state.setTaskList(url); });
    }
    CalDavTasks list(http, state.taskList());
    return syncTaskList(device.store, list);
}

// A whole `rekindle sync`: the address book, then the tasks.
void syncAll(SyncWorld& world, TempStore& device) {
    world.sync(device);
    syncTasks(world, device);
}

std::vector<RemoteTask> tasksOf(SyncWorld& world, const std::string& summary, const std::string& status) {
    HttpClient http("alice", "secret");
    TaskState state(world.laptop.store.db());
    CalDavTasks list(http, state.taskList());
    std::vector<std::string> hrefs;
    for (const auto& v : list.changesSince("").present) hrefs.push_back(v.href);
    std::vector<RemoteTask> out;
    for (RemoteTask& t : list.fetch(hrefs))
        if (t.text.find(summary) != std::string::npos && t.text.find(status) != std::string::npos)
            out.push_back(std::move(t));
    return out;
}

void log(TempStore& device, const std::string& name) {
    Interaction i;
    i.contactId = SyncWorld::byName(device, name)->id;
    i.kind = InteractionKind::Call;
    device.clock.advance(3600);
    logInteraction(device.store, i);
}

} // namespace

TEST_CASE("Two computers share one task per follow-up, and a task done on the phone is done once",
          "[sync][tasks][history]") {
    SyncWorld world;
    Contact ana = SyncWorld::person("Ana Ruiz");
    ana.circle = Circle::Inner;
    SyncWorld::add(world.laptop, ana);
    log(world.laptop, "Ana Ruiz");

    syncAll(world, world.laptop);
    REQUIRE(tasksOf(world, "Follow up with Ana Ruiz", "NEEDS-ACTION").size() == 1);

    // The desktop receives Ana and her call, so its round is the laptop's:
    // it takes the laptop's task as its own and sends none.
    world.sync(world.desktop);
    const TaskSyncReport desk = syncTasks(world, world.desktop);
    CHECK(desk.sent.empty());
    CHECK(tasksOf(world, "Follow up with Ana Ruiz", "NEEDS-ACTION").size() == 1);

    // Ticked off on the phone at 14:00 (the call was at 13:00): the laptop
    // syncs first, at 15:00, and logs it…
    world.laptop.clock.advance(2 * 3600);
    world.desktop.clock.advance(3 * 3600);
    RemoteTask task = tasksOf(world, "Follow up with Ana Ruiz", "NEEDS-ACTION").front();
    task.text.replace(task.text.find("STATUS:NEEDS-ACTION"), 19,
                      "STATUS:COMPLETED\r\nCOMPLETED:20261201T140000Z\r\nPERCENT-COMPLETE:100");
    {
        HttpClient http("alice", "secret");
        CalDavTasks list(http, TaskState(world.laptop.store.db()).taskList());
        REQUIRE(list.put(task.href, task.text, task.etag).outcome == WriteOutcome::Written);
    }
    syncAll(world, world.laptop);
    world.sync(world.laptop); // the "done" interaction goes out with Ana's card

    // …and the desktop hears of it through Ana's history, not again from the
    // task: one "Done from your task list" on each computer, one open task.
    CHECK(world.sync(world.desktop).updatedHere == std::vector<std::string>{"Ana Ruiz"});
    CHECK(syncTasks(world, world.desktop).doneHere.empty());
    const auto count = "SELECT count(*) FROM interactions WHERE note = 'Done from your task list'";
    CHECK(SyncWorld::count(world.laptop, count) == 1);
    CHECK(SyncWorld::count(world.desktop, count) == 1);
    CHECK(tasksOf(world, "Follow up with Ana Ruiz", "NEEDS-ACTION").size() == 1);
    CHECK(SyncWorld::byName(world.desktop, "Ana Ruiz")->nextDue == SyncWorld::byName(world.laptop, "Ana Ruiz")->nextDue);
    syncAll(world, world.laptop);
    CHECK(tasksOf(world, "Follow up with Ana Ruiz", "NEEDS-ACTION").size() == 1);
}
