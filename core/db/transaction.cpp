#include "core/db/transaction.h"

#include "core/db/database.h"

#include <sqlite3.h>

namespace rk {

Transaction::Transaction(Database& db) : m_db(db) {
    m_nested = sqlite3_get_autocommit(m_db.handle()) == 0;
    m_db.exec(m_nested ? "SAVEPOINT rk_nested" : "BEGIN IMMEDIATE");
}

Transaction::~Transaction() {
    if (m_done) return;
    if (m_nested)
        sqlite3_exec(m_db.handle(), "ROLLBACK TO rk_nested; RELEASE rk_nested", nullptr, nullptr, nullptr);
    else
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit() {
    m_db.exec(m_nested ? "RELEASE rk_nested" : "COMMIT");
    m_done = true;
}

} // namespace rk
