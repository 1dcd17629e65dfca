#include "tests/followup/followup_world.h"

#include <catch2/catch.hpp>

using namespace rk;

namespace {
void noCadence(Contact& c) { c.cadenceDays = 0; }

const QueueReason* reasonOf(const QueueItem* item, DueReason kind) {
    if (!item) return nullptr;
    for (const auto& r : item->reasons)
        if (r.kind == kind) return &r;
    return nullptr;
}
} // namespace

TEST_CASE("An unanswered message is chased after five days", "[followup][awaiting]") {
    test::World w;
    const ContactId id = w.add("Ana García", Circle::Network, "2025-06-01", noCadence);
    w.log(id, "2026-01-03", Direction::Out, true);

    CHECK_FALSE(w.find(w.queueOn("2026-01-07"), id));
    auto due = w.queueOn("2026-01-08");
    const QueueReason* r = reasonOf(w.find(due, id), DueReason::AwaitingReply);
    REQUIRE(r);
    CHECK(r->text == "no reply since 3 Jan");
    CHECK(r->daysOverdue == 0);
    CHECK(reasonOf(w.find(w.queueOn("2026-01-10"), id), DueReason::AwaitingReply)->daysOverdue == 2);

    SECTION("an inbound interaction clears it") {
        w.log(id, "2026-01-06", Direction::In);
        CHECK_FALSE(w.find(w.queueOn("2026-01-08"), id));
        CHECK(w.store.db().queryInt("SELECT count(*) FROM interactions WHERE awaiting_reply = 1") == 0);
    }
    SECTION("another message without the flag is no answer") {
        w.log(id, "2026-01-05", Direction::Out, false);
        CHECK(reasonOf(w.find(w.queueOn("2026-01-08"), id), DueReason::AwaitingReply));
    }
    SECTION("a newly flagged message restarts the clock") {
        w.log(id, "2026-01-05", Direction::Out, true);
        CHECK_FALSE(w.find(w.queueOn("2026-01-09"), id));
        auto later = w.queueOn("2026-01-10");
        REQUIRE(reasonOf(w.find(later, id), DueReason::AwaitingReply));
        CHECK(reasonOf(w.find(later, id), DueReason::AwaitingReply)->text == "no reply since 5 Jan");
    }
    SECTION("the number of days is a setting") {
        w.setting("followup.awaiting_days", "3");
        CHECK(w.find(w.queueOn("2026-01-06"), id));
    }
}

TEST_CASE("A flagged message answered in data written elsewhere is not chased", "[followup][awaiting]") {
    test::World w;
    const ContactId id = w.add("Imported", Circle::Network, "2025-06-01", noCadence);
    w.store.change("Import", [&] {
        InteractionRepo repo(w.store.db());
        Interaction out{0, id, InteractionKind::Email, Direction::Out, test::localTime(2025, 12, 30), "", false, false, true};
        Interaction in{0, id, InteractionKind::Email, Direction::In, test::localTime(2026, 1, 2), "", false, false, false};
        repo.add(out, w.clock.now());
        repo.add(in, w.clock.now());
    });
    CHECK_FALSE(w.find(w.queueOn("2026-01-20"), id));

    const ContactId other = w.add("Other Year", Circle::Network, "2025-06-01", noCadence);
    w.log(other, "2025-12-30", Direction::Out, true);
    auto q = w.queueOn("2026-01-05");
    REQUIRE(reasonOf(w.find(q, other), DueReason::AwaitingReply));
    CHECK(reasonOf(w.find(q, other), DueReason::AwaitingReply)->text == "no reply since 30 Dec 2025");
}

TEST_CASE("Open reminders join the queue on their day and stay until handled", "[followup][reminder]") {
    test::World w;
    const ContactId id = w.add("Ana García", Circle::Network, "2026-04-01", noCadence);
    w.remind(id, "2026-05-10", "Send the article");
    const std::int64_t closed = w.remind(id, "2026-05-09", "Already handled");
    w.store.change("Close", [&] { ReminderRepo(w.store.db()).setStatus(closed, FollowUpStatus::Done); });

    CHECK_FALSE(w.find(w.queueOn("2026-05-09"), id));
    auto on = w.queueOn("2026-05-10");
    REQUIRE(reasonOf(w.find(on, id), DueReason::Reminder));
    CHECK(reasonOf(w.find(on, id), DueReason::Reminder)->text == "reminder · Send the article");
    auto late = w.queueOn("2026-05-12");
    const QueueReason* r = reasonOf(w.find(late, id), DueReason::Reminder);
    REQUIRE(r);
    CHECK(r->text == "reminder · Send the article · 2 days overdue");
    CHECK(r->daysOverdue == 2);
    CHECK(w.find(late, id)->reasons.size() == 1);
}

TEST_CASE("Birthdays are due the day before and on the day", "[followup][birthday]") {
    struct Row {
        const char* birthday;
        const char* today;
        const char* expected; // "" = not due
    };
    const Row rows[] = {
        {"1990-06-15", "2026-06-13", ""},
        {"1990-06-15", "2026-06-14", "birthday tomorrow"},
        {"1990-06-15", "2026-06-15", "birthday today"},
        {"1990-06-15", "2026-06-16", ""},
        {"--06-15", "2026-06-14", "birthday tomorrow"},
        {"--06-15", "2026-06-15", "birthday today"},
        // Feb 29 is celebrated on Feb 28 in common years.
        {"1992-02-29", "2026-02-26", ""},
        {"1992-02-29", "2026-02-27", "birthday tomorrow"},
        {"1992-02-29", "2026-02-28", "birthday today"},
        {"1992-02-29", "2026-03-01", ""},
        {"1992-02-29", "2028-02-27", ""},
        {"1992-02-29", "2028-02-28", "birthday tomorrow"},
        {"1992-02-29", "2028-02-29", "birthday today"},
        {"--02-29", "2026-02-28", "birthday today"},
        {"1985-02-28", "2028-02-28", "birthday today"},
        {"1985-02-28", "2028-02-29", ""},
        {"1985-03-01", "2026-02-28", "birthday tomorrow"},
        {"--01-01", "2026-12-31", "birthday tomorrow"},
        {"2000-12-31", "2026-12-31", "birthday today"},
        {"1990-02-30", "2026-02-28", ""},
        {"someday", "2026-02-28", ""},
    };
    for (const Row& row : rows) {
        INFO(row.birthday << " on " << row.today);
        test::World w;
        const ContactId id = w.add("Ana García", Circle::Close, "2025-01-01", [&](Contact& c) {
            c.birthday = row.birthday;
            c.cadenceDays = 0;
        });
        auto q = w.queueOn(row.today);
        const QueueReason* r = reasonOf(w.find(q, id), DueReason::Birthday);
        if (std::string(row.expected).empty()) {
            CHECK_FALSE(r);
        } else {
            REQUIRE(r);
            CHECK(r->text == row.expected);
            CHECK(r->daysOverdue == 0);
        }
    }
}

TEST_CASE("A birthday card is settled by being in touch since the day before", "[followup][birthday]") {
    test::World w;
    const ContactId id = w.add("Ana García", Circle::Close, "2025-01-01", [](Contact& c) {
        c.birthday = "1990-06-15";
        c.cadenceDays = 0;
    });
    w.log(id, "2026-06-13");
    CHECK(w.find(w.queueOn("2026-06-14"), id));
    w.log(id, "2026-06-14", Direction::Out, false, InteractionKind::Message);
    CHECK_FALSE(w.find(w.queueOn("2026-06-14"), id));
    CHECK_FALSE(w.find(w.queueOn("2026-06-15"), id));
}
