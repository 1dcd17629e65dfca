#pragma once
#include "core/model/contact.h"

#include <string>
#include <vector>

namespace rk {

// A field both sides changed to different values since they last agreed:
// the local value was kept, the server's is remembered to be taken instead.
struct FieldConflict {
    std::string field;  // "company", as synced_fields names it
    std::string local;  // as the person reads it
    std::string remote;
};

struct MergedCard {
    Contact contact; // the local person with the merged fields
    std::vector<FieldConflict> conflicts;
    bool changesHere = false;   // the merge differs from the local person
    bool changesRemote = false; // and from the server's card: it must be sent
};

// Three-way merge of the fields a card carries. `base` is the card both sides
// last agreed on (null when there is none: a person found on both sides at
// the first sync). A field changed on one side only takes that side's value;
// changed on both to different values keeps the local one and records a
// conflict. Fields a card doesn't carry (follow-up state, archive, trash)
// are the local person's. `local` and `remote` are as a card sees them
// (asCardSees), `localFull` the person as stored.
[[nodiscard]] MergedCard mergeCards(const Contact* base, const Contact& local, const Contact& remote,
                                    const Contact& localFull);

// The fields a card carries in which two people differ, by name.
[[nodiscard]] std::vector<std::string> differingFields(const Contact& a, const Contact& b);

// Whether two people read the same in every field a card carries.
[[nodiscard]] bool sameCardFields(const Contact& a, const Contact& b);

// Sets one field by its name (from a FieldConflict) to a value as recorded;
// false when the field or value can't be read back.
bool takeFieldValue(Contact& contact, const std::string& field, const std::string& value);

} // namespace rk
