// The App's side of syncing with a CardDAV server (and the follow-ups with a
// CalDAV task list there): when a sync runs (on
// start, every quarter of an hour, Ctrl+S, More → Sync; BackgroundSync
// decides, its SyncJob talks to the server on a thread of its own), applying
// what it brings as one undo step, and what a sync leaves to the person: a
// field changed on both sides, settled from their page.
#include "app/app.h"

#include "core/commands/sync_commands.h"
#include "core/db/store_error.h"
#include "core/db/store_problem.h"
#include "core/store/store.h"
#include "core/sync/sync_plan.h"
#include "core/sync/sync_state.h"
#include "core/sync/task_sync.h"

#include <imgui.h>

#include <algorithm>
#include <utility>

namespace rk::app {

namespace {

// The people's summary, and the follow-ups' when they moved: "Synced: 2
// received. Tasks: 1 done from your phone".
std::string syncSummary(const SyncReport& people, const TaskSyncReport* tasks) {
    if (!tasks || tasks->nothingChanged()) return people.summary();
    if (people.nothingChanged() && people.conflicts.empty()) return "Synced. " + tasks->summary();
    return people.summary() + ". " + tasks->summary();
}

// Adds the names not there yet (a person may be left for both reasons).
void append(std::vector<std::string>& to, const std::vector<std::string>& more) {
    for (const std::string& name : more)
        if (std::find(to.begin(), to.end(), name) == to.end()) to.push_back(name);
}

// "Ana Ruiz", "Ana Ruiz and Ben Okafor", "Ana Ruiz and 3 others".
std::string namesText(const std::vector<std::string>& names) {
    if (names.size() == 1) return names[0];
    if (names.size() == 2) return names[0] + " and " + names[1];
    return names[0] + " and " + std::to_string(names.size() - 1) + " others";
}

} // namespace

void App::followSync(std::int64_t now) {
    const std::uint64_t revision = m_store.revision();
    if (m_syncAccountRevision != revision) {
        SyncState state(m_store.db());
        m_sync.setAccount(state.account(), state.lastSyncAt());
        m_syncAccountRevision = revision;
    }
    const bool wasRunning = m_sync.status().running;
    if (std::optional<SyncOutcome> outcome = m_sync.poll(now)) applySyncOutcome(std::move(*outcome), now);
    if (!wasRunning && m_sync.status().running) m_syncStartRevision = m_store.revision();
}

void App::applySyncOutcome(SyncOutcome outcome, std::int64_t now) {
    const bool asked = std::exchange(m_syncAsked, false);
    m_syncAccountRevision.reset(); // set-up may have saved the account: read it again
    if (!outcome.planned) {
        m_sync.failed(outcome.error, now, outcome.passwordRefused);
        if (m_sync.status().savedPasswordRefused)
            showToast("The server did not accept the password saved in your system keyring. Type the new one "
                      "in More → Sync (Ctrl+S).",
                      false, true);
        else if (asked || outcome.passwordRefused)
            showToast("The sync did not finish: " + outcome.error, false, true);
        return;
    }
    PlannedSync& planned = *outcome.planned;
    // Unless nothing was written here while the sync talked to the server,
    // whoever was edited meanwhile keeps the edit and waits for the next sync.
    const PlanCheck check = m_store.revision() == m_syncStartRevision ? PlanCheck::Trust : PlanCheck::CompareSeen;
    const TaskSyncReport* tasks = outcome.tasks ? &outcome.tasks->report : nullptr;
    const std::string summary = syncSummary(planned.report, tasks);
    std::vector<std::string> leftAlone;
    try {
        // The people first: what their cards brought (a log from another
        // computer) may have overtaken what the phone did to a task.
        m_store.change(summary, [&] {
            leftAlone = applySyncPlanWithinChange(m_store, planned.plan, check);
            if (outcome.tasks) append(leftAlone, applyTaskPlanWithinChange(m_store, *outcome.tasks));
        });
    } catch (const StoreError& e) {
        // What the server has is recognised next time (its etags and UIDs), so
        // trying again soon loses nothing.
        m_sync.failed("Rekindle could not save what the sync brought: " + explainStoreError(e), now, false);
        if (asked) showToast("The sync did not finish: " + explainStoreError(e), false, true);
        return;
    }
    std::string said = summary;
    if (!leftAlone.empty())
        said += ". " + namesText(leftAlone) + (leftAlone.size() == 1 ? " was" : " were") +
                " edited during the sync: the next one takes care of it";
    const SyncReport& report = planned.report;
    const bool phoneActed = tasks && (!tasks->doneHere.empty() || !tasks->movedHere.empty());
    const bool peopleChanged = !report.received.empty() || !report.updatedHere.empty() || !report.cameBack.empty();
    // The follow-ups were planned from the people as they were before this
    // sync, and a "done" from the phone began new rounds: sync again at once
    // so their tasks (and the people's new history) are in step too.
    m_sync.applied(said, now, phoneActed || (outcome.tasks && peopleChanged));
    m_sync.tasksSynced(outcome.tasksProblem, outcome.noTaskList);
    // Only what changed here is an undo step: people sent to the server
    // change nothing Ctrl+Z could take back (the sync state is no undo matter).
    const bool changedHere =
        peopleChanged || !report.trashedHere.empty() || !report.conflicts.empty() || phoneActed;
    const bool undoable = changedHere && m_store.history().undoLabel() == summary;
    const bool tasksMoved = tasks && !tasks->nothingChanged();
    // What a sync sent (the follow-on one after a "done" from the phone, say)
    // never covers a toast still offering to undo something.
    const bool coversUndo = m_toast.canUndo && m_toast.visible(ImGui::GetTime());
    if (undoable || asked || ((!report.nothingChanged() || tasksMoved) && !coversUndo)) showToast(said, undoable);
}

bool App::syncScreenShowing() const {
    return m_tab == Tab::More && m_more.screen() == MoreScreen::Sync && !m_contactView.isOpen() &&
           !m_insights.isOpen();
}

void App::on(const intent::SyncNow&) {
    const SyncStatus& status = m_sync.status();
    if (status.running) {
        showToast("A sync is under way already.", false);
        return;
    }
    if (!m_sync.syncNow()) {
        // Not set up, or no password this session: More → Sync asks (when it
        // is showing already, what is typed there stays).
        if (!syncScreenShowing()) on(intent::ShowMoreScreen{MoreScreen::Sync});
        return;
    }
    m_syncAsked = true;
    m_syncStartRevision = m_store.revision();
    showToast("Syncing with " + status.account.server + "…", false);
}

void App::on(const intent::SetUpSync& i) {
    if (m_sync.status().running) {
        showToast("A sync is under way already.", false);
        return;
    }
    m_sync.setUp(i.server, i.user, i.password);
    if (!m_sync.status().running) return;
    m_syncAsked = true;
    m_syncStartRevision = m_store.revision();
    showToast("Syncing with " + i.server + "…", false);
}

void App::on(const intent::ForgetSyncPassword&) {
    m_sync.forgetPassword();
    showToast("Password forgotten: Rekindle asks for it at the next sync.", false);
}

void App::on(const intent::TakeServerValue& i) { showToast(takeServerValue(m_store, i.conflictId).label, true); }

void App::on(const intent::KeepMyValue& i) { showToast(keepMyValue(m_store, i.conflictId).label, true); }

} // namespace rk::app
