#include "core/db/statement.h"

#include "core/db/database.h"
#include "core/db/store_error.h"

#include <sqlite3.h>

namespace rk {

Statement::Statement(Database& db, std::string_view sql) : m_db(db) {
    int rc = sqlite3_prepare_v3(db.handle(), sql.data(), static_cast<int>(sql.size()), 0, &m_stmt,
                                nullptr);
    checkSqlite(db.handle(), rc, "Preparing a query");
}

Statement::~Statement() { sqlite3_finalize(m_stmt); }

Statement& Statement::bind(int index, std::int64_t value) {
    checkSqlite(m_db.handle(), sqlite3_bind_int64(m_stmt, index, value), "Binding a value");
    return *this;
}

Statement& Statement::bind(int index, double value) {
    checkSqlite(m_db.handle(), sqlite3_bind_double(m_stmt, index, value), "Binding a value");
    return *this;
}

Statement& Statement::bindUncopied(int index, std::string_view value) {
    checkSqlite(m_db.handle(),
                sqlite3_bind_text64(m_stmt, index, value.data(), value.size(), SQLITE_STATIC, SQLITE_UTF8),
                "Binding a value");
    return *this;
}

void Statement::clearBindings() { sqlite3_clear_bindings(m_stmt); }

Statement& Statement::bind(int index, std::string_view value) {
    checkSqlite(m_db.handle(),
                sqlite3_bind_text64(m_stmt, index, value.data(), value.size(), SQLITE_TRANSIENT,
                                    SQLITE_UTF8),
                "Binding a value");
    return *this;
}

Statement& Statement::bindBlob(int index, std::span<const unsigned char> value) {
    checkSqlite(m_db.handle(),
                sqlite3_bind_blob64(m_stmt, index, value.data(), value.size(), SQLITE_TRANSIENT),
                "Binding a value");
    return *this;
}

Statement& Statement::bindNull(int index) {
    checkSqlite(m_db.handle(), sqlite3_bind_null(m_stmt, index), "Binding a value");
    return *this;
}

bool Statement::step() {
    int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    checkSqlite(m_db.handle(), rc, "Running a query");
    return false;
}

void Statement::run() {
    while (step()) {
    }
}

void Statement::reset() {
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

std::int64_t Statement::int64(int col) const { return sqlite3_column_int64(m_stmt, col); }
double Statement::real(int col) const { return sqlite3_column_double(m_stmt, col); }

std::string Statement::text(int col) const {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, col));
    return p ? std::string(p, static_cast<size_t>(sqlite3_column_bytes(m_stmt, col))) : std::string();
}

std::vector<unsigned char> Statement::blob(int col) const {
    const auto* p = static_cast<const unsigned char*>(sqlite3_column_blob(m_stmt, col));
    const int n = sqlite3_column_bytes(m_stmt, col);
    return p ? std::vector<unsigned char>(p, p + n) : std::vector<unsigned char>();
}

bool Statement::isNull(int col) const { return sqlite3_column_type(m_stmt, col) == SQLITE_NULL; }
int Statement::columnCount() const { return sqlite3_column_count(m_stmt); }

std::optional<std::int64_t> Statement::optInt64(int col) const {
    if (isNull(col)) return std::nullopt;
    return int64(col);
}

std::optional<std::string> Statement::optText(int col) const {
    if (isNull(col)) return std::nullopt;
    return text(col);
}

} // namespace rk
