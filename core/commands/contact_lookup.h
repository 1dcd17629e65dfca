#pragma once
// Internal to the commands: reading the person a command is about.
#include "core/model/contact.h"

#include <cstdint>
#include <string>

namespace rk {

class Database;

struct ContactFacts {
    std::string name;
    bool inTrash = false;
    bool archived = false;
    std::int64_t quietSince = 0; // the last interaction, or when they were added
};

// The person `id`; StoreError "That contact no longer exists." when there is none.
[[nodiscard]] ContactFacts lookupContact(Database& db, ContactId id);
// The same, refusing people in the trash: they can't be logged, triaged or edited.
[[nodiscard]] ContactFacts requireActiveContact(Database& db, ContactId id);

// Who introduced `newName`, from a name typed in a form: the one person
// whose name contains it, or else the one whose whole name it is. 0 for an
// empty name; StoreError, in words, when it names nobody or several people.
[[nodiscard]] ContactId findIntroducer(Database& db, const std::string& typed,
                                       const std::string& newName);

} // namespace rk
