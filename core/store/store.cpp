#include "core/store/store.h"

#include "core/db/statement.h"
#include "core/db/store_error.h"
#include "core/db/transaction.h"
#include "core/store/schema.h"
#include "core/store/search_index.h"
#include "core/store/search_index_fold.h"

#include <sqlite3.h>

#include <array>
#include <filesystem>
#include <fstream>

namespace rk {

namespace fs = std::filesystem;

namespace {

std::uint32_t readBigEndian32(const unsigned char* p) {
    return (std::uint32_t(p[0]) << 24) | (std::uint32_t(p[1]) << 16) | (std::uint32_t(p[2]) << 8) |
           std::uint32_t(p[3]);
}

// SQLite trusts the page count in the header only when the "version valid
// for" field matches the change counter; then a shorter file was cut off.
//
// The header is read through the connection's own descriptor, never one of
// our own: POSIX locks belong to the process, and closing any descriptor of
// a file drops every lock the process holds on it, the other connections'
// too (the window's, each time its sync opens a connection of its own).
// Another program closing the database would then take itself for the last
// one open and delete the write-ahead log the window still writes to.
bool looksTruncated(sqlite3* db) {
    sqlite3_file* file = nullptr;
    if (sqlite3_file_control(db, "main", SQLITE_FCNTL_FILE_POINTER, &file) != SQLITE_OK || !file ||
        !file->pMethods)
        return false;
    sqlite3_int64 size = 0;
    if (file->pMethods->xFileSize(file, &size) != SQLITE_OK || size < 100) return false;
    std::array<unsigned char, 100> header{};
    if (file->pMethods->xRead(file, header.data(), static_cast<int>(header.size()), 0) != SQLITE_OK) return false;
    std::uint32_t pageSize = (std::uint32_t(header[16]) << 8) | header[17];
    if (pageSize == 1) pageSize = 65536;
    const std::uint32_t pages = readBigEndian32(&header[28]);
    const std::uint32_t changeCounter = readBigEndian32(&header[24]);
    const std::uint32_t validFor = readBigEndian32(&header[92]);
    if (pages == 0 || changeCounter != validFor) return false;
    return static_cast<std::uint64_t>(size) < std::uint64_t(pages) * pageSize;
}

std::string notOursMessage(const std::string& path) {
    return path + " is not a Rekindle database. It looks like a file from another program, "
                  "so Rekindle left it untouched. Choose another file with --db.";
}

} // namespace

Store::Store(const std::string& path, const Clock& clock, StoreOptions options)
    : m_db([&] {
          // Create a brand-new file as 0600 before SQLite does, so people's
          // notes are never readable by other users on the machine.
          if (path != ":memory:" && options.mode == OpenMode::ReadWriteCreate && !fs::exists(path)) {
              std::ofstream create(path, std::ios::binary);
              if (!create)
                  throw StoreError("Could not create " + path +
                                   ". Check that the folder exists and that you may write to it.");
              create.close();
              fs::permissions(path, fs::perms::owner_read | fs::perms::owner_write,
                              fs::perm_options::replace);
          }
          if (path != ":memory:" && options.mode != OpenMode::ReadWriteCreate && !fs::exists(path))
              throw StoreError("There is no database at " + path + ".");
          return Database(path, options.mode);
      }()),
      m_checkpointer(m_db), m_clock(clock), m_history(m_db) {
    if (path != ":memory:" && looksTruncated(m_db.handle()))
        throw StoreError(path + " looks damaged: the file is shorter than its own header says "
                                "(it may have been cut off while copying). Rekindle left it "
                                "untouched; restore it from a backup.",
                         SQLITE_CORRUPT);
    registerSearchFold(m_db); // the index writers and migration v4 call it
    validateAndMigrate(options);
    applyPragmas();
    m_history.onApplied([this](const std::vector<unsigned char>& changeset) { reindexChangedContacts(m_db, changeset); });
}

void Store::validateAndMigrate(const StoreOptions& options) {
    // The first statement is where SQLite notices a file that is not a database.
    std::int64_t version = 0;
    std::int64_t appId = 0;
    std::int64_t objects = 0;
    try {
        sqlite3_busy_timeout(m_db.handle(), m_busyTimeoutMs);
        version = m_db.queryInt("PRAGMA user_version");
        appId = m_db.queryInt("PRAGMA application_id");
        objects = m_db.queryInt("SELECT count(*) FROM sqlite_schema");
    } catch (const StoreError& e) {
        const int primary = e.code() & 0xff;
        if (primary == SQLITE_NOTADB)
            throw StoreError(m_db.path() + " is not a Rekindle database (it is not an SQLite file "
                                           "at all). Rekindle left it untouched.",
                             e.code());
        if (primary == SQLITE_CORRUPT)
            throw StoreError(m_db.path() + " is damaged and cannot be read. Rekindle left it "
                                           "untouched; restore it from a backup.",
                             e.code());
        if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
            throw StoreError(m_db.path() + " is locked by another program. Close it and try again.",
                             e.code());
        throw;
    }

    const int latest = latestSchemaVersion();
    const bool empty = objects == 0 && version == 0;
    if (!empty && appId != kApplicationId) throw StoreError(notOursMessage(m_db.path()));
    if (version > latest)
        throw StoreError(m_db.path() + " was written by a newer version of Rekindle (data format " +
                         std::to_string(version) + "; this version understands up to " +
                         std::to_string(latest) +
                         "). Please update Rekindle. The file was not changed.");
    if (version == latest) return;
    if (m_db.readOnly())
        throw StoreError(m_db.path() + " needs an upgrade to the current data format, but it is "
                                       "open read-only. Nothing was changed.");

    if (!empty && options.backupBeforeMigrating && m_db.path() != ":memory:")
        backupTo(m_db.path() + ".before-v" + std::to_string(latest) + ".bak");

    // Every pending step in one transaction that also sets the new version:
    // a failed upgrade leaves the file exactly as it was.
    auto steps = schemaMigrations();
    try {
        Transaction tx(m_db);
        for (int v = static_cast<int>(version); v < latest; ++v) m_db.exec(std::string(steps[v]));
        m_db.exec("PRAGMA user_version = " + std::to_string(latest));
        m_db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
        tx.commit();
    } catch (const StoreError& e) {
        if ((e.code() & 0xff) == SQLITE_READONLY)
            throw StoreError("Rekindle can't write to " + m_db.path() +
                                 ". Check the file's permissions. Nothing was changed.",
                             e.code());
        throw;
    }
}

void Store::applyPragmas() {
    // foreign_keys is a no-op inside a transaction, so it is set here, on open.
    m_db.exec("PRAGMA foreign_keys = ON");
    if (!m_db.readOnly()) {
        try {
            m_db.exec("PRAGMA journal_mode = WAL");
        } catch (const StoreError& e) {
            if ((e.code() & 0xff) == SQLITE_READONLY)
                throw StoreError("Rekindle can't write to " + m_db.path() +
                                     ". Check the file's permissions, or open it read-only.",
                                 e.code());
            throw;
        }
    }
    // FULL: a logged interaction survives a power cut.
    m_db.exec("PRAGMA synchronous = FULL");
    // Reads through a memory map skip a system call per page: search and the
    // queue touch many small pages at 100k contacts. Writes still go through WAL.
    m_db.exec("PRAGMA mmap_size = 268435456");
}

int Store::schemaVersion() { return static_cast<int>(m_db.queryInt("PRAGMA user_version")); }

std::uint64_t Store::revision() {
    // data_version moves when another connection commits; our own commits are counted locally.
    const auto external = static_cast<std::uint64_t>(m_db.queryInt("PRAGMA data_version"));
    return (external << 32) + m_localRevision;
}

void Store::change(const std::string& label, const std::function<void()>& body) {
    if (m_db.readOnly())
        throw StoreError("This database is open read-only, so changes can't be saved.",
                         SQLITE_READONLY);
    m_history.record(label, body);
    ++m_localRevision;
}

std::string Store::undo() {
    std::string label = m_history.undo();
    ++m_localRevision;
    return label;
}

std::string Store::redo() {
    std::string label = m_history.redo();
    ++m_localRevision;
    return label;
}

void Store::backupTo(const std::string& destination) {
    sqlite3* dest = nullptr;
    int rc = sqlite3_open_v2(destination.c_str(), &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                             nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_close(dest);
        throw StoreError("Could not write a backup to " + destination, rc);
    }
    sqlite3_backup* backup = sqlite3_backup_init(dest, "main", m_db.handle(), "main");
    if (!backup) {
        std::string msg = sqlite3_errmsg(dest);
        sqlite3_close(dest);
        throw StoreError("Could not write a backup to " + destination + ": " + msg);
    }
    rc = sqlite3_backup_step(backup, -1);
    sqlite3_backup_finish(backup);
    // The copy is one self-contained file (no -wal beside it), so it can be
    // looked at read-only, copied or restored as it is.
    if (rc == SQLITE_DONE) rc = sqlite3_exec(dest, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
    sqlite3_close(dest);
    if (rc != SQLITE_DONE && rc != SQLITE_OK) throw StoreError("Backup to " + destination + " failed", rc);
    std::error_code ec;
    fs::permissions(destination, fs::perms::owner_read | fs::perms::owner_write,
                    fs::perm_options::replace, ec);
}

void Store::setBusyTimeout(int milliseconds) {
    sqlite3_busy_timeout(m_db.handle(), milliseconds);
    m_busyTimeoutMs = milliseconds;
}

void Store::replaceWith(const std::string& source) {
    if (m_db.readOnly())
        throw StoreError("This database is open read-only, so a backup can't be restored into it.",
                         SQLITE_READONLY);
    Database from(source, OpenMode::Snapshot);
    sqlite3_backup* backup = sqlite3_backup_init(m_db.handle(), "main", from.handle(), "main");
    if (!backup) throw StoreError("Could not restore from " + source + ": " + m_db.errorMessage());
    int rc = sqlite3_backup_step(backup, -1);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) {
        const int primary = rc & 0xff;
        if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
            throw StoreError("Another program is writing to " + m_db.path() +
                                 ", so the backup was not restored. Try again in a moment.",
                             rc);
        throw StoreError("Could not restore from " + source + ": " + sqlite3_errstr(rc), rc);
    }
    m_history.clear();
    ++m_localRevision;
    // An older backup is upgraded like any older file (no backup of it first:
    // the file it came from is still there).
    validateAndMigrate(StoreOptions{.mode = OpenMode::ReadWrite, .backupBeforeMigrating = false});
}

std::string Store::integrityCheck() {
    Statement st(m_db, "PRAGMA integrity_check");
    std::string out;
    while (st.step()) {
        if (!out.empty()) out += "\n";
        out += st.text(0);
    }
    return out;
}

} // namespace rk
