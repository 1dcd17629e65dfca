#pragma once
#include <cstdint>

namespace rk {

class Database;

// SQLite's page cache made large for the length of a bulk write (not a cache
// of statements: see StatementCache for that). A bulk write touches index
// pages all over the file. With SQLite's default 2 MB cache those pages spill
// to the WAL again and again (a 10k-card import wrote 1.5 GB); a larger cache
// for the length of the import keeps it to one pass. The old size is put back
// afterwards, so the memory is returned.
class BulkCache {
public:
    explicit BulkCache(Database& db);
    ~BulkCache(); // never throws
    BulkCache(const BulkCache&) = delete;
    BulkCache& operator=(const BulkCache&) = delete;

private:
    Database& m_db;
    std::int64_t m_old;
};

} // namespace rk
