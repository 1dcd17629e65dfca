#include "core/sync/sync_card.h"

#include "core/io/vcard/content_line.h"
#include "core/sync/card_overlay.h"
#include "core/io/vcard/vcard_reader.h"
#include "core/io/vcard/vcard_writer.h"

namespace rk {

std::string localCardUid(const Contact& contact, const std::string& deviceSeed) {
    return "urn:uuid:" + stableUuid("rekindle-sync:" + deviceSeed + ":" + std::to_string(contact.id) + ":" +
                                    std::to_string(contact.createdAt));
}

std::string syncCardText(const Contact& contact, const std::string& uid, VCardVersion version) {
    std::string text = writeVCard(contact, version);
    // The writer names the card by this database's id; the server may know
    // the person by another UID (a card made on the phone), which must stay.
    const std::size_t start = text.find("\r\nUID:");
    if (start == std::string::npos) return text;
    const std::size_t end = text.find("\r\nFN:", start);
    if (end == std::string::npos) return text;
    std::string line;
    appendContentLine(line, "UID:" + uid);
    text.replace(start + 2, end + 2 - (start + 2), line);
    return text;
}

std::optional<SyncCard> readSyncCard(std::string_view text) {
    // What has no field here stays on the card (card_overlay.h), not in the notes.
    ReadLimits limits;
    limits.extrasInNotes = false;
    ParseResult parsed = readVCard(text, "server card", limits);
    if (!parsed.ok() || parsed.cards.size() != 1) return std::nullopt;
    ImportCard& card = parsed.cards.front();
    card.contact.displayName = card.contact.shownName();
    std::string uid = cardUidAsWritten(text);
    return SyncCard{std::move(card.contact), uid.empty() ? std::move(card.uid) : std::move(uid)};
}

Contact asCardSees(const Contact& contact, VCardVersion version) {
    Contact plain = contact;
    plain.id = 0;
    plain.updatedAt = 0;
    auto read = readSyncCard(syncCardText(plain, "urn:uuid:local", version));
    return read ? std::move(read->contact) : contact;
}

} // namespace rk
