#pragma once
#include "core/time/civil_date.h"

#include <cstdint>
#include <string>

namespace rk {

// "today", "yesterday", "3 days ago", "3 weeks ago", "5 months ago", "2 years ago".
[[nodiscard]] std::string agoText(const CivilDate& then, const CivilDate& today);
// "3 Jan", or "3 Jan 2024" when not in `today`'s year.
[[nodiscard]] std::string shortDate(const CivilDate& date, const CivilDate& today);
// "Mon 30 Nov"
[[nodiscard]] std::string weekdayDate(const CivilDate& date);
// "Mon 30 Nov", or "Mon 30 Nov 2027" when not in `today`'s year.
[[nodiscard]] std::string weekdayDate(const CivilDate& date, const CivilDate& today);
// "in 12 days", "tomorrow", "today", "yesterday", "3 days ago".
[[nodiscard]] std::string relativeDays(const CivilDate& date, const CivilDate& today);
// A stored birthday as words: "23 April 1990", or "23 April" when the year is
// unknown ("--04-23"); empty when unset or unreadable.
[[nodiscard]] std::string birthdayText(const std::string& birthday);
// "Today", "Yesterday", "Monday 23 November", "12 March 2024"
[[nodiscard]] std::string dayHeading(const CivilDate& date, const CivilDate& today);
// "14:05" local time
[[nodiscard]] std::string clockTime(std::int64_t unixSeconds);

} // namespace rk
