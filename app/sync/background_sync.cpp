#include "app/sync/background_sync.h"

#include "core/time/clock.h"

#include <algorithm>

namespace rk::app {

namespace {
constexpr std::int64_t kFirstRetrySeconds = 30;
constexpr std::int64_t kLongestRetrySeconds = 15 * 60;
} // namespace

BackgroundSync::BackgroundSync(std::string databasePath, const Clock& clock, SyncServer* server)
    : m_clock(clock) {
    if (server) m_job = std::make_unique<SyncJob>(std::move(databasePath), clock, *server);
    m_status.available = server != nullptr;
}

void BackgroundSync::setAccount(SyncAccount account, std::optional<std::int64_t> lastAt) {
    m_status.account = std::move(account);
    m_status.lastAt = lastAt;
    // (A refused password at set-up leaves no account, and still needs one.)
    m_status.needsPassword = m_password.empty() && (m_status.account.configured() || m_status.needsPassword);
}

bool BackgroundSync::syncNow() {
    if (!m_job || !m_status.account.configured() || m_password.empty()) return false;
    if (!m_job->running()) start(m_status.account);
    return true;
}

void BackgroundSync::setUp(const std::string& server, const std::string& user, std::string password) {
    if (!m_job || m_job->running()) return;
    m_password = std::move(password);
    SyncAccount account = m_status.account;
    if (account.server != server || account.user != user) account = {server, user, ""}; // found again
    start(std::move(account));
}

void BackgroundSync::start(SyncAccount account) {
    m_status.running = true;
    m_status.needsPassword = false;
    m_status.retryAt.reset();
    m_nextAt.reset();
    m_job->start({std::move(account), m_password});
}

std::optional<SyncOutcome> BackgroundSync::poll(std::int64_t now) {
    if (!m_job) return std::nullopt;
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

void BackgroundSync::applied(const std::string& summary, std::int64_t at) {
    m_failures = 0;
    m_status.error.clear();
    m_status.lastResult = summary;
    m_status.lastAt = at;
    m_nextAt = at + kEverySeconds;
}

void BackgroundSync::failed(const std::string& error, std::int64_t now, bool passwordRefused) {
    m_status.error = error;
    if (passwordRefused) {
        // Trying again would only be refused again (and may lock the account).
        m_password.clear();
        m_status.needsPassword = true;
        m_nextAt.reset();
        m_status.retryAt.reset();
        return;
    }
    const std::int64_t wait = std::min(kLongestRetrySeconds, kFirstRetrySeconds << std::min(m_failures, 10));
    ++m_failures;
    m_nextAt = now + wait;
    m_status.retryAt = m_nextAt;
}

std::optional<double> BackgroundSync::nextEventIn(std::int64_t now) const {
    if (!m_job) return std::nullopt;
    if (m_status.running) return 0.1;
    if (!m_nextAt || m_password.empty()) return std::nullopt;
    return static_cast<double>(std::max<std::int64_t>(0, *m_nextAt - now));
}

} // namespace rk::app
