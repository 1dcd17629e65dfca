#pragma once
#include "core/db/statement.h"

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>

namespace rk {

class Database;

// Prepared statements kept for the owner's lifetime. Preparing is the largest
// cost of building the Today queue (the planner weighs every partial index on
// contacts), so the follow-up planner, which lives as long as the view,
// rebuilds cheaply.
class StatementCache {
public:
    explicit StatementCache(Database& db) : m_db(db) {}

    // The statement for `sql`, reset and ready to bind. Cursors over the same
    // SQL that are open at the same time use different slots.
    [[nodiscard]] Statement& get(std::string_view sql, int slot = 0) {
        auto& entry = m_statements[{std::string(sql), slot}];
        if (!entry) entry = std::make_unique<Statement>(m_db, sql);
        else entry->reset();
        return *entry;
    }
    // Ends every cursor, so no read transaction outlives the caller's work.
    void resetAll() {
        for (auto& [key, st] : m_statements) st->reset();
    }

private:
    Database& m_db;
    std::map<std::pair<std::string, int>, std::unique_ptr<Statement>> m_statements;
};

// A group of reads in one read transaction (a savepoint, so it nests inside a
// change): one consistent view, and SQLite skips the lock and schema checks it
// would otherwise repeat per statement. Resets the cache's cursors on the way out.
class ReadScope {
public:
    ReadScope(Database& db, StatementCache& cache);
    ~ReadScope();
    ReadScope(const ReadScope&) = delete;
    ReadScope& operator=(const ReadScope&) = delete;

private:
    Database& m_db;
    StatementCache& m_cache;
};

} // namespace rk
