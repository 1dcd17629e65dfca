#pragma once
#include <cstdint>
#include <string>

namespace rk {

// What a goal counts.
enum class GoalMetric {
    Interactions = 0, // people reached out to (see GoalRepo::progress)
    NewContacts = 1,  // contacts added
    Rekindles = 2,    // interactions with someone dormant
    Gives = 3,        // interactions flagged "gave help"
};

struct Goal {
    std::int64_t id = 0;
    std::string title;
    GoalMetric metric = GoalMetric::Interactions;
    int target = 5;
    int periodDays = 7;
    std::int64_t createdAt = 0;
};

// How far a goal is in its current period.
struct GoalProgress {
    Goal goal;
    int done = 0; // within the current period
};

} // namespace rk
