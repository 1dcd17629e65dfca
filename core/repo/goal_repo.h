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
    // Progress of each active goal in its current period (periodStart), up to
    // `now`. What counts, per metric (each person once per period):
    //  - Interactions ("reach out to 5 people a week"): the people you reached
    //    out to. Messages they sent you and a second message to the same
    //    person do not count again.
    //  - Gives: the people you helped. Rekindles: the people you reached out to
    //    after more than `dormantDays` of quiet (the user's dormant
    //    threshold; not someone new).
    //  - NewContacts: people added (and not in the trash).
    // `firstDayOfWeek` is 0 = Monday … 6 = Sunday (a setting may choose it).
    [[nodiscard]] std::vector<GoalProgress> progress(std::int64_t now, int firstDayOfWeek = 0,
                                                     int dormantDays = 180);

    // Where a goal's current period starts: a weekly goal (7 days) at local
    // midnight of this week's first day, so "this week" is the calendar week
    // the Goals tab names; any other length is the `periodDays` ending `now`.
    [[nodiscard]] static std::int64_t periodStart(const Goal& goal, std::int64_t now,
                                                  int firstDayOfWeek = 0);

private:
    Database& m_db;
};

} // namespace rk
