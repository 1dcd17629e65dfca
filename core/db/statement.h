#pragma once
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3_stmt;

namespace rk {

class Database;

// A prepared statement. Parameters are bound by 1-based index; columns are
// read by 0-based index. Finalizes itself.
class Statement {
public:
    Statement(Database& db, std::string_view sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, bool value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view value);
    Statement& bind(int index, const char* value) { return bind(index, std::string_view(value)); }
    Statement& bind(int index, const std::string& value) { return bind(index, std::string_view(value)); }
    Statement& bindBlob(int index, std::span<const unsigned char> value);
    // Binds without copying: `value` must outlive the next step(), and the
    // caller clears the bindings before it goes (see clearBindings). For bulk
    // writers, where the copy was 5% of an import.
    Statement& bindUncopied(int index, std::string_view value);
    void clearBindings();
    Statement& bindNull(int index);
    template <class T> Statement& bind(int index, const std::optional<T>& value) {
        return value ? bind(index, *value) : bindNull(index);
    }

    // Steps once: true when a row is ready, false when done. Throws on error.
    bool step();
    // Steps to completion, for statements that return no rows.
    void run();
    void reset();

    [[nodiscard]] std::int64_t int64(int col) const;
    [[nodiscard]] int int32(int col) const { return static_cast<int>(int64(col)); }
    [[nodiscard]] double real(int col) const;
    [[nodiscard]] std::string text(int col) const;
    [[nodiscard]] std::vector<unsigned char> blob(int col) const;
    [[nodiscard]] bool isNull(int col) const;
    [[nodiscard]] int columnCount() const;
    [[nodiscard]] std::optional<std::int64_t> optInt64(int col) const;
    [[nodiscard]] std::optional<std::string> optText(int col) const;

private:
    Database& m_db;
    sqlite3_stmt* m_stmt = nullptr;
};

} // namespace rk
