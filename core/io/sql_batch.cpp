#include "core/io/sql_batch.h"

#include "core/db/database.h"
#include "core/db/statement.h"

#include <algorithm>

namespace rk {

namespace {
// Well under SQLite's 32766 bound parameters and its statement length limit.
constexpr std::size_t kMaxParams = 8000;
constexpr std::size_t kMaxRows = 100;
} // namespace

BatchInsert::BatchInsert(Database& db, std::string head, std::vector<std::string> columns)
    : m_db(db), m_head(std::move(head)), m_columns(std::move(columns)),
      m_batchRows(std::clamp<std::size_t>(kMaxParams / std::max<std::size_t>(m_columns.size(), 1), 1, kMaxRows)) {
    m_values.reserve(m_batchRows * m_columns.size());
}

BatchInsert::~BatchInsert() = default;

std::string BatchInsert::sqlFor(std::size_t rows) const {
    std::string sql = m_head + "(";
    for (std::size_t c = 0; c < m_columns.size(); ++c) sql += (c ? "," : "") + m_columns[c];
    sql += ") VALUES";
    // Plain "?" rather than "?N": SQLite looks numbered names up in a list,
    // which made preparing a large batch quadratic.
    std::string row = "(";
    for (std::size_t c = 0; c < m_columns.size(); ++c) row += c ? ",?" : "?";
    row += ")";
    for (std::size_t r = 0; r < rows; ++r) sql += (r ? "," : "") + row;
    return sql;
}

void BatchInsert::add(std::vector<SqlValue> row) {
    if (full()) flush();
    for (auto& v : row) m_values.push_back(std::move(v));
    ++m_rows;
}

void BatchInsert::flush() {
    if (m_rows == 0) return;
    if (m_parent) m_parent->flush();
    auto& slot = m_statements[m_rows];
    if (!slot) slot = std::make_unique<Statement>(m_db, sqlFor(m_rows));
    Statement* st = slot.get();
    st->reset();
    for (std::size_t i = 0; i < m_values.size(); ++i) {
        const int at = static_cast<int>(i) + 1;
        const SqlValue& v = m_values[i];
        if (auto p = std::get_if<std::int64_t>(&v)) st->bind(at, *p);
        else if (auto d = std::get_if<double>(&v)) st->bind(at, *d);
        else if (auto s = std::get_if<std::string>(&v)) st->bind(at, *s);
        else if (auto b = std::get_if<std::vector<unsigned char>>(&v)) st->bindBlob(at, *b);
        else st->bindNull(at);
    }
    st->run();
    m_values.clear();
    m_rows = 0;
}

} // namespace rk
