// Goal periods are calendar weeks and months in the user's zone (issue 13):
// ISO week 53, month ends, the year turn and DST changes.
#include "core/goals/goal_period.h"
#include "tests/core/goal_world.h"

using namespace rk;
using namespace rk::test;

namespace {
CivilDate d(const char* iso) { return *CivilDate::parse(iso); }
} // namespace

TEST_CASE("Weeks and months are calendar periods", "[core][goals][period]") {
    struct Row {
        GoalPer per;
        int weekStart;
        const char* day;
        const char* first;
        const char* last;
    };
    const Row rows[] = {
        {GoalPer::Week, 0, "2026-12-31", "2026-12-28", "2027-01-03"}, // 2026-W53 spans the year turn
        {GoalPer::Week, 0, "2027-01-03", "2026-12-28", "2027-01-03"},
        {GoalPer::Week, 0, "2027-01-04", "2027-01-04", "2027-01-10"},
        {GoalPer::Week, 6, "2026-12-31", "2026-12-27", "2027-01-02"}, // weeks from Sunday
        {GoalPer::Week, 6, "2026-12-27", "2026-12-27", "2027-01-02"},
        {GoalPer::Week, 0, "2024-02-29", "2024-02-26", "2024-03-03"},
        {GoalPer::Month, 0, "2024-02-10", "2024-02-01", "2024-02-29"}, // a leap February
        {GoalPer::Month, 0, "2026-02-28", "2026-02-01", "2026-02-28"},
        {GoalPer::Month, 0, "2026-12-31", "2026-12-01", "2026-12-31"},
        {GoalPer::Month, 6, "2026-04-30", "2026-04-01", "2026-04-30"},
    };
    for (const Row& row : rows) {
        INFO(row.day << " per " << static_cast<int>(row.per) << " from day " << row.weekStart);
        const GoalPeriod p = periodContaining(row.per, d(row.day), row.weekStart);
        CHECK(p.first.iso() == row.first);
        CHECK(p.last.iso() == row.last);
    }
    SECTION("the period before crosses the year turn") {
        const GoalPeriod jan = periodContaining(GoalPer::Month, d("2027-01-15"), 0);
        CHECK(periodBefore(GoalPer::Month, jan, 0).first.iso() == "2026-12-01");
        const GoalPeriod w1 = periodContaining(GoalPer::Week, d("2027-01-05"), 0);
        const GoalPeriod w53 = periodBefore(GoalPer::Week, w1, 0);
        CHECK(w53.first.iso() == "2026-12-28");
        CHECK(periodBefore(GoalPer::Month, periodContaining(GoalPer::Month, d("2026-03-31"), 0), 0).last.iso() ==
              "2026-02-28");
    }
}

TEST_CASE("ISO week numbers, week 53 included", "[core][goals][period]") {
    struct Row {
        const char* day;
        int year;
        int week;
    };
    const Row rows[] = {
        {"2026-12-28", 2026, 53}, {"2026-12-31", 2026, 53}, {"2027-01-03", 2026, 53},
        {"2027-01-04", 2027, 1},  {"2024-12-30", 2025, 1},  {"2021-01-03", 2020, 53},
        {"2026-01-01", 2026, 1},  {"2026-06-15", 2026, 25},
    };
    for (const Row& row : rows) {
        INFO(row.day);
        const IsoWeek w = isoWeekOf(d(row.day));
        CHECK(w.year == row.year);
        CHECK(w.week == row.week);
    }
    const GoalPeriod w53 = periodContaining(GoalPer::Week, d("2026-12-30"), 0);
    CHECK(periodShortName(GoalPer::Week, w53, 0, d("2027-01-06")) == "W53");
    CHECK(periodShortName(GoalPer::Week, periodContaining(GoalPer::Week, d("2026-12-30"), 6), 6,
                          d("2027-01-06")) == "Dec 27");
    CHECK(periodShortName(GoalPer::Month, periodContaining(GoalPer::Month, d("2026-12-30"), 0), 0,
                          d("2027-01-06")) == "Dec 2026");
    CHECK(periodShortName(GoalPer::Month, periodContaining(GoalPer::Month, d("2026-11-30"), 0), 0,
                          d("2026-12-06")) == "Nov");
}

TEST_CASE("A week with a DST change is seven local days, and counts by local time",
          "[core][goals][period][dst]") {
    struct Row {
        const char* zone;
        const char* monday; // the week's first day
        const char* change; // the Sunday (London) or Sunday (New York) the clocks move
        int hours;          // the week's length
    };
    const Row rows[] = {
        {"Europe/London", "2026-03-23", "2026-03-29", 167},    // spring forward
        {"Europe/London", "2026-10-19", "2026-10-25", 169},    // fall back
        {"America/New_York", "2026-03-02", "2026-03-08", 167}, // spring forward
        {"America/New_York", "2026-10-26", "2026-11-01", 169}, // fall back
    };
    for (const Row& row : rows) {
        INFO(row.zone << " week of " << row.monday);
        // Wednesday after the change, noon.
        GoalWorld w(row.zone, row.change, 12);
        w.clock.set(at(row.change, 12) + 3 * kDay);
        const GoalPeriod week = periodContaining(GoalPer::Week, d(row.monday), 0);
        CHECK(week.days() == 7);
        CHECK(week.endsAt() - week.startsAt() == row.hours * 3600);

        // Sunday 23:30 (the change's day) is the old week; Monday 00:30 the new one.
        const std::int64_t newWeek = localMidnight(d(row.change).addDays(1));
        const ContactId ana = w.person("Ana"), ben = w.person("Ben"), cai = w.person("Cai");
        w.log(ana, Direction::Out, newWeek - 1800);
        w.log(ben, Direction::Out, newWeek + 1800);
        w.log(cai, Direction::Out, newWeek + 2 * kDay);
        const GoalStatus s = w.status(GoalKind::ReachOut, 2, GoalPer::Week);
        CHECK(s.current.period.first == d(row.change).addDays(1));
        CHECK(s.current.done == 2);
        CHECK(s.current.met);
        REQUIRE_FALSE(s.history.empty());
        CHECK(s.history.back().done == 1);
        CHECK(s.daysLeft == 5); // Wednesday to Sunday
    }
}
