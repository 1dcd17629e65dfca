#include "core/repo/settings_repo.h"

#include "core/db/database.h"
#include "core/db/statement.h"

#include <charconv>

namespace rk {

std::optional<std::string> SettingsRepo::get(const std::string& key) {
    Statement st(m_db, "SELECT value FROM settings WHERE key=?1");
    st.bind(1, key);
    if (!st.step()) return std::nullopt;
    return st.text(0);
}

std::string SettingsRepo::getOr(const std::string& key, const std::string& fallback) {
    return get(key).value_or(fallback);
}

int SettingsRepo::getInt(const std::string& key, int fallback) {
    auto v = get(key);
    if (!v) return fallback;
    int out = fallback;
    auto r = std::from_chars(v->data(), v->data() + v->size(), out);
    return r.ec == std::errc() ? out : fallback;
}

void SettingsRepo::set(const std::string& key, const std::string& value) {
    Statement st(m_db, "INSERT INTO settings(key, value) VALUES(?1, ?2) "
                       "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    st.bind(1, key).bind(2, value).run();
}

void SettingsRepo::remove(const std::string& key) {
    Statement st(m_db, "DELETE FROM settings WHERE key=?1");
    st.bind(1, key).run();
}

} // namespace rk
