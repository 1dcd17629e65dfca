#pragma once
#include "core/model/contact.h"
#include "core/sync/card_merge.h"
#include "core/sync/sync_state.h"

#include <optional>
#include <string>
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
};

// Writes the plan in one Store::change labelled `label` (the undo step):
// people, their cards' state, conflicts, the token, the time; the people it
// touched are unmarked too (its own writes mark them).
void applySyncPlan(Store& store, SyncPlan& plan, const std::string& label);

} // namespace rk
