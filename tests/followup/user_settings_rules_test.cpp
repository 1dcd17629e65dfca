// Issue 17, item 11: each rule reads its setting, changed the way the
// Settings screen changes it (changeSetting, one undoable step).
#include "core/commands/settings_commands.h"
#include "core/read/read_models.h"
#include "core/goals/goal_status.h"
#include "core/repo/goal_repo.h"
#include "core/schedule/user_settings.h"
#include "tests/followup/followup_world.h"

#include <catch2/catch.hpp>

using namespace rk;

namespace {
void noCadence(Contact& c) {
    c.cadenceDays = 0;
}

bool hasReason(const test::World& w, const TodayQueue& q, ContactId id, DueReason kind) {
    const QueueItem* item = w.find(q, id);
    return item != nullptr && item->has(kind);
}
} // namespace

TEST_CASE("The awaiting-reply wait decides when an unanswered message comes back",
          "[followup][settings]") {
    struct Row {
        int wait;
        const char* firstDay; // the first day the card is there
        const char* dayBefore;
    };
    for (const Row& row : {Row{5, "2026-01-10", "2026-01-09"}, Row{2, "2026-01-07", "2026-01-06"},
                           Row{14, "2026-01-19", "2026-01-18"}}) {
        INFO("wait " << row.wait);
        test::World w;
        const ContactId id = w.add("Ana García", Circle::Network, "2025-06-01", noCadence);
        w.log(id, "2026-01-05", Direction::Out, true);
        if (row.wait != 5) changeSetting(w.store, Setting::AwaitingDays, row.wait);
        CHECK_FALSE(hasReason(w, w.queueOn(row.dayBefore), id, DueReason::AwaitingReply));
        CHECK(hasReason(w, w.queueOn(row.firstDay), id, DueReason::AwaitingReply));
    }
}

TEST_CASE("The dormant threshold decides who Today offers to rekindle", "[followup][settings]") {
    // Last talked on 15 July 2025: 200 days before 31 January 2026.
    struct Row {
        int dormantDays;
        bool offered;
    };
    for (const Row& row : {Row{180, true}, Row{210, false}, Row{90, true}, Row{360, false}}) {
        INFO("dormant after " << row.dormantDays << " days");
        test::World w;
        const ContactId id = w.add("Quiet Quentin", Circle::Network, "2024-01-01", noCadence);
        w.log(id, "2025-07-15");
        changeSetting(w.store, Setting::DormantDays, row.dormantDays);
        CHECK(hasReason(w, w.queueOn("2026-01-31"), id, DueReason::Rekindle) == row.offered);
    }
}

TEST_CASE("The daily rekindle batch decides how many dormant people Today offers",
          "[followup][settings]") {
    for (int batch : {3, 0, 1, 6}) {
        INFO("batch " << batch);
        test::World w;
        for (int i = 0; i < 8; ++i) {
            const ContactId id =
                w.add("Dormant " + std::to_string(i), Circle::Network, "2023-01-01", noCadence);
            w.log(id, "2024-03-15");
        }
        if (batch != 3) changeSetting(w.store, Setting::RekindleBatch, batch);
        size_t offered = 0;
        for (const auto& item : w.queueOn("2026-03-02").items)
            if (item.has(DueReason::Rekindle)) ++offered;
        CHECK(offered == static_cast<size_t>(batch));
    }
}

TEST_CASE("A circle's cadence setting moves the due dates of everyone following it",
          "[followup][settings]") {
    test::World w;
    w.setNow("2026-01-01");
    const ContactId follows = w.add("Ana García", Circle::Close, "2026-01-01");
    const ContactId own =
        w.add("Ben Okafor", Circle::Close, "2026-01-01", [](Contact& c) { c.cadenceDays = 60; });
    const ContactId other = w.add("Chidi Obi", Circle::Network, "2026-01-01");
    CHECK(w.text(("SELECT next_due FROM contacts WHERE id = " + std::to_string(follows)).c_str()) ==
          "2026-01-31");
    const std::string before = w.dump();

    const ChangeResult r = changeSetting(w.store, Setting::CadenceClose, 14);
    CHECK(r.label == "Set the Close cadence to every 14 days");
    CHECK(w.text(("SELECT next_due FROM contacts WHERE id = " + std::to_string(follows)).c_str()) ==
          "2026-01-15");
    CHECK(w.text(("SELECT next_due FROM contacts WHERE id = " + std::to_string(own)).c_str()) ==
          "2026-03-02");
    CHECK(w.text(("SELECT next_due FROM contacts WHERE id = " + std::to_string(other)).c_str()) ==
          "2026-04-01");
    CHECK(hasReason(w, w.queueOn("2026-01-15"), follows, DueReason::Cadence));

    CHECK(w.store.undo() == r.label);
    CHECK(w.dump() == before);
}

TEST_CASE("Snoozing until next week wakes on the first day of the week", "[followup][settings]") {
    // Wednesday 7 January 2026.
    struct Row {
        int weekStart;
        const char* until;
    };
    for (const Row& row :
         {Row{0, "2026-01-12"}, Row{6, "2026-01-11"}, Row{2, "2026-01-14"}, Row{3, "2026-01-08"}}) {
        INFO("week starts on day " << row.weekStart);
        test::World w;
        w.setNow("2026-01-07");
        const ContactId id = w.add("Ana García", Circle::Inner, "2025-06-01");
        if (row.weekStart != 0) changeSetting(w.store, Setting::WeekStart, row.weekStart);
        const TriageResult r = snooze(w.store, id, SnoozeLength::NextWeek);
        REQUIRE(r.until);
        CHECK(r.until->iso() == row.until);
    }
}

TEST_CASE("Warmth, the deck's dormant filter and the rekindle goal follow the dormant threshold",
          "[followup][settings][warmth]") {
    test::World w;
    w.setNow("2026-01-31");
    const ContactId id = w.add("Quiet Quentin", Circle::Network, "2024-01-01", noCadence);
    w.log(id, "2025-07-15"); // 200 days ago
    ReadModels models(w.store);
    SearchRequest dormant;
    dormant.filters.dormant = true;
    auto refresh = [&] {
        ReadModels::Demand demand;
        demand.deck = true;
        demand.contact = id;
        models.searchDeck(dormant);
        models.refresh(demand, w.store.revision(), w.clock.now());
    };

    refresh(); // the default: dormant after 180 days
    REQUIRE(models.contactPage());
    CHECK(models.contactPage()->warmth.level == WarmthLevel::Cold);
    CHECK(models.deck().hits.size() == 1);

    changeSetting(w.store, Setting::DormantDays, 270);
    refresh();
    CHECK(models.contactPage()->warmth.level != WarmthLevel::Cold);
    CHECK(models.deck().hits.empty());

    // The rekindle goal counts talking to someone after a longer silence than the threshold.
    w.store.change("goal", [&] {
        Goal g;
        g.title = "Rekindle one person a month";
        g.kind = GoalKind::Reconnect;
        g.target = 1;
        g.per = GoalPer::Month;
        GoalRepo(w.store.db()).add(g, w.clock.now());
    });
    w.log(id, "2026-01-30");
    CHECK(goalStatuses(w.store.db(), w.clock.now(), 0, 270).front().current.done == 0);
    CHECK(goalStatuses(w.store.db(), w.clock.now(), 0, 180).front().current.done == 1);
    changeSetting(w.store, Setting::DormantDays, 180);
    ReadModels::Demand goals;
    goals.goals = true;
    models.refresh(goals, w.store.revision(), w.clock.now());
    REQUIRE(models.goals().goals.size() == 1);
    CHECK(models.goals().goals.front().current.done == 1);
}
