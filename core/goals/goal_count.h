#pragma once
#include "core/db/statement_cache.h"
#include "core/goals/goal_period.h"
#include "core/model/goal.h"

#include <cstdint>

namespace rk {

class Database;

// What a goal counted in one period, read from the log, up to `now`:
// - ReachOut: people I wrote to (each once; their messages to me don't count).
// - LogInteractions: interactions logged, either way.
// - ClearToday: days in cleared_days (written when triage empties the queue).
// - Reconnect: people I wrote to after more than `dormantDays` of quiet (the
//   user's dormant threshold) who had been in touch before.
// - MeetNew: people added to the deck (not in the trash).
// - AnswerReplies: emails and messages they sent me (`due`: those whose
//   `target` days are up, or that I answered), and of those the ones I
//   answered in time (`done`).
// - GiveHelp: interactions where I gave help.
struct PeriodCount {
    int done = 0;
    int due = 0; // AnswerReplies only
};

class GoalCounter {
public:
    GoalCounter(Database& db, int dormantDays) : m_cache(db), m_dormantDays(dormantDays) {}

    [[nodiscard]] PeriodCount count(const Goal& goal, const GoalPeriod& period, std::int64_t now);

private:
    StatementCache m_cache;
    int m_dormantDays;
};

} // namespace rk
