#pragma once
#include "app/sync/keyring_worker.h"
#include "core/sync/sync_job.h"
#include "core/sync/sync_state.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>

namespace rk {
class Clock;
class PasswordKeeper;
class SyncServer;
} // namespace rk

namespace rk::app {

// Whether this run has a system keyring for the password, as far as it knows.
enum class KeyringState {
    None,       // no keyring to ask in this run (screenshots, most tests)
    Unknown,    // one to ask, not asked yet (no account)
    Asking,     // looking for the password at start
    Running,    // it answered last time
    NotRunning, // it did not (no Secret Service, or no session bus): memory only
};

// What More → Sync and its status line show.
struct SyncStatus {
    bool available = false; // this run can reach servers (the window; not a screenshot)
    SyncAccount account;    // as saved here: server and user, the address book once found
    bool running = false;
    bool needsPassword = false;          // set up, but no password this session (or it was refused)
    std::optional<std::int64_t> lastAt;  // the last sync that finished, from the data
    std::string lastResult;              // what it did, this session: "Synced: 2 received, 1 sent"
    std::string error;                   // why the last try failed, in plain words
    std::string tasksProblem;            // why the follow-ups did not sync last time, in plain words
    std::optional<std::int64_t> retryAt; // when it tries again by itself
    KeyringState keyring = KeyringState::None;
    bool hasPassword = false;    // a password for this run, typed or from the keyring
    bool savedInKeyring = false; // the keyring holds the account's password
    // The server refused the saved one: a new one replaces it once it works.
    bool savedPasswordRefused = false;
};

// When the App syncs, and with what password: on start (once there is a
// password), every quarter of an hour, on demand; after a failure to reach
// the server it tries again after 30 s, 1, 2, 4 … minutes (at most 15); a
// refused password waits for a new one. The password lives here, in memory,
// for this run, and in the system keyring when there is one: looked up at
// start (on the KeyringWorker's thread), saved once a typed one has synced.
// A saved password the server refuses stays saved until a new one works,
// which replaces it; nothing is forgotten but by "Forget saved password".
// The work is a SyncJob on its own thread; the App takes its outcome and
// applies it (it owns the store's connection).
class BackgroundSync {
public:
    static constexpr std::int64_t kEverySeconds = 15 * 60;

    // `server` null: no syncing in this run (screenshots, most UI tests).
    // `keeper` null: the password is kept in memory only.
    BackgroundSync(std::string databasePath, const Clock& clock, SyncServer* server,
                   PasswordKeeper* keeper);

    // The account as the data says now (read by the App when it changes).
    void setAccount(SyncAccount account, std::optional<std::int64_t> lastAt);
    // Start now if it can. Returns false when it needs a password (or the
    // account) first: the App shows More → Sync.
    bool syncNow();
    // A new server or user (its address book is found again) or just the
    // password; starts a sync.
    void setUp(const std::string& server, const std::string& user, std::string password);
    // Forgets the password, in memory and in the keyring: the next sync asks.
    void forgetPassword();
    // Starts the timed syncs, and returns a finished one's outcome for the App to apply.
    [[nodiscard]] std::optional<SyncOutcome> poll(std::int64_t now);
    // What became of an outcome: applied with this summary (it may say that
    // some people were left for the next sync), or it failed here. With
    // `soonAgain` the next sync starts at once: a "done" from the phone began
    // new rounds here, whose tasks (and the people's new history) go out.
    void applied(const std::string& summary, std::int64_t at, bool soonAgain = false);
    // How the follow-ups went in the sync just applied: `problem` is "" when
    // they synced. A server with no task list is not asked again this run
    // (until sync is set up again).
    void tasksSynced(std::string problem, bool noTaskList);
    void failed(const std::string& error, std::int64_t now, bool passwordRefused);

    [[nodiscard]] const SyncStatus& status() const { return m_status; }
    // Seconds until poll() has something to do (the window's sleep): a
    // tenth while a sync runs, to take its outcome soon after it ends.
    [[nodiscard]] std::optional<double> nextEventIn(std::int64_t now) const;

private:
    void start(SyncAccount account);
    void lookUpSavedPassword();
    void takeKeyringReplies();
    void keyringAnswered(const KeyringAnswer& answer);
    void setPassword(std::string password, bool fromKeyring);

    const Clock& m_clock;
    std::unique_ptr<SyncJob> m_job;           // null without a server
    std::unique_ptr<KeyringWorker> m_keyring; // null without a keyring (or a server)
    std::string m_password;
    bool m_passwordFromKeyring = false;
    // The account whose saved password was looked up this run: once each, so
    // a refused one is not taken again.
    std::optional<std::pair<std::string, std::string>> m_lookedUp;
    // Who the running sync is for, and whether its password should be saved
    // once it works (typed, or not in the keyring yet).
    std::pair<std::string, std::string> m_syncingAs;
    bool m_saveWhenSynced = false;
    SyncStatus m_status;
    std::optional<std::int64_t> m_nextAt; // the next sync by itself
    bool m_tasks = true;                  // the follow-ups sync too (the server has a task list)
    int m_failures = 0;
};

} // namespace rk::app
