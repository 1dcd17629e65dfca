#include "app/sync/background_sync.h"

#include "core/time/clock.h"

#include <algorithm>

namespace rk::app {

namespace {
constexpr std::int64_t kFirstRetrySeconds = 30;
constexpr std::int64_t kLongestRetrySeconds = 15 * 60;
} // namespace

BackgroundSync::BackgroundSync(std::string databasePath, const Clock& clock, SyncServer* server,
                               PasswordKeeper* keeper)
    : m_clock(clock) {
    if (server) m_job = std::make_unique<SyncJob>(std::move(databasePath), clock, *server);
    if (server && keeper) {
        m_keyring = std::make_unique<KeyringWorker>(*keeper);
        m_status.keyring = KeyringState::Unknown;
    }
    m_status.available = server != nullptr;
}

void BackgroundSync::setAccount(SyncAccount account, std::optional<std::int64_t> lastAt) {
    m_status.account = std::move(account);
    m_status.lastAt = lastAt;
    // (A refused password at set-up leaves no account, and still needs one.)
    m_status.needsPassword =
        m_password.empty() && (m_status.account.configured() || m_status.needsPassword);
    lookUpSavedPassword();
}

void BackgroundSync::lookUpSavedPassword() {
    const SyncAccount& account = m_status.account;
    if (!m_keyring || !account.configured() || !m_password.empty()) return;
    std::pair<std::string, std::string> who{account.server, account.user};
    if (m_lookedUp == who) return;
    m_lookedUp = who;
    m_keyring->ask({KeyringWorker::Call::Lookup, who.first, who.second, {}});
    m_status.keyring = KeyringState::Asking;
}

void BackgroundSync::takeKeyringReplies() {
    if (!m_keyring) return;
    while (std::optional<KeyringWorker::Reply> reply = m_keyring->take()) {
        keyringAnswered(reply->answer);
        const KeyringWorker::Request& asked = reply->request;
        const bool current =
            asked.server == m_status.account.server && asked.user == m_status.account.user;
        if (!reply->answer.available) continue;
        switch (asked.call) {
        case KeyringWorker::Call::Lookup:
            if (!current) break;
            m_status.savedInKeyring = reply->answer.password.has_value();
            // A password typed meanwhile wins over the saved one.
            if (reply->answer.password && m_password.empty())
                setPassword(std::move(*reply->answer.password), true);
            break;
        case KeyringWorker::Call::Store:
            if (current) m_status.savedInKeyring = true;
            m_status.savedPasswordRefused = false;
            break;
        case KeyringWorker::Call::Forget:
            if (current) m_status.savedInKeyring = false;
            break;
        }
    }
}

void BackgroundSync::keyringAnswered(const KeyringAnswer& answer) {
    m_status.keyring = answer.available ? KeyringState::Running : KeyringState::NotRunning;
    if (!answer.available) m_status.savedInKeyring = false;
}

void BackgroundSync::setPassword(std::string password, bool fromKeyring) {
    m_password = std::move(password);
    m_passwordFromKeyring = fromKeyring;
    m_status.hasPassword = !m_password.empty();
    if (m_status.hasPassword) m_status.needsPassword = false;
}

bool BackgroundSync::syncNow() {
    if (!m_job || !m_status.account.configured() || m_password.empty()) return false;
    if (!m_job->running()) start(m_status.account);
    return true;
}

void BackgroundSync::setUp(const std::string& server, const std::string& user,
                           std::string password) {
    if (!m_job || m_job->running()) return;
    setPassword(std::move(password), false);
    SyncAccount account = m_status.account;
    if (account.server != server || account.user != user)
        account = {server, user, ""}; // found again
    // Typed for this account: no saved one is to be looked up for it later.
    m_lookedUp = std::pair{server, user};
    m_tasks = true; // its task list is looked for again
    start(std::move(account));
}

void BackgroundSync::forgetPassword() {
    setPassword({}, false);
    m_status.needsPassword = m_status.account.configured();
    m_saveWhenSynced = false; // a sync under way does not save it again
    m_status.savedPasswordRefused = false;
    m_nextAt.reset();
    m_status.retryAt.reset();
    if (m_keyring && m_status.account.configured()) {
        m_lookedUp = std::pair{m_status.account.server, m_status.account.user};
        m_keyring->ask(
            {KeyringWorker::Call::Forget, m_status.account.server, m_status.account.user, {}});
    }
}

void BackgroundSync::start(SyncAccount account) {
    m_status.running = true;
    m_status.needsPassword = false;
    m_status.retryAt.reset();
    m_nextAt.reset();
    m_syncingAs = {account.server, account.user};
    m_saveWhenSynced = m_keyring && (!m_passwordFromKeyring || !m_status.savedInKeyring);
    m_job->start({std::move(account), m_password, m_tasks});
}

std::optional<SyncOutcome> BackgroundSync::poll(std::int64_t now) {
    if (!m_job) return std::nullopt;
    takeKeyringReplies();
    if (m_job->running()) {
        std::optional<SyncOutcome> done = m_job->take();
        if (done) m_status.running = false;
        return done;
    }
    // The first sync of the run, and the ones after, once there is a password.
    if (m_status.account.configured() && !m_password.empty() && (!m_nextAt || now >= *m_nextAt))
        start(m_status.account);
    return std::nullopt;
}

void BackgroundSync::applied(const std::string& summary, std::int64_t at, bool soonAgain) {
    m_failures = 0;
    m_status.error.clear();
    m_status.lastResult = summary;
    m_status.lastAt = at;
    m_nextAt = soonAgain ? at : at + kEverySeconds;
    // The password works: into the keyring (replacing a refused one), once.
    if (m_saveWhenSynced && !m_password.empty()) {
        m_keyring->ask(
            {KeyringWorker::Call::Store, m_syncingAs.first, m_syncingAs.second, m_password});
        m_passwordFromKeyring = true;
    }
    m_saveWhenSynced = false;
}

void BackgroundSync::tasksSynced(std::string problem, bool noTaskList) {
    // A run that stopped asking for the task list keeps saying why.
    if (!m_tasks) return;
    m_status.tasksProblem = std::move(problem);
    if (noTaskList) m_tasks = false;
}

void BackgroundSync::failed(const std::string& error, std::int64_t now, bool passwordRefused) {
    m_status.error = error;
    m_saveWhenSynced = false;
    if (passwordRefused) {
        // Trying again would only be refused again (and may lock the account).
        // A saved password stays saved: a new one that works replaces it.
        m_status.savedPasswordRefused = m_passwordFromKeyring && m_status.savedInKeyring;
        setPassword({}, false);
        m_status.needsPassword = true;
        m_nextAt.reset();
        m_status.retryAt.reset();
        return;
    }
    const std::int64_t wait =
        std::min(kLongestRetrySeconds, kFirstRetrySeconds << std::min(m_failures, 10));
    ++m_failures;
    m_nextAt = now + wait;
    m_status.retryAt = m_nextAt;
}

std::optional<double> BackgroundSync::nextEventIn(std::int64_t now) const {
    if (!m_job) return std::nullopt;
    if (m_status.running || (m_keyring && m_keyring->busy())) return 0.1;
    if (!m_nextAt || m_password.empty()) return std::nullopt;
    return static_cast<double>(std::max<std::int64_t>(0, *m_nextAt - now));
}

} // namespace rk::app
