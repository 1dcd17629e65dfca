#pragma once
#include "core/model/contact.h"
#include "core/model/followup.h"
#include "core/schedule/cadence.h"
#include "core/time/civil_date.h"

#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

namespace rk {

class Database;

// The follow-up rules' knobs, read from settings so they travel with the data.
struct FollowUpSettings {
    CadencePolicy cadence;
    int awaitingDays = 5;         // followup.awaiting_days: chase an unanswered message after this
    int dormantDays = 180;        // followup.dormant_days: quiet longer than this = dormant
    int rekindleBatch = 3;        // followup.rekindle_batch: dormant people offered per day
    int rekindleRetryDays = 30;   // followup.rekindle_retry_days: a skipped offer waits this long
    int weekStart = 0;            // calendar.week_start: 0 = Monday … 6 = Sunday ("next week")

    [[nodiscard]] static FollowUpSettings load(Database& db);
    // Takes one settings row into account; other keys are ignored.
    void apply(const std::string& key, const std::string& value);
};

// Every key FollowUpSettings and DayStats read, in one query.
inline constexpr const char* kFollowUpSettingsQuery =
    "SELECT key, value FROM settings WHERE key LIKE 'cadence.%' OR key LIKE 'followup.%' OR "
    "key = 'calendar.week_start'";

// One reason a person is in today's queue; a card lists all of them.
struct QueueReason {
    DueReason kind = DueReason::Cadence;
    CivilDate due;               // when it became (or becomes) due
    int daysOverdue = 0;         // 0 when due today or not yet ("birthday tomorrow")
    std::string text;            // "12 days overdue · every 30 days", "no reply since 3 Jan"
    std::int64_t reminderId = 0;    // DueReason::Reminder
    std::int64_t interactionId = 0; // DueReason::AwaitingReply: the message still unanswered
};

// One card of the Today stack: one person, every reason they are due.
struct QueueItem {
    ContactId contactId = 0;
    std::string name;
    std::string roleLine; // "VP Sales at Stripe"
    std::string initials;
    bool hasPhoto = false;
    Circle circle = Circle::Network;
    std::vector<QueueReason> reasons; // most urgent first
    int snoozeCount = 0;              // times put off since the last interaction
    std::string lastInteraction;      // "Coffee · 3 Jan · you reached out · …"
    std::string opener;               // rekindle cards: how to start the conversation

    [[nodiscard]] int daysOverdue() const { return reasons.empty() ? 0 : reasons.front().daysOverdue; }
    [[nodiscard]] DueReason topReason() const {
        return reasons.empty() ? DueReason::Cadence : reasons.front().kind;
    }
    [[nodiscard]] bool has(DueReason kind) const;
};

struct QueueOptions {
    static constexpr std::size_t kAll = std::numeric_limits<std::size_t>::max();
    // Cards returned with full detail. The stack only ever shows the first few,
    // and a bounded read is what keeps the queue fast at 100k contacts.
    std::size_t limit = 20;
    // People counted for the badge; past this the count is a lower bound ("99+").
    std::size_t countCap = 99;
};

struct TodayQueue {
    CivilDate date;
    std::vector<QueueItem> items; // in queue order
    std::size_t total = 0;        // people due now (see totalIsLowerBound)
    bool totalIsLowerBound = false;
    // Cards handled today, for the progress header (handled / due today).
    int doneToday = 0;
    int snoozedToday = 0;
    int skippedToday = 0;
    // Consecutive days the queue was cleared, for "All caught up".
    int streakDays = 0;

    [[nodiscard]] int handledToday() const { return doneToday + snoozedToday + skippedToday; }
    [[nodiscard]] std::size_t dueToday() const {
        return total + static_cast<std::size_t>(handledToday());
    }
    [[nodiscard]] bool empty() const { return total == 0; }
};

} // namespace rk
