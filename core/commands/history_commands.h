#pragma once
#include "core/commands/change_result.h"
#include "core/model/followup.h"
#include "core/model/interaction.h"

#include <cstdint>

namespace rk {

class Store;

// The commands behind a contact's timeline and reminders: correcting what
// was logged, and the dated follow-ups a person asked for. Each is one
// Store::change with its undo label; each throws StoreError with a sentence
// when it can't be done. (Logging itself is in triage.h.)

// Rewrites an interaction (kind, direction, time, note, flags); the follow-up
// date follows the new last contact. "Edited a call with Ana García".
ChangeResult editInteraction(Store& store, const Interaction& edited);
// "Deleted a call with Ana García"; the follow-up date follows.
ChangeResult deleteInteraction(Store& store, std::int64_t interactionId);

// An open reminder on reminder.dueDate (today or later). Sets reminder.id.
// "Reminder set for Mon 7 Dec: Ana García".
ChangeResult addReminder(Store& store, Reminder& reminder);
// "Dismissed the reminder for Ana García".
ChangeResult dismissReminder(Store& store, std::int64_t reminderId);

} // namespace rk
