#include "core/goals/goal_period.h"

#include <array>

namespace rk {

namespace {
constexpr std::array<const char*, 12> kMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                 "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
}

GoalPeriod periodContaining(GoalPer per, const CivilDate& day, int weekStart) {
    if (per == GoalPer::Month) {
        const CivilDate first{day.year, day.month, 1};
        return {first, CivilDate{day.year, day.month, daysInMonth(day.year, day.month)}};
    }
    const int start = ((weekStart % 7) + 7) % 7;
    const CivilDate first = day.addDays(-((day.weekday() - start + 7) % 7));
    return {first, first.addDays(6)};
}

GoalPeriod periodBefore(GoalPer per, const GoalPeriod& p, int weekStart) {
    return periodContaining(per, p.first.addDays(-1), weekStart);
}

IsoWeek isoWeekOf(const CivilDate& d) {
    // The week belongs to the year of its Thursday.
    const CivilDate thursday = d.addDays(3 - d.weekday());
    const CivilDate jan1{thursday.year, 1, 1};
    return {thursday.year, static_cast<int>(jan1.daysUntil(thursday) / 7) + 1};
}

std::string periodShortName(GoalPer per, const GoalPeriod& p, int weekStart, const CivilDate& today) {
    if (per == GoalPer::Month) {
        std::string name = kMonths[static_cast<size_t>(p.first.month - 1)];
        if (p.first.year != today.year) name += " " + std::to_string(p.first.year);
        return name;
    }
    if (((weekStart % 7) + 7) % 7 == 0) return "W" + std::to_string(isoWeekOf(p.first).week);
    return std::string(kMonths[static_cast<size_t>(p.first.month - 1)]) + " " + std::to_string(p.first.day);
}

} // namespace rk
