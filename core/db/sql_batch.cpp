#include "core/db/sql_batch.h"

#include "core/db/database.h"
#include "core/db/memory_table.h"
#include "core/db/statement.h"

#include <atomic>

namespace rk {

namespace {
// Rows per statement. An import's rows are small; a batch of contacts with
// photos is held in memory until it goes out, so this is not unbounded.
constexpr std::size_t kBatchRows = 4096;

// Each batch reads its rows through a table of its own name.
std::string nextTableName() {
    static std::atomic<unsigned> counter{0};
    return "rk_batch_" + std::to_string(counter.fetch_add(1));
}
} // namespace

BatchInsert::BatchInsert(Database& db, std::string head, std::vector<std::string> columns)
    : m_db(db), m_head(std::move(head)), m_columns(std::move(columns)) {}

BatchInsert::~BatchInsert() = default;

void BatchInsert::add(std::vector<SqlValue> row) {
    if (full()) flush();
    m_rows.push_back(std::move(row));
}

bool BatchInsert::full() const { return m_rows.size() >= kBatchRows; }

void BatchInsert::flush() {
    if (m_rows.empty()) return;
    if (m_parent) m_parent->flush();
    if (!m_insert) {
        const std::string name = nextTableName();
        m_table = std::make_unique<MemoryTable>(m_db, name, m_columns, m_rows);
        std::string sql = m_head + "(";
        for (std::size_t c = 0; c < m_columns.size(); ++c) sql += (c ? "," : "") + m_columns[c];
        sql += ") SELECT * FROM " + name;
        m_insert = std::make_unique<Statement>(m_db, sql);
    }
    m_insert->reset();
    m_insert->run();
    m_rows.clear();
}

} // namespace rk
