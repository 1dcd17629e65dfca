#include "core/store/fts_pause.h"

#include "core/db/database.h"
#include "core/db/statement.h"

#include <sqlite3.h>

namespace rk {

namespace {
constexpr const char* kInsertDoc =
    "INSERT INTO contacts_fts(rowid, name, company, title, industry, location, how_met, notes, "
    "tags, knows, methods, past_roles) SELECT * FROM contact_search_doc";
}

FtsPause::FtsPause(Database& db) : m_db(db) {
    m_db.exec("INSERT OR IGNORE INTO fts_pause(paused) VALUES(1)");
}

FtsPause::~FtsPause() {
    if (!m_finished) sqlite3_exec(m_db.handle(), "DELETE FROM fts_pause", nullptr, nullptr, nullptr);
}

void FtsPause::finish(const std::vector<std::int64_t>& ids) {
    Statement del(m_db, "DELETE FROM contacts_fts WHERE rowid=?1");
    Statement ins(m_db, std::string(kInsertDoc) + " WHERE id=?1");
    for (auto id : ids) {
        del.reset();
        del.bind(1, id).run();
        ins.reset();
        ins.bind(1, id).run();
    }
    m_db.exec("DELETE FROM fts_pause");
    m_finished = true;
}

void FtsPause::finishAll() {
    rebuildSearchIndex(m_db);
    m_db.exec("DELETE FROM fts_pause");
    m_finished = true;
}

void rebuildSearchIndex(Database& db) {
    db.exec("DELETE FROM contacts_fts");
    db.exec(kInsertDoc);
}

} // namespace rk
