#include "core/followup/opener.h"
#include "tests/followup/followup_world.h"

#include <catch2/catch.hpp>

#include <set>

using namespace rk;

namespace {
// Ten people last heard from during 2024: all dormant in 2026.
std::vector<ContactId> addDormant(test::World& w, int count = 10) {
    std::vector<ContactId> ids;
    for (int i = 0; i < count; ++i) {
        const std::string name = "Dormant " + std::string(1, static_cast<char>('A' + i));
        const ContactId id = w.add(name, Circle::Network, "2023-01-01", [](Contact& c) {
            c.company = "Stripe";
            c.howMet = "University classmate";
        });
        const std::string on = "2024-" + std::string(i + 1 < 10 ? "0" : "") + std::to_string(i + 1) + "-15";
        w.log(id, on.c_str());
        ids.push_back(id);
    }
    return ids;
}

std::vector<ContactId> rekindled(const TodayQueue& q) {
    std::vector<ContactId> ids;
    for (const auto& item : q.items)
        if (item.has(DueReason::Rekindle)) ids.push_back(item.contactId);
    return ids;
}
} // namespace

TEST_CASE("Dormant people are offered a few a day with an opener", "[followup][rekindle]") {
    test::World w;
    addDormant(w);
    struct Row {
        const char* batch;
        size_t expected;
    };
    for (const Row& row : {Row{nullptr, 3}, Row{"5", 5}, Row{"1", 1}, Row{"0", 0}}) {
        INFO("batch setting " << (row.batch ? row.batch : "default"));
        if (row.batch) w.setting("followup.rekindle_batch", row.batch);
        auto q = w.queueOn("2026-03-02");
        CHECK(rekindled(q).size() == row.expected);
        for (const auto& item : q.items) {
            REQUIRE(item.reasons.size() == 1);
            CHECK(item.reasons[0].text.rfind("rekindle · last talked ", 0) == 0);
            CHECK(item.opener.find("Ask how things are going at Stripe") != std::string::npos);
            CHECK(item.opener.find("University classmate") != std::string::npos);
        }
    }
}

TEST_CASE("Dormant means quiet for more than the dormant period", "[followup][rekindle]") {
    test::World w;
    w.setting("followup.rekindle_batch", "5");
    const ContactId id = w.add("Quiet", Circle::Inner, "2024-01-01", [](Contact& c) { c.cadenceDays = 0; });
    w.log(id, "2025-09-01");
    CHECK(w.queueOn("2026-02-28").items.empty()); // 180 days
    CHECK(rekindled(w.queueOn("2026-03-01")) == std::vector<ContactId>{id});
    w.setting("followup.dormant_days", "365");
    CHECK(w.queueOn("2026-03-01").items.empty());
}

TEST_CASE("Rekindle reasons say how long it has been", "[followup][rekindle]") {
    struct Row {
        const char* created;
        const char* last; // nullptr: never talked
        const char* today;
        const char* text;
    };
    const Row rows[] = {
        {"2023-01-01", "2025-01-10", "2026-03-15", "rekindle · last talked 14 months ago"},
        {"2023-01-01", "2025-09-01", "2026-03-02", "rekindle · last talked 6 months ago"},
        {"2020-01-01", "2022-02-01", "2026-03-02", "rekindle · last talked 4 years ago"},
        {"2025-05-01", nullptr, "2026-03-02", "rekindle · added 10 months ago, never talked"},
    };
    for (const Row& row : rows) {
        INFO(row.text);
        test::World w;
        const ContactId id = w.add("Quiet", Circle::Acquaintance, row.created, [](Contact& c) { c.cadenceDays = 0; });
        if (row.last) w.log(id, row.last);
        auto q = w.queueOn(row.today);
        REQUIRE(w.find(q, id));
        CHECK(w.find(q, id)->reasons[0].text == row.text);
    }
}

