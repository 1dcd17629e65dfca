#pragma once
#include "core/model/contact.h"
#include "core/sync/card_history.h"
#include "core/sync/card_merge.h"
#include "core/sync/sync_state.h"

#include <cstddef>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace rk {

class Store;

// A write to this database a sync makes once the server is done with.
struct LocalStep {
    enum class Action { None, Insert, Update, Restore, Trash };
    Action action = Action::None;
    ContactId id = 0; // 0 with Insert
    Contact contact;  // the fields to write (Insert, Update, Restore)
    std::optional<SyncedCard> save; // the card both sides now agree on
    std::string base;                // its text
    std::string forget;              // an href the server no longer holds
    std::vector<FieldConflict> conflicts;
    HistoryLines historyAdd;    // interactions to log here (card_history.h)
    HistoryLines historyRemove; // and to take off
};

[[nodiscard]] LocalStep forgetStep(const std::string& href);
// The card both sides now agree on, for a person here (id 0: inserted first).
[[nodiscard]] LocalStep agreeStep(LocalStep::Action action, ContactId id, SyncedCard card, std::string base);

// Everything one sync writes here: worked out while talking to the server
// (card_sync.cpp), written after in one go, so a sync that fails half-way
// writes nothing.
struct SyncPlan {
    std::vector<LocalStep> steps;
    std::string token;              // the server's, for the next sync
    std::vector<ContactId> settled; // in step with the server now: unmarked
    // Everyone the sync read here, as it read them (fingerprintOf).
    std::unordered_map<ContactId, std::size_t> seen;
};

// A person's card fields, their history and whether they are in the trash,
// as one number: what a plan compares to tell whether someone was edited (or
// had something logged) since it read them.
[[nodiscard]] std::size_t fingerprintOf(const std::optional<Contact>& person, const HistoryLines& history);

// Whether the plan may have been overtaken: another connection (or this one)
// wrote since the sync read the data. Then each person it read is compared
// with how it read them first.
enum class PlanCheck { Trust, CompareSeen };

// Writes the plan in one Store::change labelled `label` (the undo step):
// people, their cards' state, conflicts, the token, the time; the people it
// touched are unmarked too (its own writes mark them). With CompareSeen, a
// person edited since the sync read them is left as they are now, still
// marked: the next sync merges their edit with what the server holds (its
// writes name the version the server had, so they meet a 412 and merge).
// Returns the names of the people so left.
std::vector<std::string> applySyncPlan(Store& store, SyncPlan& plan, const std::string& label,
                                       PlanCheck check = PlanCheck::Trust);
// The same inside a Store::change the caller makes: the App's, which writes
// the follow-ups' plan (task_sync.h) in the same undo step.
std::vector<std::string> applySyncPlanWithinChange(Store& store, SyncPlan& plan, PlanCheck check);

} // namespace rk
