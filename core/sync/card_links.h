#pragma once
#include "core/model/contact.h"
#include "core/sync/card_history.h"

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>

namespace rk {

class Database;
struct VCardProperty;

// The links between the user's people ("Ana is Ben's manager") travel on
// cards too, one X-REKINDLE-LINK property each, so a second computer syncing
// the same address book knows who knows whom. Each link rides on one card
// only: a directional one on its `from` person's, one that means the same
// both ways on the card of the two whose UID sorts first. The other person
// is named by their card's UID, which every database syncing the book agrees
// on, never by a database's own id.
//
// On the card: X-REKINDLE-LINK;X-KIND=manager-of;X-TO="urn:uuid:…":The note.
// The note is the value (plain text, as with X-REKINDLE-LOG) and the rest
// are parameters, which servers keep whole.
//
// In a sync a link is one line, "link;manager-of;urn:uuid:…;The note", and it
// merges with the card's interactions (card_history.h): the same multiset
// rules, so a link added on either side stays and one removed on one side
// and untouched on the other goes. A line naming someone this database does
// not have (not synced yet, or deleted here) is kept as the card had it.

inline constexpr std::string_view kLinkProperty = "X-REKINDLE-LINK";

[[nodiscard]] bool isLinkLine(std::string_view line);

// The line of a link property; nothing when it can't be read (a newer
// version's kind, no one named), so the caller keeps it as written.
[[nodiscard]] std::optional<std::string> linkLineOf(const VCardProperty& property);
// The property a link line is written as ("" for a line that isn't one).
[[nodiscard]] std::string linkPropertyOf(std::string_view line);

// The links a person's card carries, as this database has them, with the
// lines their agreed card carries that name no one here.
[[nodiscard]] HistoryLines linksHere(Database& db, ContactId id);

// Adds and removes the link lines among `add` and `remove` (the other lines
// are interactions, applyHistory's) for the person whose card carries them.
// Run once every person a sync brings is here, so a link to someone who
// arrives in the same sync finds them. Returns the people at the other ends.
std::vector<ContactId> applyLinks(Database& db, ContactId id, const HistoryLines& add, const HistoryLines& remove,
                                  std::int64_t now);

// Someone who arrived in a sync (`arrived`: their card UIDs) may be named
// by a card that did not change in it: a person back on the server after
// a trash, whose old self waits in the trash here. The links those agreed
// cards carry to them are made here now; without this the card would later
// read as if the link had been removed here. People in `handled` (the
// sync's own steps, whose lines it applied) are skipped. Returns everyone linked.
std::vector<ContactId> linkArrivals(Database& db, const std::set<std::string>& arrived,
                                    const std::set<ContactId>& handled, std::int64_t now);

} // namespace rk
