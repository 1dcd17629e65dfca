#pragma once
#include "core/model/contact.h"
#include "core/time/civil_date.h"

#include <optional>
#include <string>
#include <vector>

namespace rk {

class Database;

// What happened in today's queue, kept in settings and written inside each
// triage command's transaction, so undo rewinds it too:
// - "followup.today": today's counts and rekindle batch (another day's record
//   reads as an empty one);
// - "followup.streak": the last day the queue was emptied and the run's length;
// - the cleared_days table: every day the queue was emptied (goals count them).
struct DayStats {
    CivilDate date;
    int done = 0;
    int snoozed = 0;
    int skipped = 0;
    // Today's rekindle offers, fixed by the first change of the day so that
    // handling one never pulls a replacement into the queue.
    bool batchFixed = false;
    std::vector<ContactId> rekindleBatch;
    std::optional<CivilDate> lastCleared;
    int clearedRun = 0;

    [[nodiscard]] static DayStats load(Database& db, const CivilDate& today);
    // Takes one settings row into account (for a caller reading many keys at once).
    void apply(const std::string& key, const std::string& value);
    void save(Database& db) const;

    // Days in a row the queue was emptied, ending today or yesterday;
    // `queueEmptyNow` counts today when nothing is left, even if nothing was due.
    [[nodiscard]] int streak(bool queueEmptyNow) const;
    // Today the queue was emptied (once per day).
    void noteCleared();
};

} // namespace rk
