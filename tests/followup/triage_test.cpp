#include "core/db/store_error.h"
#include "tests/followup/followup_world.h"

#include <catch2/catch.hpp>

using namespace rk;

namespace {
// Ana is due today by cadence (last coffee 30 days ago, close circle).
ContactId anaDueOn(test::World& w, const char* today, const char* lastContact) {
    const ContactId id = w.add("Ana García", Circle::Close, "2025-01-01");
    w.log(id, lastContact, Direction::Out, false, InteractionKind::Coffee);
    w.setNow(today, 9);
    return id;
}
} // namespace

TEST_CASE("Snooze lengths land on the right day, month ends included", "[followup][snooze]") {
    struct Row {
        const char* today;
        SnoozeLength length;
        const char* date; // for Until
        const char* until;
        const char* label;
    };
    const Row rows[] = {
        {"2026-11-26", SnoozeLength::Tomorrow, nullptr, "2026-11-27", "Snoozed Ana García until Fri 27 Nov"},
        {"2026-11-26", SnoozeLength::ThreeDays, nullptr, "2026-11-29", "Snoozed Ana García until Sun 29 Nov"},
        {"2026-11-26", SnoozeLength::NextWeek, nullptr, "2026-11-30", "Snoozed Ana García until Mon 30 Nov"},
        {"2026-11-29", SnoozeLength::NextWeek, nullptr, "2026-11-30", "Snoozed Ana García until Mon 30 Nov"},
        {"2026-11-30", SnoozeLength::NextWeek, nullptr, "2026-12-07", "Snoozed Ana García until Mon 7 Dec"},
        {"2026-01-31", SnoozeLength::Tomorrow, nullptr, "2026-02-01", "Snoozed Ana García until Sun 1 Feb"},
        {"2026-02-28", SnoozeLength::ThreeDays, nullptr, "2026-03-03", "Snoozed Ana García until Tue 3 Mar"},
        {"2028-02-28", SnoozeLength::Tomorrow, nullptr, "2028-02-29", "Snoozed Ana García until Tue 29 Feb"},
        {"2026-12-31", SnoozeLength::Tomorrow, nullptr, "2027-01-01", "Snoozed Ana García until Fri 1 Jan 2027"},
        {"2026-12-20", SnoozeLength::Until, "2027-01-15", "2027-01-15", "Snoozed Ana García until Fri 15 Jan 2027"},
    };
    for (const Row& row : rows) {
        INFO(row.today << " -> " << row.until);
        test::World w;
        const CivilDate today = test::day(row.today);
        const ContactId id = anaDueOn(w, row.today, today.addDays(-30).iso().c_str());
        REQUIRE(w.find(w.queue(), id));
        std::optional<CivilDate> date;
        if (row.date) date = test::day(row.date);
        auto result = snooze(w.store, id, row.length, date);
        CHECK(result.label == row.label);
        REQUIRE(result.until);
        CHECK(result.until->iso() == row.until);
        CHECK(w.text("SELECT snoozed_until FROM contacts") == row.until);
        CHECK_FALSE(w.find(w.queue(), id));
        const CivilDate back = test::day(row.until);
        CHECK_FALSE(w.find(w.queueOn(back.addDays(-1).iso().c_str()), id));
        auto returned = w.queueOn(row.until);
        REQUIRE(w.find(returned, id));
        CHECK(w.find(returned, id)->snoozeCount == 1);
    }
}

TEST_CASE("Snoozing to a day that is not in the future is refused", "[followup][snooze]") {
    test::World w;
    const ContactId id = anaDueOn(w, "2026-05-10", "2026-04-10");
    const std::string before = w.dump();
    CHECK_THROWS_AS(snooze(w.store, id, SnoozeLength::Until, test::day("2026-05-10")), StoreError);
    CHECK_THROWS_AS(snooze(w.store, id, SnoozeLength::Until, test::day("2026-05-01")), StoreError);
    CHECK_THROWS_AS(snooze(w.store, id, SnoozeLength::Until), StoreError);
    CHECK(w.dump() == before);
}

