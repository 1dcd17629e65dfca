#include "core/undo/undo_history.h"

#include "core/db/database.h"
#include "core/db/statement.h"
#include "core/db/store_error.h"
#include "core/db/transaction.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <memory>

namespace rk {

namespace {

// The full-text index is derived from the recorded rows (see onApplied), so
// it stays out of the recorded changes. So does the sync state (sync_*): it
// says what the server holds, which undoing a step here does not change; the
// next sync then sends the undone values back. The server's values kept from
// conflicts (sync_conflicts) are the person's history, and undo with the step
// that recorded or settled them.
int trackTable(void*, const char* table) {
    if (std::strncmp(table, "contacts_fts", 12) == 0) return 0;
    if (std::strcmp(table, "sync_conflicts") == 0) return 1;
    if (std::strncmp(table, "sync_", 5) == 0) return 0;
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
using Session = std::unique_ptr<sqlite3_session, SessionDeleter>;

Session startSession(Database& db) {
    sqlite3_session* raw = nullptr;
    checkSqlite(db.handle(), sqlite3session_create(db.handle(), "main", &raw), "Starting to record a change");
    Session session(raw);
    // The filter also attaches every table it accepts.
    sqlite3session_table_filter(raw, trackTable, nullptr);
    return session;
}

std::vector<unsigned char> changesetOf(Database& db, sqlite3_session* session) {
    int size = 0;
    void* data = nullptr;
    checkSqlite(db.handle(), sqlite3session_changeset(session, &size, &data), "Recording a change");
    std::vector<unsigned char> changeset(static_cast<unsigned char*>(data), static_cast<unsigned char*>(data) + size);
    sqlite3_free(data);
    return changeset;
}

std::vector<unsigned char> inverted(Database& db, const std::vector<unsigned char>& changeset) {
    if (changeset.empty()) return {};
    int size = 0;
    void* data = nullptr;
    checkSqlite(db.handle(),
                sqlite3changeset_invert(static_cast<int>(changeset.size()), changeset.data(), &size, &data),
                "Preparing to undo");
    std::vector<unsigned char> out(static_cast<unsigned char*>(data), static_cast<unsigned char*>(data) + size);
    sqlite3_free(data);
    return out;
}

std::vector<unsigned char> concatenated(Database& db, const std::vector<unsigned char>& a,
                                        const std::vector<unsigned char>& b) {
    if (a.empty()) return b;
    if (b.empty()) return a;
    int size = 0;
    void* data = nullptr;
    checkSqlite(db.handle(),
                sqlite3changeset_concat(static_cast<int>(a.size()), const_cast<unsigned char*>(a.data()),
                                        static_cast<int>(b.size()), const_cast<unsigned char*>(b.data()), &size,
                                        &data),
                "Preparing to redo");
    std::vector<unsigned char> out(static_cast<unsigned char*>(data), static_cast<unsigned char*>(data) + size);
    sqlite3_free(data);
    return out;
}

} // namespace

UndoHistory::UndoHistory(Database& db, size_t maxSteps) : m_db(db), m_maxSteps(maxSteps) {}

void UndoHistory::record(const std::string& label, const std::function<void()>& body) {
    Session session = startSession(m_db);
    struct Recording { // what Tracking and addedContacts() act on, for the body's length only
        UndoHistory& h;
        Recording(UndoHistory& history, sqlite3_session* s) : h(history) {
            h.m_recording = s;
            h.m_pendingRange = {};
        }
        ~Recording() { h.m_recording = nullptr; }
    } recording(*this, session.get());

    Transaction tx(m_db);
    body();
    std::vector<unsigned char> changeset = changesetOf(m_db, session.get());
    tx.commit();

    const ContactRange untracked = m_pendingRange;
    if (changeset.empty() && untracked.empty()) return; // nothing changed: nothing to undo
    m_undo.push_back({label, std::move(changeset), untracked, m_db.queryInt("PRAGMA data_version")});
    if (m_undo.size() > m_maxSteps) m_undo.erase(m_undo.begin());
    m_redo.clear();
}

bool UndoHistory::setTracking(bool on) {
    if (!m_recording) return true;
    const bool was = sqlite3session_enable(m_recording, -1) != 0;
    sqlite3session_enable(m_recording, on ? 1 : 0);
    return was;
}

UndoHistory::Tracking::Tracking(UndoHistory& history, bool on)
    : m_history(history), m_was(history.setTracking(on)) {}
UndoHistory::Tracking::~Tracking() { m_history.setTracking(m_was); }

void UndoHistory::addedContacts(std::int64_t firstId, std::int64_t lastId) {
    if (!m_recording) throw StoreError("Bulk-added contacts can only be declared while a change is recorded.");
    if (firstId > lastId) return;
    if (m_pendingRange.empty()) m_pendingRange = {firstId, lastId};
    else m_pendingRange = {std::min(m_pendingRange.first, firstId), std::max(m_pendingRange.last, lastId)};
}

// Deletes the step's untracked contacts (their rows go by cascade) and
// returns that deletion as recorded, which is what redo must put back.
std::vector<unsigned char> UndoHistory::deleteUntracked(const Step& step) {
    Session session = startSession(m_db);
    Statement del(m_db, "DELETE FROM contacts WHERE id BETWEEN ?1 AND ?2");
    del.bind(1, step.untracked.first).bind(2, step.untracked.last).run();
    return changesetOf(m_db, session.get());
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
    if (m_applied) m_applied(changeset);
    tx.commit();
}

std::string UndoHistory::undo() {
    if (m_undo.empty()) return {};
    Step& step = m_undo.back();
    if (step.untracked.empty()) {
        applyChangeset(inverted(m_db, step.changeset));
    } else {
        // Later recorded steps are undone already (undo goes last-in-first-
        // out), so only another connection can have touched these contacts.
        if (m_db.queryInt("PRAGMA data_version") != step.dataVersion)
            throw StoreError("That change can't be undone any more: Rekindle in another window or the "
                             "command line changed the data since. Nothing was changed.",
                             SQLITE_ABORT);
        Transaction tx(m_db);
        const std::vector<unsigned char> deletion = deleteUntracked(step);
        if (!step.changeset.empty()) applyChangeset(inverted(m_db, step.changeset));
        tx.commit();
        // From here on it is an ordinary step: redo inserts the rows back.
        step.changeset = concatenated(m_db, step.changeset, inverted(m_db, deletion));
        step.untracked = {};
    }
    std::string label = step.label;
    m_redo.push_back(std::move(step));
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
