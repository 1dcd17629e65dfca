#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace rk {

class Database;

// The two full-text indexes (contacts_fts: everything a person may be
// remembered by; contacts_fts_names: names alone) are derived from contacts
// and their lists. Deleting a contact drops its rows by trigger, so no path
// can leave one behind. Adding or changing one is indexed by whoever wrote
// it, once it is done (schema v3 explains why no longer by triggers):
// ContactRepo for single edits, undo and redo from the changeset they
// applied, bulk writers for everything they wrote at the end.
//
// All of these run inside the writer's transaction. Each writes a whole list
// of contacts in one statement per table: FTS5 writes its pending terms out
// at the end of every statement.

// The `name` document both indexes hold: the display name, then the given
// and family names unless the display name already reads "Given Family".
// Mirrors the contact_search_doc view (schema.cpp).
[[nodiscard]] std::string searchName(const std::string& displayName, const std::string& givenName,
                                     const std::string& familyName);

// Re-reads these contacts and indexes them afresh (a contact that is gone
// just leaves no rows).
void reindexContacts(Database& db, const std::vector<std::int64_t>& contactIds);

// Re-indexes every contact a changeset (as undo and redo apply) added or
// changed, directly or through its lists.
void reindexChangedContacts(Database& db, const std::vector<unsigned char>& changeset);

// Rebuilds both indexes for every contact.
void rebuildSearchIndex(Database& db);

} // namespace rk
