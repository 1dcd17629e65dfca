#pragma once
#include "core/time/civil_date.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace rk {

struct WhenError {
    std::string message; // plain English, shown under the field
};

// Which way a phrase without a direction points: the log's "When" looks back
// ("friday" is the last one), a reminder or a snooze looks ahead ("friday" is
// the next one).
enum class Toward { Past, Future };

// What a person typed for a day, and a time of day if they gave one.
struct DatePhrase {
    CivilDate day;
    std::optional<int> minuteOfDay; // 0..1439, local
    std::int64_t secondsAgo = 0;    // "3h", "30 min ago": a span back from now (Past only)
    bool now = false;               // "", "now", "just now"
};

// The one reader of dates as people type them, for every date field:
//   now · today · yesterday · tomorrow · tonight
//   monday, mon, last friday, next tue, this thursday
//   2d, 2 days, 3 days ago, in 2 weeks, a month, next week, last month
//   3h, 30 min ago (Past only)
//   2026-12-03, 3 dec, dec 3, 3rd december 2026, December 3, 2026
// each optionally with a time: 3pm, 3:30 pm, 15:30, at 9, noon, midnight,
// morning, afternoon, evening ("yesterday 3pm", "fri at 14:00", "3pm yesterday").
// A date without a year is the nearest one in the phrase's direction.
[[nodiscard]] std::variant<DatePhrase, WhenError>
parseDatePhrase(std::string_view text, const CivilDate& today, Toward toward);

// A reminder's or a snooze's day: today or later. A time, if typed, is ignored.
[[nodiscard]] std::variant<CivilDate, WhenError> parseDueDate(std::string_view text,
                                                              const CivilDate& today);

// What a date field understood, to show under it: "Thu 10 Dec (in 5 days)".
[[nodiscard]] std::string dayPreview(const CivilDate& day, const CivilDate& today);

} // namespace rk
