// One reader for every date field: the log's "When" looks back, a reminder's
// or a snooze's date looks ahead. Real dates: month ends, leap days, DST.
#include "core/time/date_phrase.h"
#include "core/time/when_parser.h"
#include "tests/support/test_clock.h"

#include <catch2/catch.hpp>

using namespace rk;

namespace {

const CivilDate kSaturday{2026, 12, 5};

CivilDate dayOf(std::string_view text, const CivilDate& today, Toward toward) {
    auto r = parseDatePhrase(text, today, toward);
    if (auto* err = std::get_if<WhenError>(&r)) FAIL("'" << text << "': " << err->message);
    return std::get<DatePhrase>(r).day;
}

} // namespace

TEST_CASE("Typed days are read the same in every date field, looking back or ahead",
          "[core][when]") {
    struct Row {
        const char* text;
        Toward toward;
        CivilDate expected;
    };
    const Row rows[] = {
        {"today", Toward::Past, kSaturday},
        {"yesterday", Toward::Past, {2026, 12, 4}},
        {"tomorrow", Toward::Future, {2026, 12, 6}},
        {"friday", Toward::Past, {2026, 12, 4}},
        {"Fri", Toward::Future, {2026, 12, 11}},
        {"saturday", Toward::Past, kSaturday}, // today is the nearest Saturday looking back
        {"last saturday", Toward::Past, {2026, 11, 28}},
        {"next monday", Toward::Future, {2026, 12, 7}},
        {"on tues", Toward::Future, {2026, 12, 8}},
        {"2d", Toward::Past, {2026, 12, 3}},
        {"2d", Toward::Future, {2026, 12, 7}},
        {"3 days ago", Toward::Past, {2026, 12, 2}},
        {"in 2 weeks", Toward::Future, {2026, 12, 19}},
        {"a week ago", Toward::Past, {2026, 11, 28}},
        {"next week", Toward::Future, {2026, 12, 12}},
        {"in a month", Toward::Future, {2027, 1, 5}},
        {"last month", Toward::Past, {2026, 11, 5}},
        {"2026-12-03", Toward::Past, {2026, 12, 3}},
        {"3 dec", Toward::Past, {2026, 12, 3}},
        {"dec 3", Toward::Future, {2027, 12, 3}}, // the 3rd has passed this year
        {"24 December", Toward::Future, {2026, 12, 24}},
        {"December 24th, 2027", Toward::Future, {2027, 12, 24}},
        {"3rd of march", Toward::Past, {2026, 3, 3}},
        {"31 jan", Toward::Future, {2027, 1, 31}},
        {"29 feb", Toward::Future, {2028, 2, 29}}, // the next leap day
        {"29 feb", Toward::Past, {2024, 2, 29}},   // the last one
        {"sept 30", Toward::Past, {2026, 9, 30}},
    };
    for (const Row& r : rows) {
        INFO("'" << r.text << "'");
        CHECK(dayOf(r.text, kSaturday, r.toward) == r.expected);
    }
    // A month from a month's last day lands on the next month's last day.
    CHECK(dayOf("in a month", {2027, 1, 31}, Toward::Future) == CivilDate{2027, 2, 28});
    CHECK(dayOf("in 1 month", {2028, 1, 31}, Toward::Future) == CivilDate{2028, 2, 29});
}

TEST_CASE("A time can come with the day, before or after it", "[core][when]") {
    struct Row {
        const char* text;
        int minute;
    };
    const Row rows[] = {
        {"yesterday 3pm", 15 * 60},
        {"3pm yesterday", 15 * 60},
        {"yesterday at 3:30 pm", 15 * 60 + 30},
        {"fri 14:05", 14 * 60 + 5},
        {"friday at 9", 9 * 60},
        {"yesterday 12am", 0},
        {"yesterday 12pm", 12 * 60},
        {"yesterday noon", 12 * 60},
        {"yesterday evening", 19 * 60},
        {"2026-12-01T08:15", 8 * 60 + 15},
        {"1 dec 7 a.m.", 7 * 60},
    };
    for (const Row& r : rows) {
        INFO("'" << r.text << "'");
        auto p = parseDatePhrase(r.text, kSaturday, Toward::Past);
        REQUIRE(std::holds_alternative<DatePhrase>(p));
        REQUIRE(std::get<DatePhrase>(p).minuteOfDay);
        CHECK(*std::get<DatePhrase>(p).minuteOfDay == r.minute);
    }
}

