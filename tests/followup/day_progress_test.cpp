// Today's progress: done is only done; snoozed and skipped are shown apart
// (issue 17, item 6).
#include "core/commands/triage.h"
#include "core/followup/day_progress.h"
#include "tests/followup/followup_world.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace rk;

namespace {

TodayQueue queueWith(int done, int snoozed, int skipped, std::size_t toGo, bool capped = false) {
    TodayQueue q;
    q.doneToday = done;
    q.snoozedToday = snoozed;
    q.skippedToday = skipped;
    q.total = toGo;
    q.totalIsLowerBound = capped;
    return q;
}

} // namespace

TEST_CASE("Today's progress counts done apart from snoozed and skipped", "[followup][progress]") {
    struct Row {
        int done, snoozed, skipped;
        std::size_t toGo;
        bool capped;
        std::string summary;
        float doneFraction, putOffFraction;
    };
    const std::vector<Row> table = {
        {3, 1, 1, 0, false, "3 of 5 done \u00B7 1 snoozed \u00B7 1 skipped", 0.6f, 0.4f},
        {0, 2, 2, 4, false, "0 of 8 done \u00B7 2 snoozed \u00B7 2 skipped \u00B7 4 to go", 0.f,
         0.5f},
        {2, 0, 0, 2, false, "2 of 4 done \u00B7 2 to go", 0.5f, 0.f},
        {0, 0, 1, 3, false, "0 of 4 done \u00B7 1 skipped \u00B7 3 to go", 0.f, 0.25f},
        {1, 0, 0, 99, true, "1 of 100+ done \u00B7 99+ to go", 0.01f, 0.f},
        {0, 0, 0, 0, false, "0 of 0 done", 0.f, 0.f},
    };
    for (const Row& r : table) {
        INFO(r.summary);
        const DayProgress p =
            DayProgress::of(queueWith(r.done, r.snoozed, r.skipped, r.toGo, r.capped));
        CHECK(p.summary() == r.summary);
        CHECK(p.doneFraction() == Approx(r.doneFraction));
        CHECK(p.putOffFraction() == Approx(r.putOffFraction));
        CHECK(p.due() == r.toGo + static_cast<std::size_t>(r.done + r.snoozed + r.skipped));
    }
}

TEST_CASE("A snooze and a skip leave the queue without filling the done bar",
          "[followup][progress]") {
    test::World w;
    std::vector<ContactId> people;
    for (const char* name : {"Ana García", "Ben Okafor", "Cai Chen", "Dee Patel"}) {
        const ContactId id = w.add(name, Circle::Close, "2025-01-01");
        w.log(id, "2026-04-05", Direction::Out, false, InteractionKind::Coffee);
        people.push_back(id);
    }
    w.setNow("2026-05-10", 9);
    REQUIRE(w.queue().total == 4);

    Interaction call;
    call.contactId = people[0];
    (void)markDone(w.store, call);
    (void)snooze(w.store, people[1], SnoozeLength::Tomorrow);
    (void)skip(w.store, people[2]);

    const DayProgress p = DayProgress::of(w.queue());
    CHECK(p.summary() == "1 of 4 done \u00B7 1 snoozed \u00B7 1 skipped \u00B7 1 to go");
    CHECK(p.doneFraction() == Approx(0.25f));
    CHECK(p.putOffFraction() == Approx(0.5f));
}
