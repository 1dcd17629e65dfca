#pragma once
#include <cstdint>
#include <string>

struct sqlite3;

namespace rk {

enum class OpenMode {
    ReadWriteCreate, // the normal mode: create the file when missing
    ReadWrite,       // the file must exist
    ReadOnly,        // never writes (a mode=ro URI)
    // A closed file nobody writes (a backup): read with no lock and no -shm or
    // -journal file beside it (immutable=1), so looking never writes a byte.
    Snapshot,
};

// An open SQLite connection. Owns the handle; closes it on destruction.
class Database {
public:
    Database(const std::string& path, OpenMode mode);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;

    // Runs one or more statements with no parameters (DDL, pragmas).
    void exec(const std::string& sql);
    // Runs a pragma or a scalar query and returns the first column as an integer.
    [[nodiscard]] std::int64_t queryInt(const std::string& sql);
    [[nodiscard]] std::string queryText(const std::string& sql);

    [[nodiscard]] std::int64_t lastInsertId() const;
    [[nodiscard]] int changes() const;
    [[nodiscard]] bool readOnly() const { return m_mode == OpenMode::ReadOnly || m_mode == OpenMode::Snapshot; }
    [[nodiscard]] const std::string& path() const { return m_path; }
    [[nodiscard]] sqlite3* handle() const { return m_db; }
    [[nodiscard]] std::string errorMessage() const;

private:
    sqlite3* m_db = nullptr;
    std::string m_path;
    OpenMode m_mode = OpenMode::ReadWriteCreate;
};

// Throws a StoreError for a non-OK result, with the connection's message.
void checkSqlite(sqlite3* db, int rc, const char* what);

} // namespace rk
