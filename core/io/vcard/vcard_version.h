#pragma once

namespace rk {

// The vCard version a card is written in. The export and most address books
// take 4.0 (RFC 6350); some CardDAV servers (iCloud) take only 3.0 (RFC 2426)
// and say so in their address book's supported-address-data (RFC 6352
// §6.2.2), so the sync writes their cards in 3.0 (vcard_writer.h).
enum class VCardVersion {
    V4, // RFC 6350: the export, and every address book that does not ask for 3.0
    V3, // RFC 2426
};

} // namespace rk
