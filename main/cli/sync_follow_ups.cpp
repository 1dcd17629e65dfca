#include "main/cli/sync_follow_ups.h"

#include "core/store/store.h"
#include "core/sync/task_state.h"
#include "core/sync/task_sync.h"
#include "platform/dav/caldav_tasks.h"
#include "platform/dav/http_client.h"

#include <vector>

namespace rk::cli {

namespace {

void printNames(std::ostream& out, const char* what, const std::vector<std::string>& names) {
    constexpr std::size_t kShown = 10;
    if (names.empty()) return;
    out << "  " << what << " (" << names.size() << "): ";
    for (std::size_t i = 0; i < names.size() && i < kShown; ++i) out << (i ? ", " : "") << names[i];
    if (names.size() > kShown) out << " and " << names.size() - kShown << " more";
    out << "\n";
}

} // namespace

void syncFollowUps(Store& store, HttpClient& http, const std::string& server, bool settingUp, bool dryRun,
                   std::ostream& out) {
    TaskState state(store.db());
    std::string url = state.taskList();
    if (url.empty() || settingUp) {
        try {
            url = discoverTaskList(http, server, !dryRun);
        } catch (const SyncError& e) {
            out << "Tasks: your follow-ups stay here, since no task list was found. " << e.what() << "\n";
            return;
        }
        if (url.empty()) {
            out << "Tasks: the server has no task list yet; a real sync makes one called \"" << kTaskListName
                << "\" and puts your follow-ups there.\n";
            return;
        }
        // Sync state is no undo matter (see core/undo): this records no step.
        if (!dryRun) store.change("Set up task sync", [&] { state.setTaskList(url); });
    }
    CalDavTasks list(http, url);
    const TaskSyncReport report = syncTaskList(store, list, {.dryRun = dryRun});
    out << (dryRun ? "If synced now, " : "") << report.summary() << " (" << url << ")\n";
    printNames(out, "Done from your phone", report.doneHere);
    printNames(out, "Moved from your phone", report.movedHere);
    printNames(out, "Deleted on your phone, left alone here", report.deletedThere);
    printNames(out, "Tasks Rekindle could not read", report.skipped);
}

} // namespace rk::cli
