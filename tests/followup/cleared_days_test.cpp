// Each day the Today queue is emptied is kept, for the "clear the Today
// queue on N days" goal (issue 13), and undo takes it back.
#include "core/goals/goal_status.h"
#include "core/repo/goal_repo.h"
#include "tests/followup/followup_world.h"

#include <catch2/catch.hpp>

using namespace rk;

TEST_CASE("Emptying the queue records the day, once, and undo forgets it", "[followup][goals]") {
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
    auto days = [&] { return w.store.db().queryInt("SELECT count(*) FROM cleared_days"); };

    w.setNow("2026-03-15", 9);
    REQUIRE(done(a).queueCleared);
    CHECK(w.text("SELECT group_concat(day) FROM cleared_days") == "2026-03-15");
    w.setNow("2026-03-16", 9);
    REQUIRE(done(b).queueCleared);
    CHECK(days() == 2);

    // Sunday the 15th ends one week, Monday the 16th starts the next.
    Goal g;
    g.kind = GoalKind::ClearToday;
    g.target = 1;
    w.store.change("Goal", [&] { GoalRepo(w.store.db()).add(g, w.clock.now()); });
    auto status = goalStatuses(w.store.db(), w.clock.now(), 0, 180).front();
    CHECK(status.current.done == 1);        // Monday the 16th
    CHECK(status.history.back().done == 1); // Sunday the 15th, last week
    CHECK(status.streak == 2);

    w.store.undo(); // the goal
    w.store.undo(); // Bo's follow-up
    CHECK(days() == 1);
    w.store.redo();
    CHECK(days() == 2);
}
