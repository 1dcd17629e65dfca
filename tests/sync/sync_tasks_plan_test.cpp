// The task sync planned on one side and applied on the other, as the app
// does it (planned on its sync thread, applied by the App afterwards): what
// the person did here in between wins over what the phone did to the task,
// and the phone's change is read again at the next sync, not lost and not
// done twice. A real Radicale; today is Tuesday 1 December 2026 in Paris.
#include "tests/sync/task_world.h"

#include "core/commands/triage.h"

#include <catch2/catch.hpp>

using namespace rk;
using namespace rk::test;

namespace {

const std::string kAna = "SUMMARY:Follow up with Ana Ruiz";

// Ana: close circle, every 30 days, last seen 10 November, so due 10 December.
struct Planned {
    Planned() : ana(w.person("Ana Ruiz", Circle::Close, localTime(2026, 11, 10))) { w.sync(); }

    TaskPlan plan() {
        HttpClient http("alice", "secret");
        CalDavTasks list(http, w.listUrl);
        return planTaskSync(w.here.store, list);
    }
    std::vector<std::string> apply(const TaskPlan& plan) {
        std::vector<std::string> leftAlone;
        w.here.store.change(plan.report.summary(), [&] { leftAlone = applyTaskPlanWithinChange(w.here.store, plan); });
        return leftAlone;
    }

    TaskWorld w;
    ContactId ana;
};

} // namespace

TEST_CASE("A plan applied as it was made does what the phone did", "[sync][tasks]") {
    Planned p;
    p.w.phoneCompletes(kAna);
    const TaskPlan plan = p.plan();
    REQUIRE(plan.effects.size() == 1);
    CHECK(p.w.count("SELECT count(*) FROM interactions") == 0); // planning writes nothing here

    CHECK(p.apply(plan).empty());
    CHECK(p.w.text("SELECT note FROM interactions") == "Done from your task list");
    CHECK(p.w.text("SELECT next_due FROM contacts") == "2026-12-31");
    CHECK(p.w.here.store.history().undoLabel() == "Tasks: 1 done from your phone");
    // The new round goes out with the next sync; then both sides are in step.
    CHECK(p.w.sync().sent == std::vector<std::string>{"Follow up with Ana Ruiz"});
    CHECK(p.w.sync().nothingChanged());
}

TEST_CASE("A follow-up logged here while the sync ran is not done twice from the phone", "[sync][tasks]") {
    Planned p;
    p.w.phoneCompletes(kAna);
    const TaskPlan plan = p.plan();
    const std::string token = TaskState(p.w.here.store.db()).token();

    // The person logs a call with Ana before the plan is applied.
    Interaction call;
    call.contactId = p.ana;
    call.kind = InteractionKind::Call;
    call.note = "Caught up about the move";
    static_cast<void>(logInteraction(p.w.here.store, call));

    CHECK(p.apply(plan) == std::vector<std::string>{"Ana Ruiz"});
    // Only the call: the phone's tick is not a second interaction.
    CHECK(p.w.count("SELECT count(*) FROM interactions") == 1);
    CHECK(p.w.text("SELECT note FROM interactions") == "Caught up about the move");
    CHECK(TaskState(p.w.here.store.db()).token() == token); // the task is read again next time

    // The next sync reads the ticked task again: the call began a new round,
    // so it settles as done there and the new round is sent.
    const TaskSyncReport next = p.w.sync();
    CHECK(next.doneHere.empty());
    CHECK(next.sent == std::vector<std::string>{"Follow up with Ana Ruiz"});
    CHECK(p.w.count("SELECT count(*) FROM interactions") == 1);
    CHECK(p.w.tasksWith({kAna, "STATUS:COMPLETED"}).size() == 1);
    CHECK(p.w.tasksWith({kAna, "STATUS:NEEDS-ACTION", "DUE;VALUE=DATE:20261231"}).size() == 1);
    CHECK(p.w.sync().nothingChanged());
}

TEST_CASE("A follow-up snoozed here while the sync ran keeps the snooze over the phone's date",
          "[sync][tasks]") {
    Planned p;
    p.w.phoneEdits(kAna, "DUE;VALUE=DATE:20261210", "DUE;VALUE=DATE:20261215");
    const TaskPlan plan = p.plan();
    REQUIRE(plan.effects.size() == 1);

    static_cast<void>(snooze(p.w.here.store, p.ana, SnoozeLength::Until, CivilDate{2026, 12, 20}));
    CHECK(p.apply(plan) == std::vector<std::string>{"Ana Ruiz"});
    CHECK(p.w.text("SELECT snoozed_until FROM contacts") == "2026-12-20");

    // Moved on both sides: this side's date goes out at the next sync.
    const TaskSyncReport next = p.w.sync();
    CHECK(next.movedHere.empty());
    CHECK(next.updatedThere == std::vector<std::string>{"Follow up with Ana Ruiz"});
    CHECK(p.w.tasksWith({kAna, "DUE;VALUE=DATE:20261220"}).size() == 1);
    CHECK(p.w.text("SELECT snoozed_until FROM contacts") == "2026-12-20");
}