TEST_CASE("A snooze over a DST change ends at local midnight", "[followup][snooze][dst]") {
    struct Row {
        const char* tz;
        const char* today; // the day before the clocks change
        const char* changeDay;
    };
    const Row rows[] = {
        {"Europe/London", "2026-03-28", "2026-03-29"},   // spring forward
        {"Europe/London", "2026-10-24", "2026-10-25"},   // fall back
        {"America/New_York", "2026-03-07", "2026-03-08"},
        {"America/New_York", "2026-10-31", "2026-11-01"},
    };
    for (const Row& row : rows) {
        INFO(row.tz << " " << row.changeDay);
        test::World w(row.tz);
        const CivilDate today = test::day(row.today);
        const ContactId id = anaDueOn(w, row.today, today.addDays(-30).iso().c_str());
        w.setNow(row.today, 23, 30);
        auto result = snooze(w.store, id, SnoozeLength::Tomorrow);
        CHECK(result.until->iso() == row.changeDay);
        // Half an hour later the clocks have not changed yet; it is the new day.
        CHECK(nextRefreshAt(w.clock.now()) - w.clock.now() == 30 * 60);
        w.setNow(row.today, 23, 59);
        CHECK_FALSE(w.find(w.queue(), id));
        w.clock.set(nextRefreshAt(w.clock.now()));
        CHECK(w.today().iso() == row.changeDay);
        CHECK(w.find(w.queue(), id));
    }
}

TEST_CASE("Repeated snoozes show on the card until the next interaction", "[followup][snooze]") {
    test::World w;
    const ContactId id = anaDueOn(w, "2026-05-10", "2026-04-10");
    (void)snooze(w.store, id, SnoozeLength::Tomorrow);
    w.setNow("2026-05-11", 9);
    REQUIRE(w.find(w.queue(), id));
    CHECK(w.find(w.queue(), id)->snoozeCount == 1);
    (void)snooze(w.store, id, SnoozeLength::ThreeDays);
    w.setNow("2026-05-14", 9);
    CHECK(w.find(w.queue(), id)->snoozeCount == 2);
    CHECK(w.store.db().queryInt("SELECT snooze_count FROM contacts") == 2);
    Interaction call;
    call.contactId = id;
    call.kind = InteractionKind::Call;
    (void)markDone(w.store, call);
    CHECK(w.store.db().queryInt("SELECT snooze_count FROM contacts") == 0);
    CHECK(w.text("SELECT snoozed_until FROM contacts").empty());
}

TEST_CASE("Done logs the interaction, reschedules and settles the card", "[followup][done]") {
    test::World w;
    const ContactId id = w.add("Ana García", Circle::Close, "2025-01-01");
    const std::int64_t waiting = w.log(id, "2026-04-01", Direction::Out, true);
    w.log(id, "2026-04-10", Direction::Out, false, InteractionKind::Coffee); // no answer either
    w.remind(id, "2026-05-09", "Send the article");
    w.setNow("2026-05-10", 9);
    REQUIRE(w.find(w.queue(), id)->reasons.size() == 3);

    Interaction coffee;
    coffee.contactId = id;
    coffee.kind = InteractionKind::Coffee;
    coffee.note = "Caught up on the new team";
    auto result = markDone(w.store, coffee);
    CHECK(result.label == "Had coffee with Ana García");
    CHECK(result.interactionId == coffee.id);
    CHECK(result.queueCleared);
    CHECK(w.text("SELECT next_due FROM contacts") == "2026-06-09");
    CHECK(w.store.db().queryInt("SELECT status FROM reminders") == static_cast<int>(FollowUpStatus::Done));
    CHECK(w.store.db().queryInt("SELECT awaiting_reply FROM interactions WHERE id = " + std::to_string(waiting)) == 0);
    auto q = w.queue();
    CHECK(q.items.empty());
    CHECK(q.doneToday == 1);
    CHECK(q.dueToday() == 1);
    CHECK(q.streakDays == 1);
}

