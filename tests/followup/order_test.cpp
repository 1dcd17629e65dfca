#include "core/demo/demo_network.h"
#include "tests/followup/followup_world.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace rk;

namespace {
void noCadence(Contact& c) { c.cadenceDays = 0; }
} // namespace

TEST_CASE("The queue puts the most overdue first, then the reason, circle and name", "[followup][order]") {
    test::World w;
    const ContactId a = w.add("Cadence Ten", Circle::Inner, "2026-01-01");
    w.log(a, "2026-05-27"); // due 06-10
    const ContactId b = w.add("Reminder Ten", Circle::Network, "2026-05-01", noCadence);
    w.remind(b, "2026-06-10", "Send the deck");
    const ContactId c = w.add("Awaiting Two", Circle::Network, "2026-05-01", noCadence);
    w.log(c, "2026-06-13", Direction::Out, true); // due 06-18
    const ContactId d = w.add("Inner Today", Circle::Inner, "2026-01-01");
    w.log(d, "2026-06-06");
    const ContactId e = w.add("Birthday Soon", Circle::Acquaintance, "2026-05-01", [](Contact& x) {
        x.cadenceDays = 0;
        x.birthday = "--06-21";
    });
    const ContactId f = w.add("Zed Close", Circle::Close, "2026-01-01");
    w.log(f, "2026-05-21");
    const ContactId g = w.add("amy close", Circle::Close, "2026-01-01");
    w.log(g, "2026-05-21");
    const ContactId h = w.add("Dormant Person", Circle::Network, "2024-01-01");
    w.log(h, "2025-01-01");
    const ContactId i = w.add("Reminder Today", Circle::Acquaintance, "2026-05-01", noCadence);
    w.remind(i, "2026-06-20", "");

    auto q = w.queueOn("2026-06-20");
    std::vector<ContactId> ids;
    for (const auto& item : q.items) ids.push_back(item.contactId);
    CHECK(ids == std::vector<ContactId>{b, a, c, i, e, d, g, f, h});
    CHECK(q.total == 9);
    CHECK_FALSE(q.totalIsLowerBound);
}

TEST_CASE("One card per person lists every reason, most urgent first", "[followup][order]") {
    test::World w;
    const ContactId id = w.add("Ana García", Circle::Inner, "2026-01-01",
                               [](Contact& c) { c.birthday = "1990-06-20"; c.company = "Stripe"; c.title = "VP Sales"; });
    w.log(id, "2026-06-03", Direction::Out, true, InteractionKind::Coffee); // cadence due 06-17, reply due 06-08
    w.remind(id, "2026-06-20", "Ask about the team");
    w.log(id, "2026-06-02", Direction::Out); // older, changes nothing

    auto q = w.queueOn("2026-06-20");
    REQUIRE(q.items.size() == 1);
    const QueueItem& item = q.items[0];
    CHECK(item.name == "Ana García");
    CHECK(item.roleLine == "VP Sales at Stripe");
    CHECK(item.initials == "AG");
    CHECK(item.circle == Circle::Inner);
    CHECK(item.lastInteraction == "Coffee · 3 Jun · you reached out");
    std::vector<std::string> texts;
    for (const auto& r : item.reasons) texts.push_back(r.text);
    CHECK(texts == std::vector<std::string>{"no reply since 3 Jun", "3 days overdue · every 14 days",
                                            "reminder · Ask about the team", "birthday today"});
    CHECK(item.daysOverdue() == 12);
    CHECK(item.topReason() == DueReason::AwaitingReply);
}

