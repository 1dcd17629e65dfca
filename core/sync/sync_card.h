#pragma once
#include "core/io/vcard/vcard_version.h"
#include "core/model/contact.h"

#include <optional>
#include <string>
#include <string_view>

namespace rk {

// A person as a card on the server: the export's vCard (vcard_writer.h), so
// other clients see the standard fields and keep Rekindle's own
// X-REKINDLE-* ones, under the UID the server knows the person by. In the
// version the address book takes (SyncAccount::cardVersion, found at
// set-up): 4.0 unless it asked for 3.0. Only a comparison of the person
// with themself (fingerprintOf) may leave it at 4.0.
[[nodiscard]] std::string syncCardText(const Contact& contact, const std::string& uid,
                                       VCardVersion version = VCardVersion::V4);

// The UID a person made here is sent with: from their id and creation time,
// and this database's own seed (SyncState::deviceSeed), so that two
// databases' person number 1 never share a card.
[[nodiscard]] std::string localCardUid(const Contact& contact, const std::string& deviceSeed);

struct SyncCard {
    Contact contact;
    std::string uid;
};

// Reads one card from the server with the import's reader; nothing when it
// holds no person (a group card, a broken file).
[[nodiscard]] std::optional<SyncCard> readSyncCard(std::string_view text);

// The person as a card would carry them: written in the address book's
// `version` and read back, so that what that format can't say (a method's
// id, a label's spelling) is never taken for a change.
[[nodiscard]] Contact asCardSees(const Contact& contact, VCardVersion version);

} // namespace rk
