#pragma once
#include "core/io/export/followup_todos.h"
#include "core/model/contact.h"
#include "core/sync/task_state.h"

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace rk {

class Store;
class TaskList;

struct TaskSyncOptions {
    // Asks the server what changed and works out what would happen, but
    // writes nothing: not to the server, not here.
    bool dryRun = false;
};

// What one task sync did (or, dry, would do), each by the task's title.
struct TaskSyncReport {
    std::vector<std::string> sent;           // new tasks on the server
    std::vector<std::string> updatedThere;   // due date moved here, moved there
    std::vector<std::string> completedThere; // logged here: completed there
    std::vector<std::string> removedThere;   // no follow-up here any more: deleted there
    std::vector<std::string> doneHere;       // completed on the phone: done here
    std::vector<std::string> movedHere;      // due date moved on the phone: moved here
    std::vector<std::string> deletedThere;   // deleted on the phone: left alone here
    std::vector<std::string> skipped;        // tasks Rekindle could not read, and why
    bool dryRun = false;

    [[nodiscard]] bool nothingChanged() const;
    // "Tasks: 3 sent, 1 done from your phone", for the undo history and the CLI.
    [[nodiscard]] std::string summary() const;
};

// Two-way sync of the upcoming follow-ups (followup_todos.h: the .ics
// export's list) with a task list on the server.
//
// Each round of keeping in touch with a person is one task, and each open
// reminder is one. Rules:
//  - a follow-up new here, or whose due date moved here: its task is sent
//    (If-None-Match for a new one, If-Match for the version last seen);
//  - logged here (a new round began) or a reminder done here: the task is
//    completed on the server (the server's text with STATUS:COMPLETED, so
//    what a phone added stays); a follow-up gone here (archived, trashed, no
//    cadence, reminder dismissed): the task is deleted there;
//  - completed on the server: done here, as a swipe right would (an "Other"
//    interaction noted "Done from your task list"; a reminder marked done);
//  - due date moved on the server: a later date snoozes the follow-up until
//    then, an earlier one makes it due then (a reminder moves to it); when
//    both sides moved it, this side's date goes out;
//  - deleted on the server: the follow-up here is left alone and that task
//    is not sent again, since deleting a task on the phone says "not in my
//    task list", not "done"; the next round (after the next log) is a new task.
// A write the server refuses with 412 (changed meanwhile) is read again and
// the rules applied to what it holds now. Everything it changes in the
// person's data is one Store::change labelled with the summary (one undo
// step), made once the server has answered, so a sync that fails before
// then changes nothing here; what it already wrote there is recognised next
// time (a 412 on a new task is read and adopted by UID). The new rounds that
// a "done" from the phone begins are sent right after, saving only the sync
// state. Throws SyncError.
TaskSyncReport syncTaskList(Store& store, TaskList& list, const TaskSyncOptions& options = {});

// What the person did on their phone, to do here once the server is done with.
struct TaskEffect {
    enum class Kind { Done, Move };
    Kind kind = Kind::Done;
    std::string uid;                // the task's
    FollowUpTodo todo;              // the follow-up as the plan read it here
    std::string due;                // Move: the server's date
    std::optional<std::int64_t> at; // Done: when the phone completed it
};

// A task sync worked out on one connection, the server already written to,
// to write here afterwards on another (the app's SyncJob plans on its own
// thread; the App applies): the task list's SyncPlan.
struct TaskPlan {
    std::vector<TaskEffect> effects;
    std::vector<SyncedTask> save;    // rows both sides now agree on
    std::vector<std::string> forget; // rows for tasks no longer on the server (by UID)
    std::string token;               // the server's, for the next sync
    TaskSyncReport report;
};

// The card UID each person will have once a plan for the address book made
// just before is applied: a person's task is named by their card (taskUid),
// so a first sync names it as every later one will.
using ComingCards = std::unordered_map<ContactId, std::string>;

// Everything syncTaskList does but writing here: reads the follow-ups,
// asks the server, writes there. Throws SyncError.
[[nodiscard]] TaskPlan planTaskSync(Store& store, TaskList& list, bool dryRun = false,
                                    const ComingCards& comingCards = {});

// Writes a plan here; call it inside a Store::change (its label is the undo
// step). The plan may have been overtaken: a follow-up logged, snoozed or
// done since the plan read it (here, or by the cards the same sync brought)
// is what the person did last, so the phone's change to its task is not
// applied; that task's row and the token stay as they were, and the next
// sync reads the task again and applies the rules to what is here then.
// Returns the names of their people.
std::vector<std::string> applyTaskPlanWithinChange(Store& store, const TaskPlan& plan);

} // namespace rk
