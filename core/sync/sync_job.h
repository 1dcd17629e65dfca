#pragma once
#include "core/sync/card_sync.h"
#include "core/sync/sync_state.h"
#include "core/sync/task_sync.h"

#include <atomic>
#include <optional>
#include <string>
#include <thread>

namespace rk {

class Clock;
class Store;
class SyncServer;

// What a sync in the background is asked to do.
struct SyncRequest {
    // The server and user; with no address book yet (set-up, or a new
    // server), it is found there (or made) first and saved here.
    SyncAccount account;
    std::string password; // lives in the job until it ends
    // The follow-ups with the server's task list too; off once this run
    // learned that the server keeps none.
    bool tasks = true;
};

// How it went: the plan to apply here, or why not.
struct SyncOutcome {
    SyncAccount account;                // as synced with (the address book found at set-up)
    std::optional<PlannedSync> planned; // the server is done with; now to write it here
    std::string error;                  // plain words, when it could not go on
    bool passwordRefused = false;       // ask for the password again
    // The follow-ups' plan, planned after the people's: applied with them.
    std::optional<TaskPlan> tasks;
    std::string tasksProblem; // why the follow-ups did not sync this time, in plain words
    bool noTaskList = false;  // the server keeps no task lists: not asked again this run
};

// One sync at a time on a thread of its own, so a slow server never holds up
// a frame. The worker opens its own connection to the database, reads it,
// talks to the server (writing there), and hands back a PlannedSync; the
// owner of the database's main connection (the App) applies it as one undo
// step with applySyncPlan(…, PlanCheck::CompareSeen), which leaves whoever
// was edited meanwhile for the next sync. Then the follow-ups the same way:
// planTaskSync here, applyTaskPlanWithinChange there, in the same undo step.
// At set-up the worker saves the account and the task list (sync state, no
// undo step) before it reads anyone. A task list that fails leaves the
// people's plan as it is: the follow-ups wait for the next sync.
class SyncJob {
public:
    SyncJob(std::string databasePath, const Clock& clock, SyncServer& server)
        : m_path(std::move(databasePath)), m_clock(clock), m_server(server) {}
    ~SyncJob(); // stops a sync under way (its next network wait ends) and waits for it
    SyncJob(const SyncJob&) = delete;
    SyncJob& operator=(const SyncJob&) = delete;

    // Starts a sync; only when !running().
    void start(SyncRequest request);
    [[nodiscard]] bool running() const { return m_thread.joinable(); }
    // The outcome, once: when the worker has finished (joins it).
    [[nodiscard]] std::optional<SyncOutcome> take();

private:
    SyncOutcome work(const SyncRequest& request);
    void planTasks(Store& store, const SyncRequest& request, bool settingUp, SyncOutcome& out);

    std::string m_path;
    const Clock& m_clock;
    SyncServer& m_server;
    std::thread m_thread;
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_finished{false};
    SyncOutcome m_outcome; // written by the worker, read only after the join
};

} // namespace rk
