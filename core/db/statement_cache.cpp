#include "core/db/statement_cache.h"

#include "core/db/database.h"

namespace rk {

ReadScope::ReadScope(Database& db, StatementCache& cache) : m_db(db), m_cache(cache) {
    m_db.exec("SAVEPOINT rk_read_scope");
}

ReadScope::~ReadScope() {
    m_cache.resetAll();
    try {
        m_db.exec("RELEASE rk_read_scope");
    } catch (...) { // releasing a read-only savepoint does not fail; never throw from here
    }
}

} // namespace rk
