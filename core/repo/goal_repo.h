#pragma once
#include "core/model/goal.h"

#include <optional>
#include <vector>

namespace rk {

class Database;

// The goals table. Deleting a goal archives it (undo brings it back); what a
// goal has achieved is never stored: core/goals computes it from the log.
class GoalRepo {
public:
    explicit GoalRepo(Database& db) : m_db(db) {}

    std::int64_t add(Goal& goal, std::int64_t now);
    // Kind, target, period and title; the id names the goal.
    void update(const Goal& goal);
    void setPaused(std::int64_t id, std::optional<std::int64_t> pausedAt);
    void archive(std::int64_t id, std::int64_t now);
    [[nodiscard]] std::optional<Goal> get(std::int64_t id);
    // Goals not deleted, paused ones too, oldest first.
    [[nodiscard]] std::vector<Goal> active();

private:
    Database& m_db;
};

} // namespace rk