TEST_CASE("Logging from anywhere reschedules and clears snoozes", "[followup][log]") {
    test::World w;
    const ContactId id = anaDueOn(w, "2026-05-10", "2026-04-10");
    (void)snooze(w.store, id, SnoozeLength::NextWeek);
    w.setting("cadence.close", "45");
    Interaction in;
    in.contactId = id;
    in.kind = InteractionKind::Message;
    in.direction = Direction::In;
    auto result = logInteraction(w.store, in);
    CHECK(result.label == "Message from Ana García");
    CHECK(w.text("SELECT next_due || '/' || snoozed_until || '/' || snooze_count FROM contacts") == "2026-06-24//0");

    const ContactId other = anaDueOn(w, "2026-05-10", "2026-03-26");
    Interaction out;
    out.contactId = other;
    (void)logInteraction(w.store, out);
    CHECK_FALSE(w.find(w.queue(), other));
    CHECK(w.queue().doneToday == 0); // Today's progress counts cards handled there

    w.store.change("Trash", [&] { ContactRepo(w.store.db()).moveToTrash(other, w.clock.now()); });
    CHECK_THROWS_AS(logInteraction(w.store, out), StoreError);
    Interaction nobody;
    nobody.contactId = 9999;
    CHECK_THROWS_AS(logInteraction(w.store, nobody), StoreError);
}

TEST_CASE("Skip moves to the next cycle without logging", "[followup][skip]") {
    test::World w;
    const ContactId id = anaDueOn(w, "2026-05-10", "2026-04-05"); // 5 days overdue
    auto result = skip(w.store, id);
    CHECK(result.label == "Skipped Ana García until Tue 9 Jun");
    CHECK(w.text("SELECT next_due || '/' || skip_until FROM contacts") == "2026-06-09/2026-06-09");
    CHECK(w.store.db().queryInt("SELECT count(*) FROM interactions") == 1);
    CHECK_FALSE(w.find(w.queue(), id));
    CHECK_FALSE(w.find(w.queueOn("2026-06-08"), id));
    // Recomputing next_due (an edit elsewhere) does not bring the card back early.
    w.store.change("Edit", [&] { refreshNextDue(w.store.db(), CadencePolicy::load(w.store.db()), id); });
    CHECK(w.text("SELECT next_due FROM contacts") == "2026-05-05");
    CHECK_FALSE(w.find(w.queueOn("2026-06-08"), id));
    auto back = w.queueOn("2026-06-09");
    REQUIRE(w.find(back, id));
    CHECK(w.queue().skippedToday == 1);
    CHECK_THROWS_AS(skip(w.store, id), StoreError); // nothing due today any more
}

TEST_CASE("Skip dismisses reminders, stops chasing and waits out a birthday", "[followup][skip]") {
    test::World w;
    const ContactId id = w.add("Ana García", Circle::Close, "2026-01-01", [](Contact& c) {
        c.cadenceDays = 0;
        c.birthday = "1990-05-11";
    });
    w.log(id, "2026-05-01", Direction::Out, true);
    w.remind(id, "2026-05-09", "Intro to Sam");
    w.setNow("2026-05-10", 9);
    REQUIRE(w.find(w.queue(), id)->reasons.size() == 3);
    auto result = skip(w.store, id);
    CHECK(result.label ==
          "Skipped Ana García until Tue 12 May \u2014 no longer waiting for their reply");
    CHECK(w.store.db().queryInt("SELECT status FROM reminders") == static_cast<int>(FollowUpStatus::Dismissed));
    CHECK(w.store.db().queryInt("SELECT count(*) FROM interactions WHERE awaiting_reply = 1") == 0);
    CHECK_FALSE(w.find(w.queueOn("2026-05-11"), id));
    CHECK(w.find(w.queueOn("2027-05-10"), id));
}

