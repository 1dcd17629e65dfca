#pragma once
#include <ostream>
#include <string>

namespace rk {
class HttpClient;
class Store;
} // namespace rk

namespace rk::cli {

// The second half of `rekindle sync`: the follow-ups with a CalDAV task list
// on the same server (core/sync/task_sync). The first time (or when sync is
// set up again), finds the task list, or makes "Rekindle follow-ups", and
// remembers its URL in sync_settings; then syncs and prints one line
// ("Tasks: 3 sent, 1 done from your phone") and the follow-ups the phone
// changed. A server with no calendars is said, not an error: the people have
// synced. --dry-run writes nothing here or there. Throws SyncError when the
// server fails during the sync itself.
void syncFollowUps(Store& store, HttpClient& http, const std::string& server, bool settingUp, bool dryRun,
                   std::ostream& out);

} // namespace rk::cli
