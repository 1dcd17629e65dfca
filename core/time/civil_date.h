#pragma once
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace rk {

// A calendar date with no time and no zone: "today" for the user, a due date,
// a birthday. Arithmetic goes through a day number, so month ends and leap
// days need no special cases.
struct CivilDate {
    int year = 1970;
    int month = 1; // 1..12
    int day = 1;   // 1..31

    auto operator<=>(const CivilDate&) const = default;

    // Days since 1970-01-01 (negative before).
    [[nodiscard]] std::int64_t dayNumber() const;
    [[nodiscard]] static CivilDate fromDayNumber(std::int64_t days);

    [[nodiscard]] CivilDate addDays(std::int64_t n) const { return fromDayNumber(dayNumber() + n); }
    // Adds calendar months, clamping to the month's last day (Jan 31 + 1 = Feb 28/29).
    [[nodiscard]] CivilDate addMonths(int n) const;
    [[nodiscard]] std::int64_t daysUntil(const CivilDate& other) const {
        return other.dayNumber() - dayNumber();
    }
    // 0 = Monday … 6 = Sunday.
    [[nodiscard]] int weekday() const;

    [[nodiscard]] std::string iso() const; // YYYY-MM-DD
    // Parses YYYY-MM-DD and rejects impossible dates (2023-02-29).
    [[nodiscard]] static std::optional<CivilDate> parse(std::string_view text);
};

[[nodiscard]] bool isLeapYear(int year);
[[nodiscard]] int daysInMonth(int year, int month);

// The local civil date of a UTC instant, in the process's time zone (TZ).
[[nodiscard]] CivilDate localDateOf(std::int64_t unixSeconds);
// The UTC instant of local midnight at the start of `date` (DST-aware).
[[nodiscard]] std::int64_t localMidnight(const CivilDate& date);

} // namespace rk