TEST_CASE("Skipping an awaiting-reply card says the wait is over", "[followup][skip][awaiting]") {
    test::World w;
    const ContactId id =
        w.add("Tariq Haddad", Circle::Network, "2026-01-01", [](Contact& c) { c.cadenceDays = 0; });
    const std::int64_t sent = w.log(id, "2026-05-01", Direction::Out, true); // awaiting their reply
    w.setNow("2026-05-10", 9);
    const auto queue = w.queue();
    const auto* card = w.find(queue, id);
    REQUIRE(card);
    REQUIRE(card->reasons.size() == 1);
    REQUIRE(card->reasons[0].kind == DueReason::AwaitingReply);

    const auto result = skip(w.store, id);
    CHECK(result.label == "Skipped Tariq Haddad \u2014 no longer waiting for their reply");
    CHECK(w.store.db().queryInt("SELECT awaiting_reply FROM interactions WHERE id = " +
                                std::to_string(sent)) == 0);
    CHECK_FALSE(w.find(w.queue(), id));
    // The undo step carries the same words, and brings the wait back.
    CHECK(w.store.undo() == result.label);
    CHECK(w.store.db().queryInt("SELECT awaiting_reply FROM interactions WHERE id = " +
                                std::to_string(sent)) == 1);
}

TEST_CASE("Open changes nothing", "[followup][open]") {
    test::World w;
    const ContactId id = anaDueOn(w, "2026-05-10", "2026-04-10");
    const std::string before = w.dump();
    const auto label = w.store.history().undoLabel();
    CHECK(openCard(w.store, id));
    CHECK_FALSE(openCard(w.store, 9999));
    CHECK(w.dump() == before);
    CHECK(w.store.history().undoLabel() == label);
}

TEST_CASE("Every triage action is undone exactly by one undo", "[followup][undo]") {
    using Action = std::function<void(test::World&, ContactId)>;
    const std::pair<const char*, Action> actions[] = {
        {"done", [](test::World& w, ContactId id) { Interaction i; i.contactId = id; (void)markDone(w.store, i); }},
        {"log inbound", [](test::World& w, ContactId id) {
             Interaction i; i.contactId = id; i.direction = Direction::In; (void)logInteraction(w.store, i); }},
        {"snooze tomorrow", [](test::World& w, ContactId id) { (void)snooze(w.store, id, SnoozeLength::Tomorrow); }},
        {"snooze to a date", [](test::World& w, ContactId id) {
             (void)snooze(w.store, id, SnoozeLength::Until, test::day("2026-07-01")); }},
        {"skip", [](test::World& w, ContactId id) { (void)skip(w.store, id); }},
        {"start now", [](test::World& w, ContactId id) { (void)startNow(w.store, id); }},
        {"rekindle one more", [](test::World& w, ContactId) { REQUIRE(rekindleOneMore(w.store)); }},
    };
    for (const auto& [name, action] : actions) {
        INFO(name);
        test::World w;
        const ContactId id = w.add("Ana García", Circle::Close, "2026-01-01", [](Contact& c) { c.birthday = "--05-11"; });
        w.log(id, "2026-04-01", Direction::Out, true);
        w.remind(id, "2026-05-09", "Intro to Sam");
        for (int i = 0; i < 5; ++i) {
            const ContactId quiet = w.add("Quiet " + std::to_string(i), Circle::Network, "2024-01-01");
            w.log(quiet, ("2024-0" + std::to_string(i + 1) + "-10").c_str());
        }
        w.setNow("2026-05-10", 9);
        (void)snooze(w.store, id, SnoozeLength::Tomorrow); // a snooze count to reset
        w.setNow("2026-05-11", 9);

        const std::string before = w.dump();
        const auto queueBefore = w.names(w.queue());
        action(w, id);
        const std::string after = w.dump();
        CHECK(after != before);
        w.store.undo();
        CHECK(w.dump() == before);
        CHECK(w.names(w.queue()) == queueBefore);
        w.store.redo();
        CHECK(w.dump() == after);
    }
}
