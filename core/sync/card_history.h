#pragma once
#include "core/model/contact.h"
#include "core/model/interaction.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rk {

class Database;

// A person's interactions travel on their own card, one X-REKINDLE-LOG
// property each, so a second computer syncing the same address book sees the
// whole history while other clients keep the lines untouched and show none
// of them. On the card rather than in a collection of their own: a history
// belongs to one person, goes where the person goes (a deletion, a restore,
// a merge on a 412) under the same etag, and needs nothing a CardDAV server
// doesn't already offer.
//
// On the card: X-REKINDLE-LOG;X-AT=20261201T143000Z;X-KIND=coffee;X-DIRECTION=out;
// X-FLAGS=asked-help,gave-help:The note. The note is the value, plain vCard
// text, and the rest are parameters, because servers that read cards through
// a vCard library (Radicale's vobject) take an unknown property's value as one
// text and escape any semicolons in it: a structured value would not survive.
//
// In a sync an interaction is one line, "20261201T143000Z;coffee;out;
// asked-help,gave-help;The note" (the time in UTC, the kind, the direction,
// the flags, the note escaped), and that text is its identity: two
// interactions that read the same are the same, an edit is the old line gone
// and a new one come. The card's base in sync_cards carries them too.

// A history as a sync compares it: one line per interaction, sorted (so by
// time), and after them one per link the card carries (card_links.h), which
// merge by the same rules.
using HistoryLines = std::vector<std::string>;

// The line an interaction is compared as.
[[nodiscard]] std::string historyLine(const Interaction& interaction);
// The interaction a line stands for (contactId and id 0); nothing when it
// can't be read (a damaged line).
[[nodiscard]] std::optional<Interaction> readHistoryLine(std::string_view value);

// The history a card carries, as historyLine writes it (properties this
// version can't read, a newer one's or damaged, are in `unreadable`, as written).
struct CardHistory {
    HistoryLines lines;
    std::vector<std::string> unreadable;
};
[[nodiscard]] CardHistory historyOnCard(std::string_view cardText);

// The card with its X-REKINDLE-LOG and -LINK properties replaced by `lines` (and the
// unreadable ones it had kept, so nothing another version wrote is lost).
[[nodiscard]] std::string withHistory(std::string_view cardText, const HistoryLines& lines);

// A person's history here, every interaction (not only the newest), with
// the links their card carries (linksHere).
[[nodiscard]] HistoryLines historyHere(Database& db, ContactId id);

// Three-way merge of two histories against the one both last agreed on (none
// at a first sync). An interaction added on either side is kept, one removed
// on one side and untouched on the other goes; when both sides changed, both
// keep what they have (an interaction edited on both sides stays twice,
// rather than one edit being lost).
struct MergedHistory {
    HistoryLines lines;
    HistoryLines add;    // to log here
    HistoryLines remove; // to take off here
    bool changesHere = false;
    bool changesRemote = false;
};
[[nodiscard]] MergedHistory mergeHistory(const HistoryLines* base, const HistoryLines& local,
                                         const HistoryLines& remote);

// Logs `add` and removes `remove` for one person (the sync's apply step, in
// its Store::change), then brings their last contact and follow-up date in
// line with the history. Link lines are left to applyLinks.
void applyHistory(Database& db, ContactId id, const HistoryLines& add, const HistoryLines& remove, std::int64_t now);

} // namespace rk
