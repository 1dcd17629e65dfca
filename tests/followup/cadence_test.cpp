#include "tests/followup/followup_world.h"

#include <catch2/catch.hpp>

using namespace rk;
using rk::test::day;

TEST_CASE("Each circle is due its default cadence after the last interaction", "[followup][cadence]") {
    struct Row {
        Circle circle;
        const char* last;
        const char* today;
        bool due;
        const char* text;
    };
    const Row rows[] = {
        {Circle::Inner, "2026-03-01", "2026-03-14", false, ""},
        {Circle::Inner, "2026-03-01", "2026-03-15", true, "due today · every 14 days"},
        {Circle::Inner, "2026-03-01", "2026-03-16", true, "1 day overdue · every 14 days"},
        {Circle::Close, "2026-01-31", "2026-03-02", true, "due today · every 30 days"},
        {Circle::Close, "2026-01-31", "2026-03-14", true, "12 days overdue · every 30 days"},
        {Circle::Network, "2025-12-01", "2026-03-01", true, "due today · every 90 days"},
        {Circle::Network, "2025-12-01", "2026-02-28", false, ""},
        {Circle::Acquaintance, "2024-02-29", "2024-08-27", true, "due today · every 180 days"},
        {Circle::Acquaintance, "2024-02-29", "2024-08-26", false, ""},
    };
    for (const Row& row : rows) {
        INFO(circleKey(row.circle) << " last " << row.last << " today " << row.today);
        test::World w;
        const ContactId id = w.add("Ana García", row.circle, "2023-06-01");
        w.log(id, row.last);
        w.setNow(row.today);
        auto q = w.queue();
        const QueueItem* item = w.find(q, id);
        REQUIRE((item != nullptr) == row.due);
        if (!row.due) continue;
        REQUIRE(item->reasons.size() == 1);
        CHECK(item->reasons[0].kind == DueReason::Cadence);
        CHECK(item->reasons[0].text == row.text);
    }
}

TEST_CASE("Cadence overrides come from settings and from the contact", "[followup][cadence]") {
    test::World w;
    w.setting("cadence.close", "21");
    const ContactId close = w.add("Close Friend", Circle::Close, "2025-01-01");
    const ContactId weekly = w.add("Weekly Call", Circle::Network, "2025-01-01",
                                   [](Contact& c) { c.cadenceDays = 7; });
    const ContactId never = w.add("No Cadence", Circle::Inner, "2025-01-01",
                                  [](Contact& c) { c.cadenceDays = 0; });
    w.log(close, "2026-04-01");
    w.log(weekly, "2026-04-01");
    w.log(never, "2026-04-01");

    CHECK(w.text("SELECT next_due FROM contacts WHERE display_name = 'Close Friend'") == "2026-04-22");
    CHECK(w.text("SELECT next_due FROM contacts WHERE display_name = 'Weekly Call'") == "2026-04-08");
    CHECK(w.text("SELECT next_due FROM contacts WHERE display_name = 'No Cadence'").empty());

    auto q = w.queueOn("2026-04-22");
    REQUIRE(w.find(q, close));
    CHECK(w.find(q, close)->reasons[0].text == "due today · every 21 days");
    REQUIRE(w.find(q, weekly));
    CHECK(w.find(q, weekly)->reasons[0].text == "14 days overdue · every 7 days");
    CHECK_FALSE(w.find(q, never));
}

TEST_CASE("A new contact with no history is due the day it was added plus its cadence",
          "[followup][cadence]") {
    test::World w;
    const ContactId id = w.add("New Person", Circle::Inner, "2026-10-20");
    CHECK(w.text("SELECT next_due FROM contacts") == "2026-11-03");
    CHECK_FALSE(w.find(w.queueOn("2026-11-02"), id));
    auto q = w.queueOn("2026-11-03");
    REQUIRE(w.find(q, id));
    CHECK(w.find(q, id)->lastInteraction == "No interactions yet");

    SECTION("unless the user asks to start now") {
        w.setNow("2026-10-20", 15);
        auto result = startNow(w.store, id);
        CHECK(result.label == "Added New Person to today's follow-ups");
        auto now = w.queue();
        REQUIRE(w.find(now, id));
        CHECK(w.find(now, id)->reasons[0].text == "due today · every 14 days");
    }
}

TEST_CASE("Logging an interaction reschedules the next due date", "[followup][cadence]") {
    test::World w;
    const ContactId id = w.add("Ana García", Circle::Close, "2025-06-01");
    w.log(id, "2026-01-10");
    CHECK(w.text("SELECT next_due FROM contacts") == "2026-02-09");
    // A backdated interaction older than the last one changes nothing.
    w.log(id, "2026-01-02");
    CHECK(w.text("SELECT next_due FROM contacts") == "2026-02-09");
    w.log(id, "2026-02-20", Direction::In);
    CHECK(w.text("SELECT next_due FROM contacts") == "2026-03-22");
}

TEST_CASE("Overdue longer than the dormant period leaves cadence for the rekindle batch",
          "[followup][cadence][rekindle]") {
    test::World w;
    w.setting("followup.rekindle_batch", "0");
    const ContactId id = w.add("Long Quiet", Circle::Inner, "2024-01-01");
    w.log(id, "2025-01-01"); // due 2025-01-15
    // 2025-07-14 is 180 days after 2025-01-15: still on the cadence queue.
    auto last = w.queueOn("2025-07-14");
    REQUIRE(w.find(last, id));
    CHECK(w.find(last, id)->reasons[0].text == "180 days overdue · every 14 days");
    CHECK_FALSE(w.find(w.queueOn("2025-07-15"), id));
}
