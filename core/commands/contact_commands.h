#pragma once
#include "core/commands/change_result.h"
#include "core/demo/demo_network.h"
#include "core/model/contact.h"

#include <cstdint>

namespace rk {

class Store;

// The commands behind the contact page, the form and the trash. Each is one
// Store::change, so one Ctrl+Z undoes exactly that action; each throws
// StoreError with a sentence for the person when it can't be done (the
// contact is gone, the database is read-only, a name is missing).

// Adds a person; their first follow-up comes from the circle's cadence.
// Sets contact.id. "Added Ana García to your deck".
ChangeResult addContact(Store& store, Contact& contact);
// The same, with who introduced you ("Chloé Martin", as they are in the
// deck): the link "Chloé introduced me to …" is made in the same change, so
// the introducer is thanked after your first interaction with them
// (core/commands/introducer_thanks.h). Throws StoreError, adding nobody,
// when the name matches no one or more than one person.
ChangeResult addContact(Store& store, Contact& contact, const std::string& introducedBy);
// Saves the form's edit of an existing person; the due date follows a new
// circle or cadence. "Saved changes to Ana García".
ChangeResult updateContact(Store& store, const Contact& contact);

// Out of the deck and the follow-ups, everything kept. "Archived Ana García".
ChangeResult archiveContact(Store& store, ContactId id);
// Back in the deck, follow-ups rescheduled. "Restored Ana García from the archive".
ChangeResult restoreFromArchive(Store& store, ContactId id);
// Into the trash, history and all, until it is emptied. "Moved Ana García to the trash".
ChangeResult moveToTrash(Store& store, ContactId id);
// "Restored Ana García from the trash".
ChangeResult restoreFromTrash(Store& store, ContactId id);
// Deletes everyone in the trash for good (still one undoable step while
// Rekindle runs), after a backup of the database (backupBefore): when that
// cannot be made, nothing is deleted. count = how many; "Deleted 3 people for good".
ChangeResult emptyTrash(Store& store);

// Adds the demo network ("Try a demo network"): the same seed gives the same
// people. "Added 150 demo people to your deck". When demo people are already
// there (countDemoPeople) nothing changes: count = 0, alreadyThere says how
// many, and the label says so.
struct DemoResult : ChangeResult {
    DemoStats made;                // people, interactions and events written
    std::int64_t alreadyThere = 0; // demo people found before (then nothing was added)
};
DemoResult addDemoNetwork(Store& store, int contacts, std::uint64_t seed = 42);

} // namespace rk
