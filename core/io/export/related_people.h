#pragma once
#include "core/io/vcard/vcard_related.h"
#include "core/model/contact.h"

#include <vector>

namespace rk {

class Database;

// The links among `contacts`, as RELATED lines: each link once, on the card
// of its `to` person, naming the `from` person by the UID the export gives
// them; a manager shows on the report's card, as Apple has it. Once, not on
// both cards: the demo network's links made a 10k-card file twice as long
// and its import twice as slow when written twice, for nothing a re-import
// needs. Links to someone not exported (the trash) are left out: no card in
// the file could be named.
[[nodiscard]] RelatedPeople relatedPeopleOf(Database& db, const std::vector<Contact>& contacts);

} // namespace rk