TEST_CASE("Archived, trashed and snoozed people never appear", "[followup][order]") {
    test::World w;
    auto due = [&](const char* name) {
        const ContactId id = w.add(name, Circle::Inner, "2026-01-01");
        w.log(id, "2026-03-01");
        w.remind(id, "2026-03-10", "Note");
        return id;
    };
    const ContactId kept = due("Kept");
    const ContactId archived = due("Archived");
    const ContactId trashed = due("Trashed");
    const ContactId snoozed = due("Snoozed");
    w.store.change("Archive", [&] { ContactRepo(w.store.db()).archive(archived, w.clock.now()); });
    w.store.change("Trash", [&] { ContactRepo(w.store.db()).moveToTrash(trashed, w.clock.now()); });
    w.setNow("2026-03-20");
    (void)snooze(w.store, snoozed, SnoozeLength::ThreeDays);

    auto q = w.queue();
    CHECK(w.names(q) == std::vector<std::string>{"Kept"});
    CHECK_FALSE(FollowUpPlanner(w.store.db()).card(archived, w.today()));
    CHECK_FALSE(FollowUpPlanner(w.store.db()).card(trashed, w.today()));
    CHECK(FollowUpPlanner(w.store.db()).card(kept, w.today()));
    CHECK(w.names(w.queueOn("2026-03-23")) == std::vector<std::string>{"Kept", "Snoozed"});
}

TEST_CASE("The queue can be read a page at a time with a capped count", "[followup][order]") {
    test::World w;
    for (int i = 0; i < 20; ++i) {
        const ContactId id = w.add("Person " + std::to_string(100 + i), Circle::Close, "2026-01-01");
        w.log(id, ("2026-02-" + std::to_string(10 + i / 2)).c_str());
    }
    w.setNow("2026-04-01");
    auto full = w.queue();
    REQUIRE(full.items.size() == 20);
    auto page = FollowUpPlanner(w.store.db()).build(w.today(), {.limit = 5, .countCap = 10});
    REQUIRE(page.items.size() == 5);
    for (size_t i = 0; i < 5; ++i) CHECK(page.items[i].contactId == full.items[i].contactId);
    CHECK(page.total == 10);
    CHECK(page.totalIsLowerBound);
    auto counted = FollowUpPlanner(w.store.db()).build(w.today(), {.limit = 5, .countCap = 50});
    CHECK(counted.total == 20);
    CHECK_FALSE(counted.totalIsLowerBound);
}

TEST_CASE("On a demo network the queue agrees with every person's own card", "[followup][order][demo]") {
    test::World w;
    w.setNow("2026-06-20");
    // Everyone on a cadence: a long queue to compare, card by card.
    generateDemoNetwork(w.store.db(), {.contacts = 400, .seed = 11, .now = w.clock.now(), .everyoneKeptUp = true});
    const auto ids = [&] {
        std::vector<ContactId> out;
        Statement st(w.store.db(), "SELECT id FROM contacts ORDER BY id");
        while (st.step()) out.push_back(st.int64(0));
        return out;
    }();
    for (const char* date : {"2026-06-20", "2026-06-21", "2026-07-15", "2026-12-31"}) {
        INFO(date);
        const CivilDate today = test::day(date);
        FollowUpPlanner planner(w.store.db());
        auto full = planner.build(today, {.limit = QueueOptions::kAll, .countCap = QueueOptions::kAll});
        std::vector<QueueItem> reference;
        for (ContactId id : ids)
            if (auto card = planner.card(id, today)) reference.push_back(*card);
        std::stable_sort(reference.begin(), reference.end(), [](const QueueItem& a, const QueueItem& b) {
            if (a.daysOverdue() != b.daysOverdue()) return a.daysOverdue() > b.daysOverdue();
            if (a.topReason() != b.topReason()) return a.topReason() < b.topReason();
            if (a.circle != b.circle) return a.circle < b.circle;
            std::string x = a.name, y = b.name;
            for (auto& ch : x) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
            for (auto& ch : y) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
            if (x != y) return x < y;
            return a.contactId < b.contactId;
        });
        REQUIRE(full.items.size() == reference.size());
        CHECK(full.total == reference.size());
        CHECK(full.items.size() > 10); // more than a page
        for (size_t i = 0; i < reference.size(); ++i) {
            INFO("position " << i);
            CHECK(full.items[i].contactId == reference[i].contactId);
            CHECK(full.items[i].reasons.size() == reference[i].reasons.size());
        }
        auto page = planner.build(today, {.limit = 10, .countCap = 30});
        REQUIRE(page.items.size() == 10);
        for (size_t i = 0; i < 10; ++i) CHECK(page.items[i].contactId == full.items[i].contactId);
        CHECK(page.total == std::min<size_t>(30, full.total));
    }
}
