#include "core/db/bulk_cache.h"

#include "core/db/database.h"

#include <string>

namespace rk {

BulkCache::BulkCache(Database& db) : m_db(db), m_old(db.queryInt("PRAGMA cache_size")) {
    m_db.exec("PRAGMA cache_size = -65536"); // KiB: 64 MB
}

BulkCache::~BulkCache() {
    try {
        m_db.exec("PRAGMA cache_size = " + std::to_string(m_old));
    } catch (...) { // never throw from a destructor; the next open resets it anyway
    }
}

} // namespace rk
