#include "core/db/database.h"

#include "core/db/statement.h"
#include "core/db/store_error.h"

#include <sqlite3.h>

#include <utility>

namespace rk {

namespace {

std::string uriFor(const std::string& path, OpenMode mode) {
    // A URI lets us ask for mode=ro, which SQLite honours even for root
    // (chmod does not stop root). Percent-encode what URIs reserve.
    std::string uri = "file:";
    for (unsigned char c : path) {
        if (c == '%' || c == '?' || c == '#' || c < 0x20)
            uri += "%" + std::string(1, "0123456789ABCDEF"[c >> 4]) +
                   std::string(1, "0123456789ABCDEF"[c & 15]);
        else
            uri += static_cast<char>(c);
    }
    if (mode == OpenMode::ReadOnly) uri += "?mode=ro";
    if (mode == OpenMode::Snapshot) uri += "?immutable=1";
    return uri;
}

// Debian's SQLite counts every allocation under a global mutex
// (SQLITE_DEFAULT_MEMSTATUS) and is built without the lookaside allocator, so
// each small allocation pays for the count. Nothing here reads the counters.
// This must run before SQLite initialises, hence before the first open.
void configureSqliteOnce() {
    static const bool configured = [] {
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
        return true;
    }();
    (void)configured;
}

} // namespace

void checkSqlite(sqlite3* db, int rc, const char* what) {
    if (rc == SQLITE_OK || rc == SQLITE_ROW || rc == SQLITE_DONE) return;
    std::string msg = what;
    msg += ": ";
    msg += db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    throw StoreError(msg, rc);
}

Database::Database(const std::string& path, OpenMode mode) : m_path(path), m_mode(mode) {
    configureSqliteOnce();
    int flags = SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case OpenMode::ReadWriteCreate: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE; break;
    case OpenMode::ReadWrite: flags |= SQLITE_OPEN_READWRITE; break;
    case OpenMode::ReadOnly:
    case OpenMode::Snapshot: flags |= SQLITE_OPEN_READONLY; break;
    }
    const std::string uri = path == ":memory:" ? path : uriFor(path, mode);
    int rc = sqlite3_open_v2(uri.c_str(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        std::string msg = "Could not open " + path + ": " +
                          (m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc));
        sqlite3_close(m_db);
        m_db = nullptr;
        throw StoreError(msg, rc);
    }
    sqlite3_extended_result_codes(m_db, 1);
}

Database::~Database() {
    if (m_db) sqlite3_close_v2(m_db);
}

Database::Database(Database&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_path(std::move(other.m_path)),
      m_mode(other.m_mode) {}

Database& Database::operator=(Database&& other) noexcept {
    if (this != &other) {
        if (m_db) sqlite3_close_v2(m_db);
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
        m_mode = other.m_mode;
    }
    return *this;
}

void Database::exec(const std::string& sql) {
    char* err = nullptr;
    int rc = sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        std::string msg = err ? err : sqlite3_errstr(rc);
        sqlite3_free(err);
        throw StoreError(msg, rc);
    }
}

std::int64_t Database::queryInt(const std::string& sql) {
    Statement st(*this, sql);
    return st.step() ? st.int64(0) : 0;
}

std::string Database::queryText(const std::string& sql) {
    Statement st(*this, sql);
    return st.step() ? st.text(0) : std::string();
}

std::int64_t Database::lastInsertId() const { return sqlite3_last_insert_rowid(m_db); }
int Database::changes() const { return sqlite3_changes(m_db); }
std::string Database::errorMessage() const { return m_db ? sqlite3_errmsg(m_db) : ""; }

} // namespace rk
