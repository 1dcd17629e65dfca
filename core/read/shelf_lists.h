#pragma once
#include "core/model/contact.h"

#include <cstdint>
#include <string>
#include <vector>

namespace rk {

class Database;

// One person on a shelf (the trash or the archive), as the Trash screen lists them.
struct ShelfPerson {
    ContactId id = 0;
    std::string name;
    std::string roleLine;   // "VP Sales at Stripe", or ""
    std::int64_t since = 0; // when they went to the trash or the archive
    int interactions = 0;   // what deleting them for good takes with them
};

// More → Trash and archive: who is in the trash and who is archived, most
// recently put away first. Both shelves are small (partial indexes
// contacts_trashed and contacts_archived), so this reads them whole.
struct ShelfLists {
    std::vector<ShelfPerson> trash;
    std::vector<ShelfPerson> archived; // archived and not in the trash

    [[nodiscard]] bool empty() const { return trash.empty() && archived.empty(); }
};

[[nodiscard]] ShelfLists loadShelfLists(Database& db);

} // namespace rk
