#include "core/commands/history_commands.h"

#include "core/commands/contact_lookup.h"
#include "core/commands/interaction_rules.h"
#include "core/db/store_error.h"
#include "core/followup/followup_text.h"
#include "core/repo/interaction_repo.h"
#include "core/repo/reminder_repo.h"
#include "core/schedule/cadence.h"
#include "core/store/store.h"
#include "core/time/humanize.h"

#include <functional>
#include <utility>

namespace rk {

namespace {

Interaction requireInteraction(Database& db, std::int64_t id) {
    auto found = InteractionRepo(db).get(id);
    if (!found) throw StoreError("That interaction no longer exists.");
    return *found;
}

// One undoable change to someone's history; their follow-up date follows it.
ChangeResult changeHistory(Store& store, std::string label, ContactId contactId,
                           const std::function<void(InteractionRepo&)>& body) {
    ChangeResult result{std::move(label), contactId, 1};
    store.change(result.label, [&] {
        InteractionRepo repo(store.db());
        body(repo);
        refreshNextDue(store.db(), contactId);
    });
    return result;
}

} // namespace

ChangeResult editInteraction(Store& store, const Interaction& edited) {
    const Interaction before = requireInteraction(store.db(), edited.id);
    if (before.contactId != edited.contactId)
        throw StoreError("An interaction stays with its person.");
    checkInteraction(edited);
    const ContactFacts who = requireActiveContact(store.db(), edited.contactId);
    return changeHistory(store, "Edited " + kindNoun(edited.kind) + " with " + who.name,
                         edited.contactId, [&](InteractionRepo& repo) { repo.update(edited); });
}

ChangeResult deleteInteraction(Store& store, std::int64_t interactionId) {
    const Interaction gone = requireInteraction(store.db(), interactionId);
    const ContactFacts who = requireActiveContact(store.db(), gone.contactId);
    return changeHistory(store, "Deleted " + kindNoun(gone.kind) + " with " + who.name,
                         gone.contactId,
                         [&](InteractionRepo& repo) { repo.remove(interactionId); });
}

ChangeResult addReminder(Store& store, Reminder& reminder) {
    const ContactFacts who = requireActiveContact(store.db(), reminder.contactId);
    const CivilDate today = store.clock().today();
    const auto due = CivilDate::parse(reminder.dueDate);
    if (!due) throw StoreError("Use a date like " + today.addDays(14).iso() + ".");
    if (*due < today) throw StoreError("Pick today or a day after it.");
    reminder.status = FollowUpStatus::Open;
    ChangeResult result{"Reminder set for " + weekdayDate(*due, today) + ": " + who.name,
                        reminder.contactId, 1};
    store.change(result.label,
                 [&] { ReminderRepo(store.db()).add(reminder, store.clock().now()); });
    return result;
}

ChangeResult dismissReminder(Store& store, std::int64_t reminderId) {
    const auto reminder = ReminderRepo(store.db()).get(reminderId);
    if (!reminder) throw StoreError("That reminder no longer exists.");
    const ContactFacts who = lookupContact(store.db(), reminder->contactId);
    ChangeResult result{"Dismissed the reminder for " + who.name, reminder->contactId, 1};
    store.change(result.label, [&] {
        ReminderRepo(store.db()).setStatus(reminderId, FollowUpStatus::Dismissed);
    });
    return result;
}

} // namespace rk
