#include "core/search/reciprocity.h"
#include "core/search/warmth.h"
#include "tests/search/search_fixture.h"

#include <catch2/catch.hpp>

using namespace rk;
using namespace rk::test;

namespace {
constexpr std::int64_t kNow = 1'750'000'000;
std::optional<std::int64_t> daysAgo(int days) {
    return kNow - days * kDay;
}
} // namespace

TEST_CASE("Warmth follows recency and two-way contact", "[search][warmth]") {
    struct Case {
        const char* what;
        ContactActivity activity;
        WarmthLevel level;
        bool twoWay;
    };
    const std::vector<Case> cases = {
        {"never talked", {}, WarmthLevel::Cold, false},
        {"both ways last week", {daysAgo(7), daysAgo(7), daysAgo(8)}, WarmthLevel::Warm, true},
        {"both ways, last at the warm edge",
         {daysAgo(90), daysAgo(90), daysAgo(100)},
         WarmthLevel::Warm,
         true},
        {"only I wrote, recently",
         {daysAgo(5), daysAgo(400), daysAgo(5)},
         WarmthLevel::Cooling,
         false},
        {"only they wrote, recently",
         {daysAgo(5), daysAgo(5), std::nullopt},
         WarmthLevel::Cooling,
         false},
        {"two-way but four months ago",
         {daysAgo(120), daysAgo(120), daysAgo(125)},
         WarmthLevel::Cooling,
         true},
        {"silent for half a year",
         {daysAgo(181), daysAgo(181), daysAgo(200)},
         WarmthLevel::Cold,
         false},
        {"silent for years", {daysAgo(900), daysAgo(900), daysAgo(900)}, WarmthLevel::Cold, false},
    };
    for (const auto& c : cases) {
        INFO(c.what);
        const Warmth w = assessWarmth(c.activity, kNow);
        CHECK(w.level == c.level);
        CHECK(w.twoWay == c.twoWay);
        CHECK(w.score >= 0);
        CHECK(w.score <= 100);
    }
    CHECK(assessWarmth({daysAgo(7), daysAgo(7), daysAgo(8)}, kNow).daysSinceContact == 7);
    CHECK_FALSE(assessWarmth({}, kNow).daysSinceContact);
    CHECK(assessWarmth({}, kNow).score == 0);
    // Fresher and two-way scores higher.
    CHECK(assessWarmth({daysAgo(2), daysAgo(2), daysAgo(3)}, kNow).score == 100);
    CHECK(assessWarmth({daysAgo(2), daysAgo(2), daysAgo(3)}, kNow).score >
          assessWarmth({daysAgo(2), std::nullopt, daysAgo(2)}, kNow).score);
    CHECK(assessWarmth({daysAgo(30), daysAgo(30), daysAgo(30)}, kNow).score >
          assessWarmth({daysAgo(60), daysAgo(60), daysAgo(60)}, kNow).score);
    CHECK(warmthKey(WarmthLevel::Cooling) == "cooling");
    CHECK(warmthName(WarmthLevel::Warm) == "Warm");
}

TEST_CASE("The warmth policy moves the thresholds", "[search][warmth]") {
    WarmthPolicy strict;
    strict.warmWithinDays = 14;
    strict.twoWayWithinDays = 30;
    strict.dormantAfterDays = 60;
    const ContactActivity month{daysAgo(30), daysAgo(30), daysAgo(31)};
    CHECK(assessWarmth(month, kNow).level == WarmthLevel::Warm);
    CHECK(assessWarmth(month, kNow, strict).level == WarmthLevel::Cooling);
    CHECK(assessWarmth({daysAgo(61), daysAgo(61), daysAgo(61)}, kNow, strict).level ==
          WarmthLevel::Cold);
}

TEST_CASE("Activity is read from interactions; a conversation counts both ways",
          "[search][warmth]") {
    SearchFixture f;
    const ContactId emailed = f.add("Ema", "Out");
    const ContactId called = f.add("Cal", "Talk");
    const ContactId replied = f.add("Rey", "Both");
    const ContactId none = f.add("Nia", "None");
    f.log(emailed, Direction::Out, 3);
    f.log(called, Direction::Out, 20, InteractionKind::Call);
    f.log(replied, Direction::Out, 40);
    f.log(replied, Direction::In, 35, InteractionKind::Message);

    const auto a = loadActivity(f.store.db(), emailed);
    CHECK(a.lastAt == f.clock.now() - 3 * kDay);
    CHECK(a.lastOutboundAt == a.lastAt);
    CHECK_FALSE(a.lastInboundAt);
    CHECK(warmthOf(f.store.db(), emailed, f.clock.now()).level == WarmthLevel::Cooling);

    const auto c = loadActivity(f.store.db(), called);
    CHECK(c.lastInboundAt == c.lastOutboundAt);
    CHECK(warmthOf(f.store.db(), called, f.clock.now()).level == WarmthLevel::Warm);
    CHECK(warmthOf(f.store.db(), replied, f.clock.now()).level == WarmthLevel::Warm);
    CHECK(warmthOf(f.store.db(), none, f.clock.now()).level == WarmthLevel::Cold);

    const std::vector<ContactId> ids = {emailed, called, replied, none};
    const auto all = loadActivities(f.store.db(), ids);
    CHECK(all.size() == 3); // nobody logged for Nia
    CHECK(all.at(replied).lastInboundAt == f.clock.now() - 35 * kDay);
    CHECK(all.at(replied).lastOutboundAt == f.clock.now() - 40 * kDay);
}

