#include "tests/followup/followup_world.h"

#include <catch2/catch.hpp>

using namespace rk;

TEST_CASE("The queue turns over at local midnight, DST changes included", "[followup][day]") {
    struct Row {
        const char* tz;
        const char* day;      // a contact becomes due on this day
        int hoursInDayBefore; // length of the previous local day
    };
    const Row rows[] = {
        {"Europe/London", "2026-03-29", 24},   {"Europe/London", "2026-03-30", 23},
        {"Europe/London", "2026-10-26", 25},   {"America/New_York", "2026-11-02", 25},
        {"America/New_York", "2026-03-09", 23}, {"Asia/Tokyo", "2026-01-01", 24},
    };
    for (const Row& row : rows) {
        INFO(row.tz << " " << row.day);
        test::World w(row.tz);
        const CivilDate due = test::day(row.day);
        const ContactId id = w.add("Ana García", Circle::Inner, "2025-06-01");
        w.log(id, due.addDays(-14).iso().c_str());

        w.setNow(due.addDays(-1).iso().c_str(), 0, 0);
        const std::int64_t start = w.clock.now();
        w.setNow(due.addDays(-1).iso().c_str(), 23, 59);
        CHECK(w.queue().items.empty());
        const std::int64_t midnight = nextRefreshAt(w.clock.now());
        CHECK(midnight - start == row.hoursInDayBefore * 3600);
        CHECK(midnight == localMidnight(due));
        w.clock.set(midnight - 1);
        CHECK(w.queue().items.empty());
        w.clock.set(midnight);
        CHECK(w.today() == due);
        CHECK(w.names(w.queue()) == std::vector<std::string>{"Ana García"});
        CHECK(nextRefreshAt(midnight) == localMidnight(due.addDays(1)));
    }
}

TEST_CASE("Clearing the queue day after day builds a streak", "[followup][streak]") {
    test::World w;
    const ContactId a = w.add("Ana García", Circle::Inner, "2026-01-01");
    const ContactId b = w.add("Bo Chen", Circle::Inner, "2026-01-01");
    w.log(a, "2026-03-01");
    w.log(b, "2026-03-02");
    auto done = [&](ContactId id) {
        Interaction i;
        i.contactId = id;
        return markDone(w.store, i);
    };

    w.setNow("2026-03-15", 9);
    CHECK(w.queue().streakDays == 0);
    CHECK(done(a).queueCleared);
    CHECK(w.queue().streakDays == 1);
    CHECK(w.queue().doneToday == 1);

    w.setNow("2026-03-16", 9);
    auto q = w.queue();
    CHECK(q.streakDays == 1); // yesterday's run, today not cleared yet
    CHECK(q.doneToday == 0);
    CHECK(q.dueToday() == 1);
    CHECK(done(b).queueCleared);
    CHECK(w.queue().streakDays == 2);
    w.store.undo();
    CHECK(w.queue().streakDays == 1);
    w.store.redo();

    // Nothing due on the 17th: an empty queue counts for today.
    w.setNow("2026-03-17", 9);
    CHECK(w.queue().empty());
    CHECK(w.queue().streakDays == 3);

    // A day missed with cards left breaks the run.
    w.setNow("2026-03-30", 9);
    REQUIRE_FALSE(w.queue().empty());
    CHECK(w.queue().streakDays == 0);
}

TEST_CASE("Today's counts split the due cards into handled and left", "[followup][counts]") {
    test::World w;
    std::vector<ContactId> ids;
    for (const char* name : {"Ana", "Bo", "Cy", "Di"}) {
        ids.push_back(w.add(name, Circle::Inner, "2026-01-01"));
        w.log(ids.back(), "2026-03-01");
    }
    w.setNow("2026-03-15", 9);
    CHECK(w.queue().dueToday() == 4);
    Interaction i;
    i.contactId = ids[0];
    (void)markDone(w.store, i);
    (void)snooze(w.store, ids[1], SnoozeLength::Tomorrow);
    (void)skip(w.store, ids[2]);
    auto q = w.queue();
    CHECK(q.doneToday == 1);
    CHECK(q.snoozedToday == 1);
    CHECK(q.skippedToday == 1);
    CHECK(q.total == 1);
    CHECK(q.dueToday() == 4);
    w.setNow("2026-03-16", 9);
    auto next = w.queue();
    CHECK(next.handledToday() == 0);
    CHECK(w.names(next) == std::vector<std::string>{"Bo", "Di"});
}
