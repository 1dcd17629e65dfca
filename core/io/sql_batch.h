#pragma once
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <variant>
#include <vector>

namespace rk {

class Database;
class Statement;

using SqlValue = std::variant<std::monostate, std::int64_t, double, std::string, std::vector<unsigned char>>;

// Multi-row INSERT: one statement per batch of rows instead of one per row.
// Each statement has a fixed cost (reset, a statement journal, and before
// schema v3 the search-index triggers' savepoints); a 10k-card import spent
// most of its time there until its rows were batched. Values are still
// bound, never spliced into the SQL.
class BatchInsert {
public:
    // `head` is "INSERT INTO contacts" or "INSERT OR IGNORE INTO tags"; the
    // column names must come from our own code, never from a file.
    BatchInsert(Database& db, std::string head, std::vector<std::string> columns);
    ~BatchInsert();
    BatchInsert(const BatchInsert&) = delete;
    BatchInsert& operator=(const BatchInsert&) = delete;

    void add(std::vector<SqlValue> row);
    [[nodiscard]] bool full() const { return m_rows >= m_batchRows; }
    [[nodiscard]] bool empty() const { return m_rows == 0; }
    void flush();
    // Rows here refer to rows in `parent` (a contact's methods, say): the
    // parent's buffered rows are always written first, so a child batch that
    // fills up never reaches the table before the row it points at.
    void setParent(BatchInsert* parent) { m_parent = parent; }

private:
    [[nodiscard]] std::string sqlFor(std::size_t rows) const;

    Database& m_db;
    std::string m_head;
    std::vector<std::string> m_columns;
    std::size_t m_batchRows;
    std::size_t m_rows = 0;
    std::vector<SqlValue> m_values; // row after row
    // Prepared once per chunk size (the full batch, or a power of two).
    std::unordered_map<std::size_t, std::unique_ptr<Statement>> m_statements;
    BatchInsert* m_parent = nullptr;
};

} // namespace rk