TEST_CASE("Reciprocity counts asks and gives over the years", "[search][reciprocity]") {
    SearchFixture f; // now = 2025-06-15 (UTC)
    const ContactId id = f.add("Ana", "Ask");
    const ContactId other = f.add("Ben", "Other");
    f.log(id, Direction::Out, 600, InteractionKind::Email, true, false); // 2023-10
    f.log(id, Direction::Out, 400, InteractionKind::Call, true, false);  // 2024-05
    f.log(id, Direction::In, 300, InteractionKind::Email, false, true);  // 2024-08
    f.log(id, Direction::Out, 100, InteractionKind::Email, true, false); // 2025-03
    f.log(id, Direction::Out, 10, InteractionKind::Coffee, true, true);  // 2025-06: both
    f.log(id, Direction::Out, 5);                                        // neither
    f.log(other, Direction::Out, 5, InteractionKind::Email, true, false);

    const Reciprocity r = loadReciprocity(f.store.db(), id, f.clock.now());
    CHECK(r.asks == 4);
    CHECK(r.gives == 2);
    CHECK(r.recentAsks == 2);
    CHECK(r.recentGives == 2);
    REQUIRE(r.byYear.size() == 3);
    CHECK(r.byYear[0].year == 2023);
    CHECK(r.byYear[0].asks == 1);
    CHECK(r.byYear[1].year == 2024);
    CHECK(r.byYear[1].asks == 1);
    CHECK(r.byYear[1].gives == 1);
    CHECK(r.byYear[2].year == 2025);
    CHECK(r.byYear[2].asks == 2);
    CHECK(r.byYear[2].gives == 1);
    CHECK(r.balance() == ReciprocityBalance::MostlyAsking);
    CHECK(balanceLabel(r.balance()) == "Mostly asking");

    CHECK(loadReciprocity(f.store.db(), f.add("New", "Person"), f.clock.now()).balance() ==
          ReciprocityBalance::None);
}

TEST_CASE("Reciprocity balance needs a clear gap before it calls it one-sided",
          "[search][reciprocity]") {
    auto balance = [](int asks, int gives) {
        Reciprocity r;
        r.asks = asks;
        r.gives = gives;
        return r.balance();
    };
    CHECK(balance(0, 0) == ReciprocityBalance::None);
    CHECK(balance(1, 0) == ReciprocityBalance::Balanced);
    CHECK(balance(2, 1) == ReciprocityBalance::Balanced);
    CHECK(balance(3, 3) == ReciprocityBalance::Balanced);
    CHECK(balance(2, 0) == ReciprocityBalance::MostlyAsking);
    CHECK(balance(6, 3) == ReciprocityBalance::MostlyAsking);
    CHECK(balance(5, 3) == ReciprocityBalance::Balanced);
    CHECK(balance(0, 3) == ReciprocityBalance::MostlyGiving);
}

TEST_CASE("Asking someone without recent two-way contact suggests rekindling first",
          "[search][reciprocity]") {
    SearchFixture f;
    const ContactId silent = f.add("Sil", "Ent");
    const ContactId oneWay = f.add("One", "Way");
    const ContactId twoWay = f.add("Two", "Way");
    const ContactId coffee = f.add("Cof", "Fee");
    const ContactId longAgo = f.add("Long", "Ago");
    f.log(oneWay, Direction::Out, 10);
    f.log(oneWay, Direction::Out, 40);
    f.log(twoWay, Direction::Out, 50);
    f.log(twoWay, Direction::In, 48);
    f.log(coffee, Direction::Out, 30, InteractionKind::Coffee);
    f.log(longAgo, Direction::Out, 400);
    f.log(longAgo, Direction::In, 399);

    auto suggest = [&](ContactId id) {
        return shouldSuggestRekindleFirst(f.store.db(), id, f.clock);
    };
    CHECK(suggest(silent));
    CHECK(suggest(oneWay));
    CHECK_FALSE(suggest(twoWay));
    CHECK_FALSE(suggest(coffee));
    CHECK(suggest(longAgo));

    // Time passes: the two-way contact is no longer recent.
    f.clock.advance(200 * kDay);
    CHECK(suggest(twoWay));
}
