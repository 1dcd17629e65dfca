#pragma once
#include "core/db/database.h"
#include "core/db/wal_checkpointer.h"
#include "core/time/clock.h"
#include "core/undo/undo_history.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <string>

namespace rk {

struct StoreOptions {
    OpenMode mode = OpenMode::ReadWriteCreate;
    // Before upgrading an existing file's schema, copy it to "<path>.before-v<N>.bak".
    bool backupBeforeMigrating = true;
};

// The user's Rekindle database: opens and validates the file, upgrades its
// schema, and runs every change through the undo history.
//
// Opening refuses, with a plain message and without writing a byte: a file that
// is not SQLite, an SQLite file that belongs to another program, a file that a
// newer Rekindle wrote, and a truncated file.
class Store {
public:
    Store(const std::string& path, const Clock& clock, StoreOptions options = {});
    // The undo history and its listener hold on to this store's connection.
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    [[nodiscard]] Database& db() { return m_db; }
    [[nodiscard]] const Clock& clock() const { return m_clock; }
    [[nodiscard]] const std::string& path() const { return m_db.path(); }
    [[nodiscard]] int schemaVersion();
    [[nodiscard]] bool readOnly() const { return m_db.readOnly(); }

    // Changes whenever the data may have changed, through this store or
    // another connection: views compare it to decide when to reload.
    [[nodiscard]] std::uint64_t revision();
    void bumpRevision() { ++m_localRevision; }

    // One undoable change: a transaction whose effects Ctrl+Z reverts.
    void change(const std::string& label, const std::function<void()>& body);
    [[nodiscard]] UndoHistory& history() { return m_history; }
    // Copies the write-ahead log back into the file off the writing thread.
    [[nodiscard]] WalCheckpointer& checkpointer() { return m_checkpointer; }
    std::string undo();
    std::string redo();

    // How long a write waits for another connection's lock before it fails
    // as busy: the CLI waits seconds, the app only a fraction of a frame budget
    // and tries again later (App's waiting changes).
    static constexpr int kDefaultBusyTimeoutMs = 5000;
    void setBusyTimeout(int milliseconds);
    [[nodiscard]] int busyTimeout() const { return m_busyTimeoutMs; }

    // A consistent copy of the whole database through SQLite's online backup,
    // as one self-contained file (no write-ahead log beside it).
    void backupTo(const std::string& destination);
    // Replaces everything in this database with the Rekindle database at
    // `source`, in one write through the online backup API (other
    // connections see the old data or the new, never a mix), then brings it
    // up to this version's data format. The undo history is cleared: its
    // steps describe data that is gone. Throws StoreError; the source is only
    // read. Callers keep the current data first (restoreBackup does).
    void replaceWith(const std::string& source);
    // "ok", or the problems PRAGMA integrity_check found.
    [[nodiscard]] std::string integrityCheck();

private:
    void validateAndMigrate(const StoreOptions& options);
    void applyPragmas();

    Database m_db;
    WalCheckpointer m_checkpointer; // after m_db: stops before the connection closes
    const Clock& m_clock;
    UndoHistory m_history;
    std::uint64_t m_localRevision = 0;
    int m_busyTimeoutMs = kDefaultBusyTimeoutMs;
};

} // namespace rk
