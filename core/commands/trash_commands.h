#pragma once
#include "core/commands/change_result.h"
#include "core/model/contact.h"

namespace rk {

class Store;

// Deletes one person from the trash or the archive for good: their
// interactions, reminders, methods, tags and notes go with them (by cascade).
// One Store::change, so Ctrl+Z (while Rekindle runs) brings everything back.
// Someone still in the deck is refused: they go to the trash first.
// "Deleted Ana García for good".
ChangeResult deleteForever(Store& store, ContactId id);

} // namespace rk
