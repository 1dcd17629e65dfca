#pragma once
#include "core/model/goal.h"
#include "core/time/civil_date.h"

#include <cstdint>
#include <string>

namespace rk {

// One period of a goal, as local calendar days: a week from the user's first
// day of the week (`weekStart`, 0 = Monday … 6 = Sunday; Monday makes ISO
// weeks) or a calendar month. Its instants are local midnights, so a week
// with a DST change is 167 or 169 hours long and still seven days.
struct GoalPeriod {
    CivilDate first;
    CivilDate last; // inclusive

    [[nodiscard]] std::int64_t startsAt() const { return localMidnight(first); }
    [[nodiscard]] std::int64_t endsAt() const { return localMidnight(last.addDays(1)); }
    [[nodiscard]] int days() const { return static_cast<int>(first.daysUntil(last)) + 1; }
    [[nodiscard]] bool contains(const CivilDate& d) const { return first <= d && d <= last; }
    auto operator<=>(const GoalPeriod&) const = default;
};

[[nodiscard]] GoalPeriod periodContaining(GoalPer per, const CivilDate& day, int weekStart);
// The period just before `p`.
[[nodiscard]] GoalPeriod periodBefore(GoalPer per, const GoalPeriod& p, int weekStart);

// ISO 8601 week of a date: 2026-12-31 is in 2026-W53, 2027-01-04 in 2027-W01.
struct IsoWeek {
    int year = 0;
    int week = 0;
};
[[nodiscard]] IsoWeek isoWeekOf(const CivilDate& d);

// A short name for a past period, for the history strip: "W53" (weeks from
// Monday), "Dec 28" (weeks from another day), "Dec" (months; "Dec 2025"
// when the year differs from `today`'s).
[[nodiscard]] std::string periodShortName(GoalPer per, const GoalPeriod& p, int weekStart,
                                          const CivilDate& today);

} // namespace rk
