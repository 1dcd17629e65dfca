#include "core/time/when_parser.h"
#include "tests/support/test_clock.h"

#include <catch2/catch.hpp>

using namespace rk;

TEST_CASE("The log sheet's 'when' field understands how people type times", "[core][when]") {
    test::ScopedTimeZone tz("Europe/London");
    const std::int64_t now = test::localTime(2026, 11, 26, 15, 0);
    struct Row {
        const char* text;
        std::int64_t expected;
    };
    const Row rows[] = {
        {"", now},
        {"now", now},
        {"  NOW ", now},
        {"today", now},
        {"yesterday", now - 86400},
        {"2d", now - 2 * 86400},
        {"2 days", now - 2 * 86400},
        {"2 days ago", now - 2 * 86400},
        {"3h", now - 3 * 3600},
        {"1w", now - 7 * 86400},
        {"30m", now - 1800},
        {"2026-11-20", test::localTime(2026, 11, 20, 12, 0)},
        {"2024-02-29 09:15", test::localTime(2024, 2, 29, 9, 15)},
        {"2026-03-29T01:30", test::localTime(2026, 3, 29, 1, 30)},
        {"2026-11-26", now}, // today at noon would be in the future at 15:00? no: noon is past
    };
    for (const auto& r : rows) {
        INFO("'" << r.text << "'");
        auto result = parseWhen(r.text, now);
        REQUIRE(std::holds_alternative<std::int64_t>(result));
        if (std::string(r.text) == "2026-11-26") CHECK(std::get<std::int64_t>(result) == test::localTime(2026, 11, 26, 12, 0));
        else CHECK(std::get<std::int64_t>(result) == r.expected);
    }
}

TEST_CASE("Nonsense and future times get a helpful message", "[core][when][bad-input]") {
    test::ScopedTimeZone tz("Europe/London");
    const std::int64_t now = test::localTime(2026, 11, 26, 9, 0);
    const char* bad[] = {"tomorrow-ish", "2023-02-29", "2026-13-01", "2d3", "2026-11-20 25:00",
                         "2027-01-01", "99999999d", "lunch"};
    for (const char* text : bad) {
        INFO("'" << text << "'");
        auto result = parseWhen(text, now);
        REQUIRE(std::holds_alternative<WhenError>(result));
        CHECK_FALSE(std::get<WhenError>(result).message.empty());
    }
    // Today's noon typed at 09:00 means "today", not the future.
    CHECK(std::get<std::int64_t>(parseWhen("2026-11-26", now)) == now);
}
