#include "core/schedule/cadence.h"
#include "core/time/civil_date.h"
#include "tests/support/test_clock.h"

#include <catch2/catch.hpp>

using namespace rk;

TEST_CASE("Civil dates add days and months across month ends and leap days", "[core][date]") {
    struct Row {
        const char* from;
        int days;
        int months;
        const char* expected;
    };
    const Row rows[] = {
        {"2024-01-31", 1, 0, "2024-02-01"},  {"2024-02-28", 1, 0, "2024-02-29"},
        {"2023-02-28", 1, 0, "2023-03-01"},  {"2024-12-31", 1, 0, "2025-01-01"},
        {"2024-01-31", 0, 1, "2024-02-29"},  {"2023-01-31", 0, 1, "2023-02-28"},
        {"2024-02-29", 0, 12, "2025-02-28"}, {"2024-03-31", 0, -1, "2024-02-29"},
        {"2000-02-28", 1, 0, "2000-02-29"},  {"1900-02-28", 1, 0, "1900-03-01"},
        {"2024-03-01", -1, 0, "2024-02-29"}, {"2026-11-26", 30, 0, "2026-12-26"},
    };
    for (const auto& row : rows) {
        INFO(row.from << " + " << row.days << "d " << row.months << "m");
        auto d = CivilDate::parse(row.from);
        REQUIRE(d);
        CHECK(d->addDays(row.days).addMonths(row.months).iso() == row.expected);
    }
}

TEST_CASE("Impossible dates are rejected when parsing", "[core][date]") {
    CHECK_FALSE(CivilDate::parse("2023-02-29"));
    CHECK(CivilDate::parse("2024-02-29"));
    CHECK_FALSE(CivilDate::parse("2024-13-01"));
    CHECK_FALSE(CivilDate::parse("2024-1-01"));
    CHECK_FALSE(CivilDate::parse("yesterday"));
    CHECK_FALSE(CivilDate::parse(""));
}

TEST_CASE("Weekdays are right", "[core][date]") {
    CHECK(CivilDate::parse("2026-11-26")->weekday() == 3); // Thursday
    CHECK(CivilDate::parse("2024-02-29")->weekday() == 3);
    CHECK(CivilDate::parse("1970-01-01")->weekday() == 3);
}

TEST_CASE("Cadence due dates count local days, whatever DST does", "[core][date][dst]") {
    test::ScopedTimeZone tz("Europe/London");
    struct Row {
        int y, m, d, h;
        int cadence;
        const char* expected;
    };
    const Row rows[] = {
        {2026, 3, 28, 23, 1, "2026-03-29"},  // clocks go forward on 29 March
        {2026, 3, 29, 0, 1, "2026-03-30"},   // 00:30 on the short day
        {2026, 10, 24, 23, 1, "2026-10-25"}, // clocks go back on 25 October
        {2026, 10, 25, 23, 1, "2026-10-26"}, // late on the long day
        {2026, 1, 31, 9, 30, "2026-03-02"},
        {2024, 2, 29, 18, 14, "2024-03-14"},
        {2026, 12, 31, 23, 1, "2027-01-01"},
    };
    for (const auto& r : rows) {
        const auto at = test::localTime(r.y, r.m, r.d, r.h, 30);
        INFO(r.y << "-" << r.m << "-" << r.d << " " << r.h << ":30 +" << r.cadence);
        CHECK(cadenceDueDate(r.cadence, at, 0) == r.expected);
    }
    CHECK(cadenceDueDate(0, test::localTime(2026, 1, 1), 0).empty());
    // Never contacted: counts from the day they were added.
    CHECK(cadenceDueDate(14, std::nullopt, test::localTime(2026, 2, 20)) == "2026-03-06");
}

TEST_CASE("Local midnight is found on DST days", "[core][date][dst]") {
    test::ScopedTimeZone tz("America/New_York");
    const auto d = *CivilDate::parse("2026-03-08"); // spring forward at 02:00
    const auto midnight = localMidnight(d);
    CHECK(localDateOf(midnight) == d);
    CHECK(localDateOf(midnight - 1) == d.addDays(-1));
    CHECK(localMidnight(d.addDays(1)) - midnight == 23 * 3600);
}
