#pragma once
#include "core/goals/goal_period.h"
#include "core/model/goal.h"

#include <cstdint>
#include <string>
#include <vector>

namespace rk {

class Database;
class GoalCounter;

// One period's outcome. A count goal is met at its target; "answer every
// reply" is met when every message due an answer got one in time.
struct PeriodResult {
    GoalPeriod period;
    int done = 0;
    int due = 0; // AnswerReplies: messages whose answer was due
    bool met = false;
    bool quiet = false; // AnswerReplies with nothing to answer: neither met nor missed
};

// Whether the target fits what the log shows the person does.
enum class GoalFit {
    Fine,
    TooEasy, // far past it (47 of 5): it no longer steers anything
    TooHard, // far short of it three periods running since it was set
};

// A goal as the Goals tab, the CLI and the fresh start show it: progress in
// the current period, the last periods met or missed, the streak, and a
// better target when this one is unrealistic. Everything is computed from the
// log; nothing here is stored.
struct GoalStatus {
    static constexpr int kHistory = 6;    // periods in the history strip
    static constexpr int kStreakScan = 52; // a streak is counted this far back at most

    Goal goal;
    std::string title;     // goalTitle(goal)
    PeriodResult current;  // so far
    int daysLeft = 0;      // in the current period, today included
    std::vector<PeriodResult> history; // the last complete periods, oldest first
    int streak = 0;        // periods met in a row, up to now (this one once it is met)
    GoalFit fit = GoalFit::Fine;
    int betterTarget = 0;  // with TooEasy or TooHard

    // How full the bar is, 0..1.
    [[nodiscard]] float fraction() const;
    // "3 of 5 this week", "2 of 3 replies answered in time this month".
    [[nodiscard]] std::string progressText() const;
    // "4 days left", "Last day", "Paused".
    [[nodiscard]] std::string timeText() const;
    // "3 weeks in a row", or empty below 2.
    [[nodiscard]] std::string streakText() const;
    // Why the target seems wrong and what to try, or empty.
    [[nodiscard]] std::string fitText() const;
};

[[nodiscard]] GoalStatus goalStatus(GoalCounter& counter, const Goal& goal, std::int64_t now,
                                    int weekStart);
// Every goal that is not deleted, paused ones too (their progress is still shown).
[[nodiscard]] std::vector<GoalStatus> goalStatuses(Database& db, std::int64_t now, int weekStart,
                                                   int dormantDays);

} // namespace rk
