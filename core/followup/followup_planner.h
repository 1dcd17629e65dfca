#pragma once
#include "core/followup/queue_item.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace rk {

class Database;
class StatementCache;
struct DayStats;

// Builds today's follow-up queue: one card per person, with every reason they
// are due, in queue order (most overdue first, then awaiting reply > reminder >
// birthday > cadence > rekindle, then inner circle first, then name).
//
// A pure function of the database and the date: no writes, no clock. The app
// rebuilds it when the store's revision changes or at nextRefreshAt(). A
// planner keeps its prepared statements, so keep one per view (it must not
// outlive the database); settings are read afresh on every call.
//
// The rules (DESIGN.md, "Follow-up rules"):
// - cadence: next_due is today or earlier (and not more than dormant_days ago:
//   by then the person belongs to the rekindle batch), unless skipped;
// - awaiting reply: an outbound message flagged awaiting, with no inbound
//   interaction after it, sent awaiting_days or more ago;
// - reminders: open and due today or earlier;
// - birthdays: the day before and the day itself (Feb 29 falls on Feb 28 in
//   common years), unless in touch since the day before;
// - rekindle: a small daily batch of dormant people, the same all day;
// - snoozed, archived and trashed people never appear.
class FollowUpPlanner {
public:
    explicit FollowUpPlanner(Database& db);
    ~FollowUpPlanner();
    FollowUpPlanner(const FollowUpPlanner&) = delete;
    FollowUpPlanner& operator=(const FollowUpPlanner&) = delete;

    // As read by the last call.
    [[nodiscard]] const FollowUpSettings& settings() const { return m_settings; }

    [[nodiscard]] TodayQueue build(const CivilDate& today, const QueueOptions& options = {});
    // One person's card as it stands today; nothing when they are not due.
    [[nodiscard]] std::optional<QueueItem> card(ContactId id, const CivilDate& today);
    [[nodiscard]] bool isEmpty(const CivilDate& today);

    // Today's rekindle offers as first chosen (ids), whether handled since or not.
    [[nodiscard]] std::vector<ContactId> rekindleBatch(const CivilDate& today);
    // The next dormant person beyond today's batch, for "rekindle one more".
    [[nodiscard]] std::optional<ContactId> nextRekindle(const CivilDate& today);

private:
    // Reads settings and the day's record in one query, inside a ReadScope.
    [[nodiscard]] DayStats readDay(const CivilDate& today);

    Database& m_db;
    FollowUpSettings m_settings;
    std::unique_ptr<StatementCache> m_cache;
};

// When the queue must be rebuilt even if nothing changed: the next local
// midnight after `now` (UTC Unix seconds), DST-aware.
[[nodiscard]] std::int64_t nextRefreshAt(std::int64_t now);

} // namespace rk
