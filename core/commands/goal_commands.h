#pragma once
#include "core/commands/change_result.h"
#include "core/model/goal.h"

#include <cstdint>
#include <vector>

namespace rk {

class Store;

// What a person chooses for a goal: the rest (title, dates) follows.
struct GoalDraft {
    GoalKind kind = GoalKind::ReachOut;
    int target = 5;
    GoalPer per = GoalPer::Week;
};

// The Goals tab's changes, one undoable step each, labelled with the goal's
// title ("Added the goal: Reach out to 5 people a week"). A target out of
// range (checkGoalTarget) or a goal that is gone throws StoreError with words
// a person can act on. `count` is 1 when something changed, 0 when not.
ChangeResult addGoal(Store& store, const GoalDraft& draft, std::int64_t* newId = nullptr);
ChangeResult editGoal(Store& store, std::int64_t id, const GoalDraft& draft);
ChangeResult pauseGoal(Store& store, std::int64_t id, bool paused);
ChangeResult deleteGoal(Store& store, std::int64_t id);

// A fresh start, in one step: the year's goals (a kind and period that is
// already set is left as it is), and the chosen dormant people put on Today
// over the coming days, `perDay` a day from today, each by a reminder that
// carries its opener. Remembers the year, so the offer is not made again.
struct FreshStartPick {
    std::int64_t contactId = 0;
    std::string opener;
};
ChangeResult freshStart(Store& store, const std::vector<GoalDraft>& goals,
                        const std::vector<FreshStartPick>& people, int perDay = 3);

} // namespace rk
