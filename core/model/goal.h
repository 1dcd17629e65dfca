#pragma once
#include <cstdint>
#include <optional>
#include <string>

namespace rk {

// What a goal counts. The numbers are stored (goals.kind); the first four
// are the old `metric` values, so goals made before v5 keep their meaning.
enum class GoalKind {
    ReachOut = 0,        // people I reached out to, each once per period
    MeetNew = 1,         // people added to the deck
    Reconnect = 2,       // people written to after a dormant silence
    GiveHelp = 3,        // interactions where I gave help
    LogInteractions = 4, // interactions logged, any direction
    ClearToday = 5,      // days the Today queue was emptied
    AnswerReplies = 6,   // every message they sent answered within `target` days
};
inline constexpr int kGoalKindCount = 7;

// A goal's period: a calendar week (starting on the user's first day of the
// week; Monday gives ISO weeks) or a calendar month, in local time.
enum class GoalPer { Week = 0, Month = 1 };

struct Goal {
    std::int64_t id = 0;
    std::string title; // stored for backups and other readers; the UI says goalTitle()
    GoalKind kind = GoalKind::ReachOut;
    int target = 5; // how many; for AnswerReplies, within how many days
    GoalPer per = GoalPer::Week;
    std::int64_t createdAt = 0;
    std::optional<std::int64_t> pausedAt;

    [[nodiscard]] bool paused() const { return pausedAt.has_value(); }
};

// The settings row a fresh start writes its year to (the offer is made once a year).
inline constexpr const char* kFreshStartKey = "goals.fresh_start_year";

} // namespace rk
