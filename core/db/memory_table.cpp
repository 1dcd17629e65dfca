#include "core/db/memory_table.h"

#include "core/db/database.h"

#include <sqlite3.h>

#include <cstddef>

namespace rk {

namespace {

using Source = MemoryTable::Source;

struct Table {
    sqlite3_vtab base{};
    const Source* source = nullptr;
};

struct Cursor {
    sqlite3_vtab_cursor base{};
    std::size_t row = 0;
};

const Source& sourceOf(sqlite3_vtab_cursor* cursor) {
    return *reinterpret_cast<Table*>(cursor->pVtab)->source;
}

int connect(sqlite3* db, void* aux, int, const char* const*, sqlite3_vtab** out, char**) {
    const auto* source = static_cast<const Source*>(aux);
    if (int rc = sqlite3_declare_vtab(db, source->schema.c_str()); rc != SQLITE_OK) return rc;
    auto* table = new Table;
    table->source = source;
    *out = &table->base;
    return SQLITE_OK;
}

int disconnect(sqlite3_vtab* table) {
    delete reinterpret_cast<Table*>(table);
    return SQLITE_OK;
}

// Only ever read whole, in order.
int bestIndex(sqlite3_vtab*, sqlite3_index_info* info) {
    info->estimatedCost = 1e6;
    return SQLITE_OK;
}

int open(sqlite3_vtab*, sqlite3_vtab_cursor** out) {
    *out = &(new Cursor)->base;
    return SQLITE_OK;
}

int close(sqlite3_vtab_cursor* cursor) {
    delete reinterpret_cast<Cursor*>(cursor);
    return SQLITE_OK;
}

int filter(sqlite3_vtab_cursor* cursor, int, const char*, int, sqlite3_value**) {
    reinterpret_cast<Cursor*>(cursor)->row = 0;
    return SQLITE_OK;
}

int next(sqlite3_vtab_cursor* cursor) {
    ++reinterpret_cast<Cursor*>(cursor)->row;
    return SQLITE_OK;
}

int eof(sqlite3_vtab_cursor* cursor) {
    return reinterpret_cast<Cursor*>(cursor)->row >= sourceOf(cursor).rows->size();
}

int column(sqlite3_vtab_cursor* cursor, sqlite3_context* ctx, int n) {
    const auto& row = (*sourceOf(cursor).rows)[reinterpret_cast<Cursor*>(cursor)->row];
    if (n < 0 || static_cast<std::size_t>(n) >= row.size()) {
        sqlite3_result_null(ctx);
        return SQLITE_OK;
    }
    const SqlValue& v = row[static_cast<std::size_t>(n)];
    if (auto p = std::get_if<std::int64_t>(&v)) sqlite3_result_int64(ctx, *p);
    else if (auto d = std::get_if<double>(&v)) sqlite3_result_double(ctx, *d);
    else if (auto s = std::get_if<std::string>(&v))
        sqlite3_result_text(ctx, s->data(), static_cast<int>(s->size()), SQLITE_STATIC);
    else if (auto b = std::get_if<std::vector<unsigned char>>(&v))
        sqlite3_result_blob(ctx, b->data(), static_cast<int>(b->size()), SQLITE_STATIC);
    else sqlite3_result_null(ctx);
    return SQLITE_OK;
}

int rowid(sqlite3_vtab_cursor* cursor, sqlite3_int64* out) {
    *out = static_cast<sqlite3_int64>(reinterpret_cast<Cursor*>(cursor)->row) + 1;
    return SQLITE_OK;
}

// Eponymous-only (no xCreate): the module's name is the table's name.
sqlite3_module makeModule() {
    sqlite3_module m{};
    m.xConnect = connect;
    m.xBestIndex = bestIndex;
    m.xDisconnect = disconnect;
    m.xOpen = open;
    m.xClose = close;
    m.xFilter = filter;
    m.xNext = next;
    m.xEof = eof;
    m.xColumn = column;
    m.xRowid = rowid;
    return m;
}

const sqlite3_module kModule = makeModule();

} // namespace

MemoryTable::MemoryTable(Database& db, std::string name, const std::vector<std::string>& columns,
                         const std::vector<std::vector<SqlValue>>& rows)
    : m_db(db), m_name(std::move(name)), m_source{"CREATE TABLE x(", &rows} {
    for (std::size_t c = 0; c < columns.size(); ++c) m_source.schema += (c ? ", " : "") + columns[c];
    m_source.schema += ")";
    checkSqlite(db.handle(), sqlite3_create_module_v2(db.handle(), m_name.c_str(), &kModule, &m_source, nullptr),
                "Preparing rows to write");
}

MemoryTable::~MemoryTable() {
    // A null module drops the one registered under this name.
    sqlite3_create_module_v2(m_db.handle(), m_name.c_str(), nullptr, nullptr, nullptr);
}

} // namespace rk