TEST_CASE("The log's When field reads phrases with times and shows what it understood",
          "[core][when]") {
    test::ScopedTimeZone tz("Europe/London");
    const std::int64_t now = test::localTime(2026, 12, 5, 10, 0);

    CHECK(std::get<std::int64_t>(parseWhen("yesterday 3pm", now)) ==
          test::localTime(2026, 12, 4, 15, 0));
    CHECK(std::get<std::int64_t>(parseWhen("friday", now)) == test::localTime(2026, 12, 4, 10, 0));
    CHECK(std::get<std::int64_t>(parseWhen("3 dec 9:30", now)) ==
          test::localTime(2026, 12, 3, 9, 30));
    CHECK(std::get<std::int64_t>(parseWhen("8am", now)) == test::localTime(2026, 12, 5, 8, 0));

    CHECK(whenPreview(now, now) == "Just now");
    CHECK(whenPreview(test::localTime(2026, 12, 5, 8, 0), now) == "Today, 08:00");
    CHECK(whenPreview(test::localTime(2026, 12, 4, 15, 0), now) == "Fri 4 Dec, 15:00 (yesterday)");
    CHECK(whenPreview(test::localTime(2025, 12, 4, 15, 0), now) ==
          "Thu 4 Dec 2025, 15:00 (366 days ago)");

    SECTION("later today, or tomorrow, is refused: the log is for what happened") {
        CHECK(std::holds_alternative<WhenError>(parseWhen("3pm", now)));
        CHECK(std::holds_alternative<WhenError>(parseWhen("tomorrow", now)));
        CHECK(std::holds_alternative<WhenError>(parseWhen("in 2 days", now)));
        CHECK(std::holds_alternative<WhenError>(parseWhen("next friday", now)));
    }
}

TEST_CASE("'Yesterday' across a DST change is the same clock time the day before",
          "[core][when][dst]") {
    test::ScopedTimeZone tz("Europe/London");
    // Clocks went forward at 01:00 on Sunday 29 March 2026: that day had 23 hours.
    const std::int64_t now = test::localTime(2026, 3, 30, 9, 0);
    CHECK(std::get<std::int64_t>(parseWhen("yesterday", now)) ==
          test::localTime(2026, 3, 29, 9, 0));
    CHECK(std::get<std::int64_t>(parseWhen("2 days ago", now)) ==
          test::localTime(2026, 3, 28, 9, 0));
    CHECK(std::get<std::int64_t>(parseWhen("2026-03-29 01:30", now)) ==
          test::localTime(2026, 3, 29, 1, 30));
    CHECK(test::localTime(2026, 3, 30, 9, 0) - test::localTime(2026, 3, 28, 9, 0) == 47 * 3600);
}

TEST_CASE("A reminder's or a snooze's date looks ahead and refuses the past",
          "[core][when][bad-input]") {
    CHECK(std::get<CivilDate>(parseDueDate("friday", kSaturday)) == CivilDate{2026, 12, 11});
    CHECK(std::get<CivilDate>(parseDueDate("tomorrow 9am", kSaturday)) ==
          CivilDate{2026, 12, 6}); // the time is ignored
    CHECK(std::get<CivilDate>(parseDueDate("2026-12-24", kSaturday)) == CivilDate{2026, 12, 24});
    CHECK(dayPreview({2026, 12, 11}, kSaturday) == "Fri 11 Dec (in 6 days)");

    const char* bad[] = {"yesterday",   "2026-12-01", "3 days ago", "last friday", "in 3 hours",
                         "31 feb 2027", "2026-02-30", "lunch",      "2d3",         "soon"};
    for (const char* text : bad) {
        INFO("'" << text << "'");
        auto r = parseDueDate(text, kSaturday);
        REQUIRE(std::holds_alternative<WhenError>(r));
        CHECK_FALSE(std::get<WhenError>(r).message.empty());
    }
}
