#pragma once
#include <optional>
#include <string>

namespace rk {

class Database;

// Key/value settings stored in the database, so they travel with the data.
class SettingsRepo {
public:
    explicit SettingsRepo(Database& db) : m_db(db) {}

    [[nodiscard]] std::optional<std::string> get(const std::string& key);
    [[nodiscard]] std::string getOr(const std::string& key, const std::string& fallback);
    [[nodiscard]] int getInt(const std::string& key, int fallback);
    void set(const std::string& key, const std::string& value);
    void remove(const std::string& key);

private:
    Database& m_db;
};

} // namespace rk
