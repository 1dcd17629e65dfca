#include "core/schedule/user_settings.h"

#include "core/db/database.h"
#include "core/db/statement.h"

#include <charconv>

namespace rk {

namespace {

// Keys shared with what the follow-up planner reads (FollowUpSettings) and
// the window's theme at start-up (main/gui), so old databases keep their values.
constexpr std::array<SettingSpec, kSettingCount> kSpecs = {{
    {"cadence.inner", 14, 1, 730, 7},
    {"cadence.close", 30, 1, 730, 7},
    {"cadence.network", 90, 1, 730, 7},
    {"cadence.acquaintance", 180, 1, 730, 7},
    {"followup.awaiting_days", 5, 1, 60, 1},
    {"followup.dormant_days", 180, 30, 1080, 30},
    {"followup.rekindle_batch", 3, 0, 20, 1},
    {"calendar.week_start", 0, 0, 6, 1},
    {"followup.met_hours", 48, 24, 168, 24},
    {"ui.theme", 0, 0, 1, 1},
}};

constexpr std::array<const char*, 7> kDays = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                              "Friday", "Saturday", "Sunday"};

std::string plural(int n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

} // namespace

const SettingSpec& specOf(Setting s) {
    return kSpecs[static_cast<size_t>(s)];
}

Setting cadenceSetting(Circle c) {
    return static_cast<Setting>(static_cast<int>(c));
}

std::string storedValue(Setting s, int value) {
    if (s == Setting::DarkTheme) return value != 0 ? "dark" : "light";
    return std::to_string(value);
}

std::optional<int> parseStored(Setting s, const std::string& text) {
    int value = 0;
    if (s == Setting::DarkTheme) {
        if (text == "dark") return 1;
        if (text == "light") return 0;
        return std::nullopt;
    }
    const auto r = std::from_chars(text.data(), text.data() + text.size(), value);
    if (r.ec != std::errc() || r.ptr != text.data() + text.size()) return std::nullopt;
    if (checkSetting(s, value)) return std::nullopt;
    return value;
}

std::optional<std::string> checkSetting(Setting s, int value) {
    const SettingSpec& spec = specOf(s);
    if (value >= spec.min && value <= spec.max) return std::nullopt;
    return settingName(s) + " can be from " + describeValue(s, spec.min) + " to " +
           describeValue(s, spec.max) + ".";
}

std::string describeValue(Setting s, int value) {
    switch (s) {
    case Setting::DormantDays:
        if (value % 30 == 0) return plural(value / 30, "month", "months");
        return plural(value, "day", "days");
    case Setting::RekindleBatch:
        return plural(value, "person", "people");
    case Setting::WeekStart:
        return value >= 0 && value < 7 ? kDays[static_cast<size_t>(value)] : "?";
    case Setting::DarkTheme:
        return value != 0 ? "Dark" : "Light";
    case Setting::MetFollowUpHours:
        return plural(value, "hour", "hours");
    default:
        return plural(value, "day", "days");
    }
}

std::string settingName(Setting s) {
    switch (s) {
    case Setting::CadenceInner:
    case Setting::CadenceClose:
    case Setting::CadenceNetwork:
    case Setting::CadenceAcquaintance:
        return std::string(circleName(static_cast<Circle>(static_cast<int>(s))));
    case Setting::AwaitingDays:
        return "The awaiting-reply wait";
    case Setting::DormantDays:
        return "The dormant threshold";
    case Setting::RekindleBatch:
        return "The daily rekindle batch";
    case Setting::WeekStart:
        return "The first day of the week";
    case Setting::MetFollowUpHours:
        return "The follow-up after meeting someone";
    case Setting::DarkTheme:
        return "The theme";
    }
    return "A setting";
}

std::string describeChange(Setting s, int value) {
    switch (s) {
    case Setting::CadenceInner:
    case Setting::CadenceClose:
    case Setting::CadenceNetwork:
    case Setting::CadenceAcquaintance:
        return "Set the " + std::string(circleName(static_cast<Circle>(static_cast<int>(s)))) +
               " cadence to every " + plural(value, "day", "days");
    case Setting::AwaitingDays:
        return "Set the awaiting-reply wait to " + describeValue(s, value);
    case Setting::DormantDays:
        return "Set the dormant threshold to " + describeValue(s, value);
    case Setting::RekindleBatch:
        return "Set the daily rekindle batch to " + describeValue(s, value);
    case Setting::WeekStart:
        return "Start the week on " + describeValue(s, value);
    case Setting::MetFollowUpHours:
        return "Follow up with people you meet within " + describeValue(s, value);
    case Setting::DarkTheme:
        return value != 0 ? "Switch to the dark theme" : "Switch to the light theme";
    }
    return "Change a setting";
}

CivilDate nextWeekStart(const CivilDate& today, int weekStart) {
    const int ahead = ((weekStart - today.weekday()) % 7 + 7) % 7;
    return today.addDays(ahead == 0 ? 7 : ahead);
}

UserSettings::UserSettings() {
    for (int i = 0; i < kSettingCount; ++i)
        values[static_cast<size_t>(i)] = kSpecs[static_cast<size_t>(i)].defaultValue;
}

void UserSettings::apply(const std::string& key, const std::string& value) {
    for (int i = 0; i < kSettingCount; ++i) {
        if (key != kSpecs[static_cast<size_t>(i)].key) continue;
        if (auto v = parseStored(static_cast<Setting>(i), value))
            values[static_cast<size_t>(i)] = *v;
        return;
    }
}

UserSettings UserSettings::load(Database& db) {
    UserSettings s;
    Statement st(db, "SELECT key, value FROM settings WHERE key LIKE 'cadence.%' OR key LIKE "
                     "'followup.%' OR key IN ('calendar.week_start', 'ui.theme')");
    while (st.step())
        s.apply(st.text(0), st.text(1));
    return s;
}

} // namespace rk
