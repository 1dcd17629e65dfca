#pragma once
#include "core/db/database.h"

#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <thread>

namespace rk {

// Copies the write-ahead log back into the database file on a thread of its
// own, so a commit returns as soon as its data is safe in the log.
//
// By default SQLite does this copy inside the commit that takes the log past
// 1000 pages: a 10k-card import waited about 50 ms for it after its fsync,
// with the second core idle. Here the connection's commits only report the
// log's size; past the threshold a worker with its own connection runs a
// PASSIVE checkpoint, which never waits for or blocks readers and writers.
// Whatever is still in the log when the store closes, SQLite copies back then.
//
// The worker and its connection start on the first checkpoint, so a short
// command-line run never pays for them. Destroy this before the connection.
class WalCheckpointer {
public:
    explicit WalCheckpointer(Database& db, int thresholdPages = 1000);
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer&) = delete;
    WalCheckpointer& operator=(const WalCheckpointer&) = delete;

    // Waits until no checkpoint is asked for or running.
    void waitUntilIdle();
    // How many checkpoints the worker has run (tests).
    [[nodiscard]] std::int64_t checkpointsRun();

private:
    static int onCommit(void* self, sqlite3* db, const char* schema, int logPages);
    void request();
    void run();

    sqlite3* m_db;
    std::string m_path;
    int m_threshold;
    int m_pagesAtLastRequest =
        0; // the log's size when a checkpoint was last asked for (writer's thread only)
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_requested = false;
    bool m_running = false;
    bool m_stopping = false;
    std::int64_t m_done = 0;
    std::thread m_worker; // last: starts after everything it reads
};

} // namespace rk
