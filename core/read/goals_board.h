#pragma once
#include "core/goals/goal_status.h"
#include "core/model/contact.h"
#include "core/time/civil_date.h"

#include <cstdint>
#include <string>
#include <vector>

namespace rk {

class Database;

// What the Goals tab shows: each goal's status (core/goals) and whether to
// offer a fresh start at the top.
struct GoalsBoard {
    std::vector<GoalStatus> goals;
    int weekStart = 0;              // for the history's period names
    bool offerFreshStart = false;   // the year's first week, and no fresh start yet this year
};

[[nodiscard]] GoalsBoard loadGoalsBoard(Database& db, std::int64_t now, int weekStart, int dormantDays);

// The fresh start's second step: dormant people to get back in touch with,
// closest circles first, then the longest quiet, each with an opener. People
// who already have an open reminder are left out (they are on their way).
struct FreshStartPerson {
    ContactId id = 0;
    std::string name;
    std::string context; // "Product lead at Stripe · quiet since March 2024"
    std::string opener;
};
[[nodiscard]] std::vector<FreshStartPerson> loadFreshStartPeople(Database& db, const CivilDate& today,
                                                                 int dormantDays, int limit);

} // namespace rk
