#pragma once
#include "core/sync/sync_plan.h"

#include <functional>
#include <string>
#include <vector>

namespace rk {

class AddressBook;
class Store;
struct SyncReport;

struct SyncOptions {
    // Asks the server what changed and works out what would happen, but
    // writes nothing: not to the server, not here.
    bool dryRun = false;
    // Called after the server is done with and before anything changes
    // here, with what will: where the caller takes a backup when a sync
    // overwrites people's fields (the CLI, whose undo ends with the process).
    std::function<void(const SyncReport&)> beforeApply;
};

// What one sync did (or, dry, would do), by the people's names.
struct SyncReport {
    std::vector<std::string> received;     // new here, from the server
    std::vector<std::string> updatedHere;  // changed on the server, taken here
    std::vector<std::string> sent;         // new on the server, from here
    std::vector<std::string> updatedThere; // changed here, sent to the server
    std::vector<std::string> trashedHere;  // deleted on the server: in the trash here
    std::vector<std::string> deletedThere; // in the trash here: deleted on the server
    std::vector<std::string> cameBack;     // deleted on one side, edited on the other
    std::vector<std::string> conflicts;    // "Ana Ruiz: company", local value kept
    std::vector<std::string> skipped;      // cards holding no person, why
    bool dryRun = false;

    [[nodiscard]] bool nothingChanged() const;
    // One line for the undo history and the status: "Synced: 2 received, 1 sent".
    [[nodiscard]] std::string summary() const;
};

// The part of a sync that talks to the server: it asks what changed there,
// merges, and writes to the server (not when dry), and returns what it would
// write here, without writing it. `store` is only read, so it may be a
// connection of its own on another thread (the app's SyncJob); the plan is
// then applied on the store's owner's connection with applySyncPlan, which
// leaves alone whoever was edited meanwhile.
struct PlannedSync {
    SyncPlan plan;
    SyncReport report;
};
PlannedSync planAddressBookSync(Store& store, AddressBook& book, bool dryRun);

// Two-way sync of the people with an address book, in one undoable step.
//
// Every question to the server and every write to it comes first; then one
// Store::change applies what the server said, with the new sync state. A
// sync that fails half-way (SyncError: the server went away, refused the
// password) changes nothing here, and what it already wrote to the server is
// recognised by the next sync, so nothing is sent twice or lost.
//
// Rules: a field changed on one side only takes that side's value; changed
// on both, the local value stays and the server's is recorded (sync_conflicts).
// Deleted on the server and unchanged here: to the trash. Put in the trash
// here: deleted on the server. Deleted on one side and edited on the other:
// the person comes back, with the edits.
SyncReport syncAddressBook(Store& store, AddressBook& book, const SyncOptions& options = {});

} // namespace rk
