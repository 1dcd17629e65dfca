#pragma once
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <variant>
#include <vector>

namespace rk {

class Database;
class MemoryTable;
class Statement;

using SqlValue = std::variant<std::monostate, std::int64_t, double, std::string, std::vector<unsigned char>>;

// Bulk INSERT: rows gather in memory and go out thousands at a time through
// one INSERT … SELECT from a MemoryTable, instead of one statement per row.
//
// Why so few statements: each has a fixed cost, and SQLite journals, for
// every statement that writes several rows, each page it changes that an
// earlier statement of the transaction wrote (so that a failing row can undo
// its statement). A table with many indexes changes pages all over the file:
// with 100-row statements a 10k-card import wrote 84,000 pages to that
// journal. Values are handed to SQLite as they are, never spliced into SQL.
class BatchInsert {
public:
    // `head` is "INSERT INTO contacts" or "INSERT OR IGNORE INTO tags"; the
    // column names must come from our own code, never from a file.
    BatchInsert(Database& db, std::string head, std::vector<std::string> columns);
    ~BatchInsert();
    BatchInsert(const BatchInsert&) = delete;
    BatchInsert& operator=(const BatchInsert&) = delete;

    void add(std::vector<SqlValue> row);
    [[nodiscard]] bool full() const;
    [[nodiscard]] bool empty() const { return m_rows.empty(); }
    void flush();
    // Rows here refer to rows in `parent` (a contact's methods, say): the
    // parent's buffered rows are always written first, so a child batch that
    // fills up never reaches the table before the row it points at.
    void setParent(BatchInsert* parent) { m_parent = parent; }

private:
    Database& m_db;
    std::string m_head;
    std::vector<std::string> m_columns;
    std::vector<std::vector<SqlValue>> m_rows;
    // Made on the first flush; the statement reads m_rows through the table,
    // so it is destroyed first.
    std::unique_ptr<MemoryTable> m_table;
    std::unique_ptr<Statement> m_insert;
    BatchInsert* m_parent = nullptr;
};

} // namespace rk
