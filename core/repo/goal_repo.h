#pragma once
#include "core/model/goal.h"

#include <vector>

namespace rk {

class Database;

class GoalRepo {
public:
    explicit GoalRepo(Database& db) : m_db(db) {}

    std::int64_t add(Goal& goal, std::int64_t now);
    void archive(std::int64_t id, std::int64_t now);
    [[nodiscard]] std::vector<Goal> active();
    // Progress of each active goal over the `periodDays` that end at `now`.
    // dormantDays: the user's dormant threshold (a rekindle ends a longer silence).
    [[nodiscard]] std::vector<GoalProgress> progress(std::int64_t now, int dormantDays = 180);

private:
    Database& m_db;
};

} // namespace rk
