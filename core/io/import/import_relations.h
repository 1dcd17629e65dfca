#pragma once
// Internal to planImport and commitImport: the people a card names as
// related (vCard RELATED, Apple's related names) become links when both
// people are in the network once the import is done, and stay as a line of
// the card's notes when the other one is not, so nothing is lost.
#include "core/io/import/card_matcher.h"
#include "core/io/import/import_plan.h"

#include <cstddef>
#include <cstdint>
#include <unordered_map>
#include <vector>

namespace rk {

class Database;
class UndoHistory;

// After matching: finds each relation's person among the cards of the file
// and the contacts of the database, by UID and then by full name (a name
// two people share finds no one). Found: a PlannedLink in plan.links, once
// per pair and kind. Not found: "Related (co-worker): Jane Doe" in the
// card's notes. `holders` maps a folded entry to the one holding its card.
void planRelations(ImportPlan& plan, const DatabaseKeys& database,
                   const std::unordered_map<std::size_t, std::size_t>& holders);

// After the merge decisions: a card whose contact changes only by a link
// between two people already in the database is still something to commit,
// so it becomes a merge that "adds a link".
void markLinkOnlyMerges(Database& db, ImportPlan& plan);

// Inside commitImport's change, once every card is written (`idOfCard[i]`
// is the contact plan.cards[i] became, 0 for none): writes the links that
// are not there yet. A link to a new contact is written untracked, since
// undo deletes it with that contact; a link between two contacts that were
// there before is recorded row by row.
struct LinksWritten {
    std::size_t count = 0;
    std::vector<ContactId> contacts; // who gained a link, each once
};
LinksWritten writePlannedLinks(Database& db, UndoHistory& history, const ImportPlan& plan,
                               const std::vector<ContactId>& idOfCard, ContactId firstNewId, std::int64_t now);

} // namespace rk
