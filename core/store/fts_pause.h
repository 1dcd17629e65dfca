#pragma once
#include <cstdint>
#include <vector>

namespace rk {

class Database;

// Bulk writers (import, the demo generator) would re-index a contact once per
// tag, method and topic they add. Inside their transaction they pause the
// index triggers instead and re-index each touched contact once at the end.
// Pausing also keeps the full-text tables out of the transaction until then:
// once one is written, every later statement makes it flush (see schema v2).
class FtsPause {
public:
    explicit FtsPause(Database& db);
    ~FtsPause(); // resumes the triggers (never throws)
    FtsPause(const FtsPause&) = delete;
    FtsPause& operator=(const FtsPause&) = delete;

    // Re-indexes these contacts and resumes the triggers.
    void finish(const std::vector<std::int64_t>& touchedContactIds);
    // Rebuilds the whole index and resumes the triggers.
    void finishAll();

private:
    Database& m_db;
    bool m_finished = false;
};

// Adds contacts firstId..lastId to the names index, in one statement: for a
// bulk writer that indexes its new contacts' documents itself.
void indexNames(Database& db, std::int64_t firstId, std::int64_t lastId);

// Rebuilds both search indexes (everything, names) for every contact.
void rebuildSearchIndex(Database& db);

} // namespace rk
