#include "core/store/fts_pause.h"

#include "core/db/database.h"
#include "core/db/statement.h"

#include <sqlite3.h>

namespace rk {

namespace {
constexpr const char* kInsertDoc =
    "INSERT INTO contacts_fts(rowid, name, company, title, industry, location, how_met, notes, "
    "tags, knows, methods, past_roles) SELECT * FROM contact_search_doc";
constexpr const char* kInsertName =
    "INSERT INTO contacts_fts_names(rowid, name) "
    "SELECT id, display_name || ' ' || given_name || ' ' || family_name FROM contacts";
} // namespace

FtsPause::FtsPause(Database& db) : m_db(db) {
    m_db.exec("INSERT OR IGNORE INTO fts_pause(paused) VALUES(1)");
}

FtsPause::~FtsPause() {
    if (!m_finished) sqlite3_exec(m_db.handle(), "DELETE FROM fts_pause", nullptr, nullptr, nullptr);
}

void FtsPause::finish(const std::vector<std::int64_t>& ids) {
    // One statement per table for all the ids, not one per id: FTS5 writes
    // its pending terms out at the end of every statement (see schema v2).
    std::string list = "[";
    for (auto id : ids) list += (list.size() > 1 ? "," : "") + std::to_string(id);
    list += "]";
    constexpr const char* kIds = " IN (SELECT value FROM json_each(?1))";
    for (const std::string& sql : {"DELETE FROM contacts_fts WHERE rowid" + std::string(kIds),
                                   std::string(kInsertDoc) + " WHERE id" + kIds,
                                   "DELETE FROM contacts_fts_names WHERE rowid" + std::string(kIds),
                                   std::string(kInsertName) + " WHERE id" + kIds}) {
        if (ids.empty()) break;
        Statement st(m_db, sql);
        st.bind(1, list).run();
    }
    m_db.exec("DELETE FROM fts_pause");
    m_finished = true;
}

void FtsPause::finishAll() {
    rebuildSearchIndex(m_db);
    m_db.exec("DELETE FROM fts_pause");
    m_finished = true;
}

void indexNames(Database& db, std::int64_t firstId, std::int64_t lastId) {
    Statement st(db, std::string(kInsertName) + " WHERE id BETWEEN ?1 AND ?2");
    st.bind(1, firstId).bind(2, lastId).run();
}

void rebuildSearchIndex(Database& db) {
    db.exec("DELETE FROM contacts_fts");
    db.exec(kInsertDoc);
    db.exec("DELETE FROM contacts_fts_names");
    db.exec(kInsertName);
}

} // namespace rk
