#include "core/undo/undo_history.h"

#include "core/db/database.h"
#include "core/db/store_error.h"
#include "core/db/transaction.h"

#include <sqlite3.h>

#include <cstring>
#include <memory>

namespace rk {

namespace {

// The full-text index and bookkeeping tables are rebuilt by triggers when the
// base rows change, so they stay out of the recorded changes.
int trackTable(void*, const char* table) {
    if (std::strncmp(table, "contacts_fts", 12) == 0) return 0;
    if (std::strcmp(table, "fts_pause") == 0) return 0;
    if (std::strncmp(table, "sqlite_", 7) == 0) return 0;
    return 1;
}

// A row that is already gone is fine to "delete" again (a cascade removed it
// first); anything else means the data moved on since, so the step is refused.
int resolveConflict(void*, int conflict, sqlite3_changeset_iter* it) {
    const char* table = nullptr;
    int columns = 0;
    int op = 0;
    int indirect = 0;
    sqlite3changeset_op(it, &table, &columns, &op, &indirect);
    if (conflict == SQLITE_CHANGESET_NOTFOUND && op == SQLITE_DELETE) return SQLITE_CHANGESET_OMIT;
    return SQLITE_CHANGESET_ABORT;
}

struct SessionDeleter {
    void operator()(sqlite3_session* s) const { sqlite3session_delete(s); }
};

} // namespace

UndoHistory::UndoHistory(Database& db, size_t maxSteps) : m_db(db), m_maxSteps(maxSteps) {}

void UndoHistory::record(const std::string& label, const std::function<void()>& body) {
    sqlite3_session* raw = nullptr;
    checkSqlite(m_db.handle(), sqlite3session_create(m_db.handle(), "main", &raw),
                "Starting to record a change");
    std::unique_ptr<sqlite3_session, SessionDeleter> session(raw);
    sqlite3session_table_filter(raw, trackTable, nullptr);
    checkSqlite(m_db.handle(), sqlite3session_attach(raw, nullptr), "Starting to record a change");

    Transaction tx(m_db);
    body();
    int size = 0;
    void* data = nullptr;
    checkSqlite(m_db.handle(), sqlite3session_changeset(raw, &size, &data), "Recording a change");
    std::vector<unsigned char> changeset(static_cast<unsigned char*>(data),
                                         static_cast<unsigned char*>(data) + size);
    sqlite3_free(data);
    tx.commit();

    if (changeset.empty()) return; // nothing changed: nothing to undo
    m_undo.push_back({label, std::move(changeset)});
    if (m_undo.size() > m_maxSteps) m_undo.erase(m_undo.begin());
    m_redo.clear();
}

std::string UndoHistory::undoLabel() const { return m_undo.empty() ? "" : m_undo.back().label; }
std::string UndoHistory::redoLabel() const { return m_redo.empty() ? "" : m_redo.back().label; }

void UndoHistory::applyChangeset(const std::vector<unsigned char>& changeset) {
    Transaction tx(m_db);
    int rc = sqlite3changeset_apply(m_db.handle(), static_cast<int>(changeset.size()),
                                    const_cast<unsigned char*>(changeset.data()), nullptr,
                                    resolveConflict, nullptr);
    if (rc == SQLITE_ABORT)
        throw StoreError("That change can't be undone any more: the same details were edited "
                         "since. Nothing was changed.",
                         rc);
    checkSqlite(m_db.handle(), rc, "Undoing a change");
    tx.commit();
}

std::string UndoHistory::undo() {
    if (m_undo.empty()) return {};
    const Step& step = m_undo.back();
    int size = 0;
    void* inverted = nullptr;
    checkSqlite(m_db.handle(),
                sqlite3changeset_invert(static_cast<int>(step.changeset.size()),
                                        step.changeset.data(), &size, &inverted),
                "Preparing to undo");
    std::vector<unsigned char> inverse(static_cast<unsigned char*>(inverted),
                                       static_cast<unsigned char*>(inverted) + size);
    sqlite3_free(inverted);
    applyChangeset(inverse);
    std::string label = step.label;
    m_redo.push_back(std::move(m_undo.back()));
    m_undo.pop_back();
    return label;
}

std::string UndoHistory::redo() {
    if (m_redo.empty()) return {};
    applyChangeset(m_redo.back().changeset);
    std::string label = m_redo.back().label;
    m_undo.push_back(std::move(m_redo.back()));
    m_redo.pop_back();
    return label;
}

void UndoHistory::clear() {
    m_undo.clear();
    m_redo.clear();
}

} // namespace rk
