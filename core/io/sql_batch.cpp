#include "core/io/sql_batch.h"

#include "core/db/database.h"
#include "core/db/statement.h"

#include <algorithm>
#include <bit>

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
    // Parents flush early, at any row count. Preparing a statement for every
    // count cost a 10k-card import 7% of its time in SQLite's parser, so the
    // rows go out in chunks of the full batch or a power of two: a handful of
    // statements per table, each prepared once.
    const std::size_t columns = m_columns.size();
    std::size_t done = 0;
    while (done < m_rows) {
        std::size_t chunk = m_rows - done >= m_batchRows ? m_batchRows : std::bit_floor(m_rows - done);
        auto& slot = m_statements[chunk];
        if (!slot) slot = std::make_unique<Statement>(m_db, sqlFor(chunk));
        Statement* st = slot.get();
        st->reset();
        for (std::size_t i = 0; i < chunk * columns; ++i) {
            const int at = static_cast<int>(i) + 1;
            const SqlValue& v = m_values[done * columns + i];
            if (auto p = std::get_if<std::int64_t>(&v)) st->bind(at, *p);
            else if (auto d = std::get_if<double>(&v)) st->bind(at, *d);
            else if (auto s = std::get_if<std::string>(&v)) st->bindUncopied(at, *s); // m_values outlives run()
            else if (auto b = std::get_if<std::vector<unsigned char>>(&v)) st->bindBlob(at, *b);
            else st->bindNull(at);
        }
        st->run();
        st->clearBindings(); // before m_values lets go of the text
        done += chunk;
    }
    m_values.clear();
    m_rows = 0;
}

} // namespace rk
