#pragma once
#include "core/model/contact.h"

#include <vector>

namespace rk {

class Database;

// Every contact with its methods, tags, topics and past roles, in five
// queries rather than five per contact (exports and import planning read the
// whole network). Ordered by id. The trash is left out unless asked for.
[[nodiscard]] std::vector<Contact> loadAllContacts(Database& db, bool includeTrash = false);

} // namespace rk
