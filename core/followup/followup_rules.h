#pragma once
// Internal to the follow-up engine: the rules that decide, from one contact
// row and a day, which reasons apply. The queue's index scans and the card
// builder both go through these, so a person is due for the same reasons
// however they were found.
#include "core/followup/queue_item.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace rk {

class Statement;

// The contact columns every follow-up query reads.
struct FollowUpRow {
    ContactId id = 0;
    std::string name;
    std::string company;
    std::string title;
    Circle circle = Circle::Network;
    std::string nextDue;
    std::string snoozedUntil;
    int snoozeCount = 0;
    std::string skipUntil;
    std::string rekindleAfter;
    std::string birthday;
    std::string howMet;
    std::optional<std::int64_t> lastContactAt;
    std::optional<std::int64_t> metEventId;
    std::optional<int> cadenceDays;
    std::int64_t createdAt = 0;
    bool hasPhoto = false;
    bool active = true; // neither archived nor in the trash

    // When the relationship last showed a sign of life.
    [[nodiscard]] std::int64_t quietSince() const { return lastContactAt.value_or(createdAt); }
};

// SELECT list for FollowUpRow, on a contacts table aliased `c`.
inline constexpr std::string_view kRowColumns =
    "c.id, c.display_name, c.company, c.title, c.circle, c.next_due, c.snoozed_until, "
    "c.snooze_count, c.skip_until, c.rekindle_after, c.birthday, c.how_met, c.last_contact_at, "
    "c.met_event_id, c.cadence_days, c.created_at, c.photo IS NOT NULL, "
    "(c.deleted_at IS NULL AND c.archived_at IS NULL)";
inline constexpr int kRowColumnCount = 18;

[[nodiscard]] FollowUpRow readRow(const Statement& st);

// Everything about "today" the rules need, computed once per queue.
struct DayContext {
    CivilDate today;
    CivilDate tomorrow;
    std::string todayIso;
    FollowUpSettings settings;
    std::int64_t dormantCutoff = 0;  // quiet since before this instant = dormant
    std::string cadenceFloor;        // cadence overdue past this date is left to rekindle
    std::int64_t awaitingCutoff = 0; // outbound sent before this instant has waited long enough

    DayContext(const CivilDate& day, const FollowUpSettings& s);
};

// Snoozed, archived and trashed people show no card at all.
[[nodiscard]] bool isVisible(const FollowUpRow& row, const DayContext& ctx);
[[nodiscard]] bool isDormant(const FollowUpRow& row, const DayContext& ctx);
[[nodiscard]] int cadenceDaysOf(const FollowUpRow& row, const DayContext& ctx);

// The scans in queue_sources.cpp and rekindle_batch.cpp state the same rules
// as SQL terms, so an index can find the rows; keep the two in step (the
// demo-network test compares the queue with every person's own card).

// Days overdue by cadence, when due by cadence today.
[[nodiscard]] std::optional<int> cadenceOverdue(std::string_view nextDue, std::string_view skipUntil,
                                                const DayContext& ctx);
// The birthday being celebrated today or tomorrow, unless skipped or already
// in touch since the day before.
[[nodiscard]] std::optional<CivilDate> birthdayDue(std::string_view birthday, std::string_view skipUntil,
                                                   std::optional<std::int64_t> lastContactAt,
                                                   const DayContext& ctx);

[[nodiscard]] std::optional<QueueReason> cadenceReason(const FollowUpRow& row, const DayContext& ctx);
[[nodiscard]] std::optional<QueueReason> birthdayReason(const FollowUpRow& row, const DayContext& ctx);
[[nodiscard]] QueueReason reminderReason(std::int64_t id, const std::string& dueIso,
                                         const std::string& note, const DayContext& ctx);
[[nodiscard]] QueueReason awaitingReason(std::int64_t interactionId, std::int64_t at,
                                         const DayContext& ctx);
[[nodiscard]] QueueReason rekindleReason(const FollowUpRow& row, const DayContext& ctx);
// May this dormant person be offered in today's rekindle batch?
[[nodiscard]] bool rekindleEligible(const FollowUpRow& row, const DayContext& ctx);

// Queue order: most overdue first, then reason priority, circle, name, id.
struct QueueKey {
    int overdue = 0;
    int priority = 0;
    int circle = 0;
    std::string_view name;
    ContactId id = 0;
};
// The same comparison SQLite's NOCASE collation makes (ASCII case folding), so
// the order read from an index and the order sorted here agree.
[[nodiscard]] int compareNoCase(std::string_view a, std::string_view b);
[[nodiscard]] bool keyBefore(const QueueKey& a, const QueueKey& b);
[[nodiscard]] QueueKey keyOf(ContactId id, std::string_view name, Circle circle, int overdue,
                             DueReason reason);
[[nodiscard]] QueueKey keyOf(const QueueItem& item);
[[nodiscard]] bool reasonBefore(const QueueReason& a, const QueueReason& b);

} // namespace rk
