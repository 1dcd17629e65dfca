#include "core/io/backup/json_backup.h"

#include "core/db/database.h"
#include "core/db/statement.h"
#include "core/io/text/text_util.h"
#include "core/store/search_index.h"

#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <memory>

namespace rk {

using Json = nlohmann::ordered_json;

namespace {

// Parents before children, so foreign keys hold while restoring row by row.
constexpr std::array<std::string_view, 13> kRestoreOrder = {
    "settings", "events",       "contacts",  "contact_methods", "tags",            "contact_tags",
    "contact_knows", "past_roles", "interactions", "reminders", "event_attendees", "goals",
    "contact_links"};

bool isInternal(std::string_view table) {
    return table.starts_with("sqlite_") || table.starts_with("contacts_fts");
}

// Only names that exist in the schema are ever spliced into SQL.
std::string quoteIdent(std::string_view name) {
    std::string out = "\"";
    for (char c : name) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

std::vector<std::string> userTables(Database& db) {
    std::vector<std::string> names;
    Statement st(db, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name");
    while (st.step())
        if (!isInternal(st.text(0))) names.push_back(st.text(0));
    std::vector<std::string> ordered;
    for (auto known : kRestoreOrder)
        if (std::find(names.begin(), names.end(), known) != names.end()) ordered.emplace_back(known);
    for (const auto& n : names)
        if (std::find(ordered.begin(), ordered.end(), n) == ordered.end()) ordered.push_back(n);
    return ordered;
}

std::vector<std::string> columnsOf(Database& db, const std::string& table) {
    std::vector<std::string> cols;
    Statement st(db, "SELECT name FROM pragma_table_info(?1) ORDER BY cid");
    st.bind(1, table);
    while (st.step()) cols.push_back(st.text(0));
    return cols;
}

struct StmtDeleter {
    void operator()(sqlite3_stmt* s) const { sqlite3_finalize(s); }
};

} // namespace

std::string writeJsonBackup(Database& db, std::int64_t now) {
    Json root;
    root["format"] = "rekindle-backup";
    root["version"] = 1;
    root["schemaVersion"] = db.queryInt("PRAGMA user_version");
    root["exportedAt"] = now;
    Json& tables = root["tables"] = Json::object();
    for (const auto& name : userTables(db)) {
        Json rows = Json::array();
        // The generic column walk needs each value's storage class, which
        // Statement does not expose; the SQL holds no user data.
        sqlite3_stmt* raw = nullptr;
        checkSqlite(db.handle(),
                    sqlite3_prepare_v2(db.handle(), ("SELECT * FROM " + quoteIdent(name)).c_str(), -1, &raw, nullptr),
                    "Reading a table for the backup");
        std::unique_ptr<sqlite3_stmt, StmtDeleter> st(raw);
        const int n = sqlite3_column_count(raw);
        int rc;
        while ((rc = sqlite3_step(raw)) == SQLITE_ROW) {
            Json row = Json::object();
            for (int i = 0; i < n; ++i) {
                const char* col = sqlite3_column_name(raw, i);
                switch (sqlite3_column_type(raw, i)) {
                case SQLITE_INTEGER: row[col] = static_cast<std::int64_t>(sqlite3_column_int64(raw, i)); break;
                case SQLITE_FLOAT: row[col] = sqlite3_column_double(raw, i); break;
                case SQLITE_TEXT:
                    row[col] = std::string(reinterpret_cast<const char*>(sqlite3_column_text(raw, i)),
                                           static_cast<std::size_t>(sqlite3_column_bytes(raw, i)));
                    break;
                case SQLITE_BLOB: {
                    const auto* p = static_cast<const unsigned char*>(sqlite3_column_blob(raw, i));
                    const auto size = static_cast<std::size_t>(sqlite3_column_bytes(raw, i));
                    row[col] = Json{{"base64", base64Encode(std::span<const unsigned char>(p, size))}};
                    break;
                }
                default: row[col] = nullptr; break;
                }
            }
            rows.push_back(std::move(row));
        }
        checkSqlite(db.handle(), rc == SQLITE_DONE ? SQLITE_OK : rc, "Reading a table for the backup");
        tables[name] = std::move(rows);
    }
    // Text is stored as the user typed it; a stray invalid byte must not make the backup fail.
    return root.dump(1, '\t', false, nlohmann::json::error_handler_t::replace) + "\n";
}

bool isEmptyForRestore(Database& db) {
    for (const char* table : {"contacts", "events", "goals", "tags", "interactions", "reminders"}) {
        Statement st(db, std::string("SELECT EXISTS(SELECT 1 FROM ") + table + ")");
        if (st.step() && st.int64(0) != 0) return false;
    }
    return true;
}

void checkRestore(Database& db, const JsonBackup& backup, ParseResult& problems) {
    const auto tables = userTables(db);
    for (const auto& t : backup.tables) {
        if (std::find(tables.begin(), tables.end(), t.name) == tables.end()) {
            problems.addProblem(ProblemSeverity::Warning, 0,
                                "table \"" + t.name + "\" is unknown to this version and was left out");
            continue;
        }
        const auto cols = columnsOf(db, t.name);
        for (const auto& c : t.columns)
            if (std::find(cols.begin(), cols.end(), c) == cols.end())
                problems.addProblem(ProblemSeverity::Warning, 0,
                                    "column \"" + t.name + "." + c + "\" is unknown to this version and was left out");
    }
}

void restoreBackup(Database& db, const JsonBackup& backup,
                   const std::function<void(std::size_t, std::size_t)>& progress) {
    const auto tables = userTables(db);
    std::size_t total = 0, done = 0;
    for (const auto& t : backup.tables) total += t.rows.size();
    for (const auto& name : tables) {
        const BackupTable* t = backup.table(name);
        if (!t || t->rows.empty()) continue;
        const auto known = columnsOf(db, name);
        std::vector<std::size_t> use; // indexes into t->columns that this schema has
        std::vector<std::string> cols;
        for (std::size_t i = 0; i < t->columns.size(); ++i) {
            if (std::find(known.begin(), known.end(), t->columns[i]) == known.end()) continue;
            use.push_back(i);
            cols.push_back(quoteIdent(t->columns[i]));
        }
        if (use.empty()) continue;
        // Settings may already hold defaults written on first start.
        const std::string verb = name == "settings" ? "INSERT OR REPLACE INTO " : "INSERT INTO ";
        BatchInsert ins(db, verb + quoteIdent(name), cols);
        for (const auto& row : t->rows) {
            std::vector<SqlValue> values;
            values.reserve(use.size());
            for (auto at : use) values.push_back(row[at]);
            ins.add(std::move(values));
            if (progress && ++done % 256 == 0) progress(done, total);
        }
        ins.flush();
    }
    rebuildSearchIndex(db);
    if (progress) progress(total, total);
}

} // namespace rk
