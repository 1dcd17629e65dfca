#pragma once
#include "core/db/sql_batch.h"

#include <string>
#include <vector>

struct sqlite3_module;

namespace rk {

class Database;

// Rows held in memory, readable by SQL as a table named `name` for the life
// of this object:
//     MemoryTable docs(db, "import_docs", {"rowid", "name"}, rows);
//     db.exec("INSERT INTO contacts_fts(rowid, name) SELECT * FROM import_docs");
// FTS5 writes its pending terms out at the end of every statement, so a bulk
// writer indexes thousands of documents with one INSERT … SELECT; reading
// them from here spares copying them into a scratch table first (5% of a
// 10k-card import). Text and blobs are handed to SQLite without copying:
// `rows` must outlive every statement that reads the table.
class MemoryTable {
public:
    MemoryTable(Database& db, std::string name, const std::vector<std::string>& columns,
                const std::vector<std::vector<SqlValue>>& rows);
    ~MemoryTable(); // unregisters the table (never throws)
    MemoryTable(const MemoryTable&) = delete;
    MemoryTable& operator=(const MemoryTable&) = delete;

    struct Source {
        std::string schema; // "CREATE TABLE x(…)" as the module declares it
        const std::vector<std::vector<SqlValue>>* rows;
    };

private:
    Database& m_db;
    std::string m_name;
    Source m_source;
};

} // namespace rk
