#include "core/commands/goal_commands.h"

#include "core/db/store_error.h"
#include "core/goals/goal_text.h"
#include "core/repo/goal_repo.h"
#include "core/repo/reminder_repo.h"
#include "core/repo/settings_repo.h"
#include "core/store/store.h"

#include <algorithm>

namespace rk {

namespace {

Goal goalOf(const GoalDraft& d) {
    if (auto problem = checkGoalTarget(d.kind, d.target, d.per)) throw StoreError(*problem);
    Goal g;
    g.kind = d.kind;
    g.target = d.target;
    g.per = d.per;
    g.title = goalTitle(g);
    return g;
}

Goal existing(Store& store, std::int64_t id) {
    auto goal = GoalRepo(store.db()).get(id);
    if (!goal) throw StoreError("That goal is no longer there; it may have been deleted");
    return *goal;
}

std::string plural(int n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

} // namespace

ChangeResult addGoal(Store& store, const GoalDraft& draft, std::int64_t* newId) {
    Goal goal = goalOf(draft);
    ChangeResult result{"Added the goal: " + goal.title, 0, 1};
    store.change(result.label, [&] { GoalRepo(store.db()).add(goal, store.clock().now()); });
    if (newId) *newId = goal.id;
    return result;
}

ChangeResult editGoal(Store& store, std::int64_t id, const GoalDraft& draft) {
    Goal goal = goalOf(draft);
    const Goal before = existing(store, id);
    goal.id = id;
    ChangeResult result{"Changed the goal to: " + goal.title, 0, 0};
    if (before.kind == goal.kind && before.target == goal.target && before.per == goal.per &&
        before.title == goal.title)
        return result;
    result.count = 1;
    store.change(result.label, [&] { GoalRepo(store.db()).update(goal); });
    return result;
}

ChangeResult pauseGoal(Store& store, std::int64_t id, bool paused) {
    const Goal goal = existing(store, id);
    ChangeResult result{(paused ? "Paused the goal: " : "Resumed the goal: ") + goalTitle(goal), 0, 0};
    if (goal.paused() == paused) return result;
    result.count = 1;
    store.change(result.label, [&] {
        GoalRepo(store.db()).setPaused(id, paused ? std::optional(store.clock().now()) : std::nullopt);
    });
    return result;
}

ChangeResult deleteGoal(Store& store, std::int64_t id) {
    const Goal goal = existing(store, id);
    ChangeResult result{"Deleted the goal: " + goalTitle(goal), 0, 1};
    store.change(result.label, [&] { GoalRepo(store.db()).archive(id, store.clock().now()); });
    return result;
}

ChangeResult freshStart(Store& store, const std::vector<GoalDraft>& drafts,
                        const std::vector<FreshStartPick>& people, int perDay) {
    std::vector<Goal> goals;
    for (const auto& d : drafts) goals.push_back(goalOf(d));
    perDay = std::max(1, perDay);
    const int days = (static_cast<int>(people.size()) + perDay - 1) / perDay;
    std::string label = "Fresh start";
    if (!goals.empty()) label += ": " + plural(static_cast<int>(goals.size()), "goal", "goals");
    if (!people.empty())
        label += std::string(goals.empty() ? ": " : ", ") +
                 plural(static_cast<int>(people.size()), "person", "people") + " to reconnect with over " +
                 plural(days, "day", "days");
    ChangeResult result{label, 0, static_cast<int>(goals.size() + people.size())};
    store.change(label, [&] {
        Database& db = store.db();
        const std::int64_t now = store.clock().now();
        const CivilDate today = store.clock().today();
        GoalRepo repo(db);
        const std::vector<Goal> current = repo.active();
        for (Goal& g : goals) {
            const bool already = std::any_of(current.begin(), current.end(), [&](const Goal& c) {
                return c.kind == g.kind && c.per == g.per && !c.paused();
            });
            if (!already) repo.add(g, now);
        }
        ReminderRepo reminders(db);
        for (std::size_t i = 0; i < people.size(); ++i) {
            Reminder r;
            r.contactId = people[i].contactId;
            r.dueDate = today.addDays(static_cast<std::int64_t>(i) / perDay).iso();
            r.note = people[i].opener.empty() ? "Fresh start: get back in touch"
                                              : "Fresh start: " + people[i].opener;
            reminders.add(r, now);
        }
        SettingsRepo(db).set(kFreshStartKey, std::to_string(today.year));
    });
    return result;
}

} // namespace rk
