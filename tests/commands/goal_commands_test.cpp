// The Goals tab's changes: one undoable step each (issue 13).
#include "core/commands/goal_commands.h"
#include "core/db/store_error.h"
#include "core/goals/goal_status.h"
#include "core/repo/goal_repo.h"
#include "core/repo/reminder_repo.h"
#include "core/repo/settings_repo.h"
#include "tests/commands/command_fixture.h"

#include <catch2/catch.hpp>

#include <map>

using namespace rk;

TEST_CASE("Adding, editing, pausing and deleting a goal are each one undo step", "[commands][goals]") {
    test::CommandWorld w;
    GoalRepo repo(w.store.db());
    std::int64_t id = 0;
    auto r = addGoal(w.store, {GoalKind::ReachOut, 5, GoalPer::Week}, &id);
    CHECK(r.label == "Added the goal: Reach out to 5 people a week");
    REQUIRE(repo.get(id));
    CHECK(repo.get(id)->title == "Reach out to 5 people a week");

    r = editGoal(w.store, id, {GoalKind::GiveHelp, 2, GoalPer::Month});
    CHECK(r.label == "Changed the goal to: Give help twice a month");
    CHECK(repo.get(id)->kind == GoalKind::GiveHelp);
    CHECK(repo.get(id)->per == GoalPer::Month);
    CHECK(editGoal(w.store, id, {GoalKind::GiveHelp, 2, GoalPer::Month}).count == 0); // nothing to change

    r = pauseGoal(w.store, id, true);
    CHECK(r.label == "Paused the goal: Give help twice a month");
    CHECK(repo.get(id)->paused());
    CHECK(pauseGoal(w.store, id, true).count == 0);
    CHECK(goalStatuses(w.store.db(), w.clock.now(), 0, 180).front().timeText() == "Paused");

    r = deleteGoal(w.store, id);
    CHECK(r.label == "Deleted the goal: Give help twice a month");
    CHECK(repo.active().empty());

    CHECK(w.store.undo() == "Deleted the goal: Give help twice a month");
    REQUIRE(repo.get(id));
    CHECK(w.store.undo() == "Paused the goal: Give help twice a month");
    CHECK_FALSE(repo.get(id)->paused());
    CHECK(w.store.undo() == "Changed the goal to: Give help twice a month");
    CHECK(repo.get(id)->kind == GoalKind::ReachOut);
    CHECK(w.store.undo() == "Added the goal: Reach out to 5 people a week");
    CHECK(repo.active().empty());
}

TEST_CASE("A goal's target must fit its kind", "[commands][goals]") {
    test::CommandWorld w;
    struct Row {
        GoalDraft draft;
        const char* why;
    };
    const Row rows[] = {
        {{GoalKind::ReachOut, 0, GoalPer::Week}, "A goal's target is a number from 1 to 999"},
        {{GoalKind::ClearToday, 8, GoalPer::Week}, "A week has 1 to 7 days to clear the queue on"},
        {{GoalKind::AnswerReplies, 90, GoalPer::Month}, "A reply can be given within 1 to 60 days"},
    };
    for (const Row& row : rows) {
        INFO(row.why);
        CHECK_THROWS_WITH(addGoal(w.store, row.draft), row.why);
    }
    CHECK(GoalRepo(w.store.db()).active().empty());
    CHECK_NOTHROW(addGoal(w.store, {GoalKind::ClearToday, 20, GoalPer::Month}));
    CHECK_THROWS_WITH(deleteGoal(w.store, 999), "That goal is no longer there; it may have been deleted");
}

TEST_CASE("A fresh start sets the year's goals and spreads people over the coming days",
          "[commands][goals][fresh]") {
    test::CommandWorld w; // Friday 4 December 2026
    std::vector<FreshStartPick> people;
    for (int i = 0; i < 7; ++i)
        people.push_back({w.add("Person " + std::to_string(i)), i == 0 ? "" : "Happy new year!"});
    (void)addGoal(w.store, {GoalKind::ReachOut, 3, GoalPer::Week});

    const auto r = freshStart(w.store,
                              {{GoalKind::ReachOut, 5, GoalPer::Week}, {GoalKind::Reconnect, 4, GoalPer::Month}},
                              people, 3);
    CHECK(r.label == "Fresh start: 2 goals, 7 people to reconnect with over 3 days");
    const auto goals = GoalRepo(w.store.db()).active();
    REQUIRE(goals.size() == 2); // the weekly reach-out goal was there already
    CHECK(goals[0].target == 3);
    CHECK(goals[1].kind == GoalKind::Reconnect);

    const auto reminders = ReminderRepo(w.store.db()).openAll();
    REQUIRE(reminders.size() == 7);
    std::map<std::string, int> perDay;
    for (const auto& rem : reminders) ++perDay[rem.dueDate];
    CHECK(perDay == std::map<std::string, int>{{"2026-12-04", 3}, {"2026-12-05", 3}, {"2026-12-06", 1}});
    CHECK(ReminderRepo(w.store.db()).openForContact(people[1].contactId).front().note ==
          "Fresh start: Happy new year!");
    CHECK(SettingsRepo(w.store.db()).get(kFreshStartKey) == "2026");

    w.store.undo();
    CHECK(ReminderRepo(w.store.db()).openAll().empty());
    CHECK(GoalRepo(w.store.db()).active().size() == 1);
    CHECK_FALSE(SettingsRepo(w.store.db()).get(kFreshStartKey));
}