TEST_CASE("The rekindle batch stays the same all day, even as it is handled", "[followup][rekindle]") {
    test::World w;
    addDormant(w);
    w.setNow("2026-03-02", 8);
    const auto morning = rekindled(w.queue());
    REQUIRE(morning.size() == 3);
    CHECK(rekindled(w.queue()) == morning);

    Interaction coffee;
    coffee.contactId = morning[0];
    coffee.kind = InteractionKind::Coffee;
    markDone(w.store, coffee);
    CHECK(rekindled(w.queue()) == std::vector<ContactId>{morning[1], morning[2]});
    (void)snooze(w.store, morning[1], SnoozeLength::NextWeek);
    CHECK(rekindled(w.queue()) == std::vector<ContactId>{morning[2]});
    w.setNow("2026-03-02", 23, 59);
    CHECK(rekindled(w.queue()) == std::vector<ContactId>{morning[2]});

    // Undo brings back exactly what was offered.
    w.store.undo();
    w.store.undo();
    CHECK(rekindled(w.queue()) == morning);
}

TEST_CASE("The rekindle choice moves on from day to day", "[followup][rekindle]") {
    test::World w;
    addDormant(w);
    std::set<std::vector<ContactId>> batches;
    CivilDate d = test::day("2026-03-01");
    for (int i = 0; i < 14; ++i, d = d.addDays(1)) {
        auto q = FollowUpPlanner(w.store.db()).build(d);
        auto ids = rekindled(q);
        CHECK(ids.size() == 3);
        CHECK(rekindled(FollowUpPlanner(w.store.db()).build(d)) == ids);
        batches.insert(ids);
    }
    CHECK(batches.size() > 1);
}

TEST_CASE("A skipped rekindle is not offered again for 30 days", "[followup][rekindle][skip]") {
    test::World w;
    const ContactId id = addDormant(w, 1).front();
    w.setNow("2026-03-02");
    REQUIRE(rekindled(w.queue()) == std::vector<ContactId>{id});
    auto result = skip(w.store, id);
    CHECK(result.label == "Skipped Dormant A until Wed 1 Apr");
    CHECK(w.text("SELECT rekindle_after FROM contacts") == "2026-04-01");
    CHECK(w.store.db().queryInt("SELECT count(*) FROM interactions") == 1);
    CHECK(rekindled(w.queueOn("2026-03-03")).empty());
    CHECK(rekindled(w.queueOn("2026-03-31")).empty());
    CHECK(rekindled(w.queueOn("2026-04-01")) == std::vector<ContactId>{id});
}

TEST_CASE("Rekindle one more offers the next dormant person today", "[followup][rekindle]") {
    test::World w;
    addDormant(w, 4);
    w.setNow("2026-03-02");
    for (ContactId id : rekindled(w.queue())) (void)skip(w.store, id);
    REQUIRE(w.queue().empty());

    auto added = rekindleOneMore(w.store);
    REQUIRE(added);
    CHECK(added->label.rfind("Added Dormant ", 0) == 0);
    CHECK(added->label.find("to today's rekindles") != std::string::npos);
    auto q = w.queue();
    REQUIRE(q.items.size() == 1);
    CHECK(q.items[0].has(DueReason::Rekindle));
    (void)skip(w.store, q.items[0].contactId);
    CHECK_FALSE(rekindleOneMore(w.store)); // nobody left
    w.store.undo();
    w.store.undo();
    CHECK(w.queue().empty());
}

TEST_CASE("Openers draw on the season, their work and how you met", "[followup][rekindle][opener]") {
    const OpenerContext full{"Stripe", "VP Sales", "University classmate", "PyData 2024"};
    const OpenerContext bare{"", "", "", ""};
    CHECK(suggestOpener(test::day("2026-01-02"), full).find("New year") != std::string::npos);
    CHECK(suggestOpener(test::day("2026-12-28"), full).find("New year") != std::string::npos);
    CHECK(suggestOpener(test::day("2026-12-10"), full).find("season's greetings") != std::string::npos);
    CHECK(suggestOpener(test::day("2026-07-01"), full).find("summer") != std::string::npos);
    CHECK(suggestOpener(test::day("2026-07-01"), full).find("at Stripe") != std::string::npos);
    CHECK(suggestOpener(test::day("2026-07-01"), full).find("mention PyData 2024, where you met") != std::string::npos);
    CHECK(suggestOpener(test::day("2026-07-01"), {"", "VP Sales", "", ""}).find("VP Sales") != std::string::npos);
    CHECK(suggestOpener(test::day("2026-04-01"), bare).find("what they are working on") != std::string::npos);
}
