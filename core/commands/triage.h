#pragma once
#include "core/model/contact.h"
#include "core/model/interaction.h"
#include "core/time/civil_date.h"

#include <cstdint>
#include <optional>
#include <string>

namespace rk {

class Store;

// The commands behind the Today stack and every place that logs. Each one is
// a single Store::change, so one Ctrl+Z undoes exactly that action (with the
// day's counters and streak it touched). "Today" is the store clock's local date.

struct TriageResult {
    std::string label;              // for the toast and the undo menu
    bool queueCleared = false;      // nothing left in today's queue afterwards
    std::int64_t interactionId = 0; // done / log: the interaction written
    std::optional<CivilDate> until; // snooze / skip: when the card may come back
};

// Logs an interaction (at == 0 means now) and reschedules: last contact and
// next due follow it, snooze and skip are cleared. An inbound interaction ends
// the wait on earlier messages; a new message flagged awaiting reply restarts it.
// Throws StoreError for a contact that does not exist or is in the trash.
TriageResult logInteraction(Store& store, Interaction& interaction);

// Quick log of someone not in the deck yet: adds `person` and logs the
// interaction with them, as one change (one Ctrl+Z takes both back).
// introducedBy: who introduced them, a name in the deck (may be empty); the
// link is made in the same change, so the introducer's thanks is planned.
TriageResult addPersonAndLog(Store& store, Contact& person, Interaction& interaction,
                             const std::string& introducedBy = {});

// Swipe right: logs the interaction and settles the card: its due reminders
// are marked done and the messages it was chasing stop waiting.
TriageResult markDone(Store& store, Interaction& interaction);

enum class SnoozeLength { Tomorrow, ThreeDays, NextWeek, Until };

// The day a snooze ends: tomorrow, in three days, the first day of next week
// (weekStart: 0 = Monday … 6 = Sunday, the user's setting), or `date`, which
// must be after today (StoreError otherwise).
[[nodiscard]] CivilDate snoozeEnd(const CivilDate& today, SnoozeLength length,
                                  std::optional<CivilDate> date = std::nullopt, int weekStart = 0);

// Swipe left: hides the person until the snooze ends and counts the snooze,
// so repeated putting-off shows on the card.
TriageResult snooze(Store& store, ContactId id, SnoozeLength length,
                    std::optional<CivilDate> date = std::nullopt);

// Swipe down: not this time, without logging anything. Cadence moves to the
// next cycle (today + cadence), a birthday card stays away until after the
// day, due reminders are dismissed, chased messages stop waiting, and a
// rekindle offer is not repeated for rekindle_retry_days (30). Throws
// StoreError when the person has no card today. The label says when the card
// comes back and, when it chased a message, that the wait is over:
// "Skipped Tariq Haddad until Mon 14 Dec — no longer waiting for their reply".
TriageResult skip(Store& store, ContactId id);

// The same steps as markDone and snooze, for a caller already inside its own
// Store::change: a sync takes what the person did on their phone ("done",
// "moved to Tuesday") as part of its one undo step, with the same rules as
// the swipe (day counters, reminders settled, snoozes counted). Throw
// StoreError as the commands do, which rolls back the caller's change.
void markDoneWithinChange(Store& store, Interaction& interaction);
void snoozeWithinChange(Store& store, ContactId id, const CivilDate& until);
// Due on `date` instead (a follow-up moved earlier): snooze and skip cleared.
void dueOnWithinChange(Store& store, ContactId id, const CivilDate& date);

// Swipe up: opening the contact changes nothing; true when it can be opened.
[[nodiscard]] bool openCard(Store& store, ContactId id);

// "Rekindle one more" from the empty state: adds the next dormant person to
// today's batch, so they get a card. Nothing when nobody is left to offer.
std::optional<TriageResult> rekindleOneMore(Store& store);

// For a new contact with no history: due today instead of after a first cadence.
TriageResult startNow(Store& store, ContactId id);

} // namespace rk
