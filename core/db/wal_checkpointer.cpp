#include "core/db/wal_checkpointer.h"

#include "core/db/store_error.h"

#include <sqlite3.h>

#include <optional>

namespace rk {

WalCheckpointer::WalCheckpointer(Database& db, int thresholdPages)
    : m_db(db.handle()), m_path(db.path()), m_threshold(thresholdPages) {
    // An in-memory database has no log, and a read-only one never commits.
    if (db.readOnly() || m_path == ":memory:" || m_path.empty()) return;
    // Replaces SQLite's own hook, the one that checkpoints inside the commit.
    sqlite3_wal_hook(m_db, &WalCheckpointer::onCommit, this);
}

WalCheckpointer::~WalCheckpointer() {
    sqlite3_wal_hook(m_db, nullptr, nullptr);
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_worker.joinable()) m_worker.join();
}

int WalCheckpointer::onCommit(void* self, sqlite3*, const char*, int logPages) {
    auto* c = static_cast<WalCheckpointer*>(self);
    // The log only starts again from its beginning at the first commit after
    // a checkpoint has copied all of it. Commits that land while a checkpoint
    // runs keep it past the threshold; asking again at each of them ran a
    // checkpoint (and two fsyncs) per commit. So ask again only once the log
    // has grown by another threshold's worth, or after it started over.
    if (logPages < c->m_pagesAtLastRequest) c->m_pagesAtLastRequest = 0;
    if (logPages >= c->m_threshold && logPages - c->m_pagesAtLastRequest >= c->m_threshold) {
        c->m_pagesAtLastRequest = logPages;
        c->request();
    }
    return SQLITE_OK;
}

void WalCheckpointer::request() {
    std::lock_guard lock(m_mutex);
    m_requested = true;
    if (!m_worker.joinable()) m_worker = std::thread([this] { run(); });
    m_wake.notify_all();
}

void WalCheckpointer::run() {
    // A connection of its own: SQLite connections here are opened without a
    // mutex, so the writer's connection must never be used from this thread.
    std::optional<Database> own;
    try {
        own.emplace(m_path, OpenMode::ReadWrite);
        // A connection finds the log on its first read; until then SQLite
        // 3.40 has nothing to checkpoint with.
        (void)own->queryInt("PRAGMA schema_version");
    } catch (const StoreError&) {
        // The file can't be opened a second time: the log is then copied back
        // when the store closes, as it is anyway for what is left in it.
    }
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_requested || m_stopping; });
        if (m_stopping) break;
        m_requested = false;
        m_running = true;
        lock.unlock();
        // PASSIVE copies what no reader still needs and never waits; a busy
        // or failed attempt is simply retried after a later commit.
        if (own)
            sqlite3_wal_checkpoint_v2(own->handle(), "main", SQLITE_CHECKPOINT_PASSIVE, nullptr,
                                      nullptr);
        lock.lock();
        m_running = false;
        ++m_done;
        m_wake.notify_all();
    }
}

void WalCheckpointer::waitUntilIdle() {
    std::unique_lock lock(m_mutex);
    m_wake.wait(lock, [this] { return !m_requested && !m_running; });
}

std::int64_t WalCheckpointer::checkpointsRun() {
    std::lock_guard lock(m_mutex);
    return m_done;
}

} // namespace rk
