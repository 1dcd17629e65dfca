#pragma once
#include "core/model/enums.h"
#include "core/time/civil_date.h"

#include <array>
#include <optional>
#include <string>

namespace rk {

class Database;

// The settings a person can change (More → Settings). Each is a whole
// number kept in the settings table under its key, so it travels with the
// data and in the JSON backup, and is changed by one undoable command
// (changeSetting). The rules read them from there: the follow-up planner
// (cadences, the awaiting-reply wait, the dormant threshold, the daily
// rekindle batch), warmth and the deck's "dormant" filter, goals, and
// snoozing "until next week" (the first day of the week).
enum class Setting {
    CadenceInner = 0, // one per circle, in Circle order
    CadenceClose,
    CadenceNetwork,
    CadenceAcquaintance,
    AwaitingDays,  // chase an unanswered message after this many days
    DormantDays,   // quiet longer than this = dormant (rekindle, warmth)
    RekindleBatch, // dormant people offered on Today each day
    WeekStart,     // 0 = Monday … 6 = Sunday (CivilDate::weekday)
    MetFollowUpHours, // someone you meet is due this many hours after the day you met (24 … 168)
    DarkTheme,     // 0 = light, 1 = dark
};
inline constexpr int kSettingCount = 10;

// Where a setting lives and what it may be.
struct SettingSpec {
    const char* key; // the settings table's key
    int defaultValue;
    int min, max; // inclusive
    int step;     // what one press of + or − adds on the Settings screen
};
[[nodiscard]] const SettingSpec& specOf(Setting s);
[[nodiscard]] Setting cadenceSetting(Circle c);

// The value as the settings table keeps it ("7", or "dark" for the theme,
// which the window also reads before anything else is open).
[[nodiscard]] std::string storedValue(Setting s, int value);
// A stored value read back; nullopt when it is not a valid value.
[[nodiscard]] std::optional<int> parseStored(Setting s, const std::string& text);

// Why `value` can't be used, in words for the person; nullopt when it can.
[[nodiscard]] std::optional<std::string> checkSetting(Setting s, int value);
// How the value reads: "7 days", "6 months", "Monday", "Dark".
[[nodiscard]] std::string describeValue(Setting s, int value);
// The change's undo label: "Set the awaiting-reply wait to 7 days".
[[nodiscard]] std::string describeChange(Setting s, int value);
// The setting's name on the Settings screen: "Wait for a reply".
[[nodiscard]] std::string settingName(Setting s);

// The first day of next week: the next `weekStart` day after today (a week
// on when today is that day). "Snooze until next week" ends there.
[[nodiscard]] CivilDate nextWeekStart(const CivilDate& today, int weekStart);

// Every setting at once, defaults where nothing (or nothing valid) is stored.
struct UserSettings {
    std::array<int, kSettingCount> values{};

    UserSettings();
    [[nodiscard]] int operator[](Setting s) const { return values[static_cast<size_t>(s)]; }
    int& operator[](Setting s) { return values[static_cast<size_t>(s)]; }

    [[nodiscard]] int cadenceDays(Circle c) const { return (*this)[cadenceSetting(c)]; }
    [[nodiscard]] int awaitingDays() const { return (*this)[Setting::AwaitingDays]; }
    [[nodiscard]] int dormantDays() const { return (*this)[Setting::DormantDays]; }
    [[nodiscard]] int rekindleBatch() const { return (*this)[Setting::RekindleBatch]; }
    [[nodiscard]] int weekStart() const { return (*this)[Setting::WeekStart]; }
    [[nodiscard]] int metFollowUpHours() const { return (*this)[Setting::MetFollowUpHours]; }
    [[nodiscard]] bool darkTheme() const { return (*this)[Setting::DarkTheme] != 0; }

    // One query for all of them.
    [[nodiscard]] static UserSettings load(Database& db);
    // Takes one settings row into account; other keys are ignored.
    void apply(const std::string& key, const std::string& value);

    friend bool operator==(const UserSettings&, const UserSettings&) = default;
};

} // namespace rk
