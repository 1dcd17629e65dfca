#include "core/followup/day_stats.h"

#include "core/db/statement.h"
#include "core/repo/settings_repo.h"

#include <charconv>
#include <sstream>
#include <string>

namespace rk {

namespace {
constexpr const char* kTodayKey = "followup.today";
constexpr const char* kStreakKey = "followup.streak";

template <class T> bool parseNumber(std::string_view text, T& out) {
    auto r = std::from_chars(text.data(), text.data() + text.size(), out);
    return r.ec == std::errc() && r.ptr == text.data() + text.size();
}

// "2026-03-02 done=2 snoozed=1 skipped=0 batch=12,45,78"; "batch=" only once
// the batch is fixed. Anything unreadable counts as a fresh day.
void readToday(const std::string& value, DayStats& s) {
    if (value.size() < 10 || value.substr(0, 10) != s.date.iso()) return;
    std::istringstream in(value.substr(10));
    std::string field;
    while (in >> field) {
        const auto eq = field.find('=');
        if (eq == std::string::npos) continue;
        const std::string_view key = std::string_view(field).substr(0, eq);
        const std::string_view val = std::string_view(field).substr(eq + 1);
        if (key == "done") (void)parseNumber(val, s.done);
        else if (key == "snoozed") (void)parseNumber(val, s.snoozed);
        else if (key == "skipped") (void)parseNumber(val, s.skipped);
        else if (key == "batch") {
            s.batchFixed = true;
            size_t start = 0;
            while (start < val.size()) {
                size_t end = val.find(',', start);
                if (end == std::string_view::npos) end = val.size();
                ContactId id = 0;
                if (parseNumber(val.substr(start, end - start), id)) s.rekindleBatch.push_back(id);
                start = end + 1;
            }
        }
    }
}

// "2026-03-02 5"
void readStreak(const std::string& value, DayStats& s) {
    if (value.size() < 12) return;
    auto date = CivilDate::parse(std::string_view(value).substr(0, 10));
    int days = 0;
    if (!date || !parseNumber(std::string_view(value).substr(11), days)) return;
    s.lastCleared = *date;
    s.clearedRun = days;
}

std::string todayValue(const DayStats& s) {
    std::string value = s.date.iso() + " done=" + std::to_string(s.done) +
                        " snoozed=" + std::to_string(s.snoozed) + " skipped=" + std::to_string(s.skipped);
    if (s.batchFixed) {
        value += " batch=";
        for (size_t i = 0; i < s.rekindleBatch.size(); ++i) {
            if (i) value += ',';
            value += std::to_string(s.rekindleBatch[i]);
        }
    }
    return value;
}

void setIfChanged(SettingsRepo& settings, const std::string& key, const std::string& value) {
    if (settings.get(key) != value) settings.set(key, value);
}
} // namespace

void DayStats::apply(const std::string& key, const std::string& value) {
    if (key == kTodayKey) readToday(value, *this);
    else if (key == kStreakKey) readStreak(value, *this);
}

DayStats DayStats::load(Database& db, const CivilDate& today) {
    DayStats s;
    s.date = today;
    Statement st(db, "SELECT key, value FROM settings WHERE key IN ('followup.today', 'followup.streak')");
    while (st.step()) s.apply(st.text(0), st.text(1));
    return s;
}

void DayStats::save(Database& db) const {
    SettingsRepo settings(db);
    setIfChanged(settings, kTodayKey, todayValue(*this));
    if (lastCleared) setIfChanged(settings, kStreakKey, lastCleared->iso() + " " + std::to_string(clearedRun));
    // Every cleared day is kept too (since v5), for the "clear Today on N days" goal.
    if (lastCleared && *lastCleared == date) {
        Statement st(db, "INSERT OR IGNORE INTO cleared_days(day) VALUES(?1)");
        st.bind(1, date.iso()).run();
    }
}

int DayStats::streak(bool queueEmptyNow) const {
    const int todayCounts = queueEmptyNow ? 1 : 0;
    if (!lastCleared) return todayCounts;
    if (*lastCleared == date) return clearedRun;
    if (*lastCleared == date.addDays(-1)) return clearedRun + todayCounts;
    return todayCounts;
}

void DayStats::noteCleared() {
    if (lastCleared && *lastCleared == date) return;
    clearedRun = lastCleared && *lastCleared == date.addDays(-1) ? clearedRun + 1 : 1;
    lastCleared = date;
}

} // namespace rk
