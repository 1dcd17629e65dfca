#pragma once
#include "core/sync/sync_job.h"
#include "core/sync/sync_state.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

namespace rk {
class Clock;
class SyncServer;
} // namespace rk

namespace rk::app {

// What More → Sync and its status line show.
struct SyncStatus {
    bool available = false; // this run can reach servers (the window; not a screenshot)
    SyncAccount account;    // as saved here: server and user, the address book once found
    bool running = false;
    bool needsPassword = false;          // set up, but no password this session (or it was refused)
    std::optional<std::int64_t> lastAt;  // the last sync that finished, from the data
    std::string lastResult;              // what it did, this session: "Synced: 2 received, 1 sent"
    std::string error;                   // why the last try failed, in plain words
    std::optional<std::int64_t> retryAt; // when it tries again by itself
};

// When the App syncs, and with what password: on start (once there is a
// password), every quarter of an hour, on demand; after a failure to reach
// the server it tries again after 30 s, 1, 2, 4 … minutes (at most 15); a
// refused password waits for a new one. The password lives here, in memory,
// for this run only. The work is a SyncJob on its own thread; the App takes
// its outcome and applies it (it owns the store's connection).
class BackgroundSync {
public:
    static constexpr std::int64_t kEverySeconds = 15 * 60;

    // `server` null: no syncing in this run (screenshots, most UI tests).
    BackgroundSync(std::string databasePath, const Clock& clock, SyncServer* server);

    // The account as the data says now (read by the App when it changes).
    void setAccount(SyncAccount account, std::optional<std::int64_t> lastAt);
    // Start now if it can. Returns false when it needs a password (or the
    // account) first: the App shows More → Sync.
    bool syncNow();
    // A new server or user (its address book is found again) or just the
    // password; starts a sync.
    void setUp(const std::string& server, const std::string& user, std::string password);
    // Starts the timed syncs, and returns a finished one's outcome for the App to apply.
    [[nodiscard]] std::optional<SyncOutcome> poll(std::int64_t now);
    // What became of an outcome: applied with this summary (it may say that
    // some people were left for the next sync), or it failed here.
    void applied(const std::string& summary, std::int64_t at);
    void failed(const std::string& error, std::int64_t now, bool passwordRefused);

    [[nodiscard]] const SyncStatus& status() const { return m_status; }
    // Seconds until poll() has something to do (the window's sleep): a
    // tenth while a sync runs, to take its outcome soon after it ends.
    [[nodiscard]] std::optional<double> nextEventIn(std::int64_t now) const;

private:
    void start(SyncAccount account);

    const Clock& m_clock;
    std::unique_ptr<SyncJob> m_job; // null without a server
    std::string m_password;
    SyncStatus m_status;
    std::optional<std::int64_t> m_nextAt; // the next sync by itself
    int m_failures = 0;
};

} // namespace rk::app
