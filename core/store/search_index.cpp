#include "core/store/search_index.h"

#include "core/db/database.h"
#include "core/db/statement.h"
#include "core/db/store_error.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <memory>

namespace rk {

namespace {

// Every column goes through rk_search_fold (search_index_fold.h): the index
// holds "orsted" for "Ørsted". Schema v4 rebuilt older indexes the same way.
constexpr const char* kInsertDoc =
    "INSERT INTO contacts_fts(rowid, name, company, title, industry, location, how_met, notes, "
    "tags, knows, methods, past_roles) SELECT id, rk_search_fold(name), rk_search_fold(company), "
    "rk_search_fold(title), rk_search_fold(industry), rk_search_fold(location), "
    "rk_search_fold(how_met), rk_search_fold(notes), rk_search_fold(tags), rk_search_fold(knows), "
    "rk_search_fold(methods), rk_search_fold(past_roles) FROM contact_search_doc";
// The view's name document (see searchName); SQLite evaluates only the
// view columns a query reads, so the list subqueries are not run.
constexpr const char* kInsertName = "INSERT INTO contacts_fts_names(rowid, name) SELECT id, "
                                    "rk_search_fold(name) FROM contact_search_doc";

// "[1,2,3]" for json_each: one bound list instead of a statement per id.
std::string jsonList(const std::vector<std::int64_t>& ids) {
    std::string list = "[";
    for (auto id : ids) {
        if (list.size() > 1) list += ',';
        list += std::to_string(id);
    }
    return list + "]";
}

// Where a changed row of `table` names its contact: the column index, or -1
// for tables that are not part of anyone's search document.
int contactColumn(const char* table) {
    if (std::strcmp(table, "contacts") == 0) return 0;        // id
    if (std::strcmp(table, "contact_tags") == 0) return 0;    // (contact_id, tag_id)
    if (std::strcmp(table, "contact_knows") == 0) return 0;   // (contact_id, topic)
    if (std::strcmp(table, "contact_methods") == 0) return 1; // (id, contact_id, …)
    if (std::strcmp(table, "past_roles") == 0) return 1;      // (id, contact_id, …)
    return -1;
}

struct IterDeleter {
    void operator()(sqlite3_changeset_iter* it) const { sqlite3changeset_finalize(it); }
};

} // namespace

std::string searchName(const std::string& displayName, const std::string& givenName,
                       const std::string& familyName) {
    // Most display names are "Given Family": indexing them twice made every
    // name cost twice the words to index, for no better match.
    std::string both = givenName + " " + familyName;
    const auto first = both.find_first_not_of(' ');
    both = first == std::string::npos ? std::string() : both.substr(first, both.find_last_not_of(' ') - first + 1);
    if (displayName == both) return displayName;
    return displayName + " " + givenName + " " + familyName;
}

void reindexContacts(Database& db, const std::vector<std::int64_t>& ids) {
    if (ids.empty()) return;
    const std::string list = jsonList(ids);
    constexpr const char* kIds = " IN (SELECT value FROM json_each(?1))";
    for (const std::string& sql : {"DELETE FROM contacts_fts WHERE rowid" + std::string(kIds),
                                   std::string(kInsertDoc) + " WHERE id" + kIds,
                                   "DELETE FROM contacts_fts_names WHERE rowid" + std::string(kIds),
                                   std::string(kInsertName) + " WHERE id" + kIds}) {
        Statement st(db, sql);
        st.bind(1, list).run();
    }
}

void reindexChangedContacts(Database& db, const std::vector<unsigned char>& changeset) {
    sqlite3_changeset_iter* raw = nullptr;
    checkSqlite(db.handle(),
                sqlite3changeset_start(&raw, static_cast<int>(changeset.size()),
                                       const_cast<unsigned char*>(changeset.data())),
                "Reading a change");
    std::unique_ptr<sqlite3_changeset_iter, IterDeleter> it(raw);
    std::vector<std::int64_t> ids;
    while (sqlite3changeset_next(raw) == SQLITE_ROW) {
        const char* table = nullptr;
        int columns = 0, op = 0, indirect = 0;
        sqlite3changeset_op(raw, &table, &columns, &op, &indirect);
        const int column = contactColumn(table);
        if (column < 0) continue;
        sqlite3_value* value = nullptr;
        if (op == SQLITE_INSERT) sqlite3changeset_new(raw, column, &value);
        else sqlite3changeset_old(raw, column, &value);
        if (value) {
            ids.push_back(sqlite3_value_int64(value));
            continue;
        }
        // An updated list row carries only its own id and what changed.
        sqlite3changeset_old(raw, 0, &value);
        if (!value) continue;
        Statement owner(db, std::string("SELECT contact_id FROM ") + table + " WHERE id = ?1");
        owner.bind(1, static_cast<std::int64_t>(sqlite3_value_int64(value)));
        if (owner.step()) ids.push_back(owner.int64(0));
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    reindexContacts(db, ids);
}

void rebuildSearchIndex(Database& db) {
    db.exec("DELETE FROM contacts_fts");
    db.exec(kInsertDoc);
    db.exec("DELETE FROM contacts_fts_names");
    db.exec(kInsertName);
}

} // namespace rk
