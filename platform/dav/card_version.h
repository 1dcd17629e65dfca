#pragma once
#include "core/io/vcard/vcard_version.h"

#include <string>
#include <string_view>

namespace rk {

class HttpClient;

// Which vCard version to write to an address book, from its
// supported-address-data (RFC 6352 §6.2.2): 3.0 only when the server lists
// text/vcard 3.0 and not 4.0 (iCloud); 4.0 for everything else: both
// listed, 4.0 alone, nothing listed, the property unknown (Radicale answers
// 404 for it), an answer that is no multistatus. RFC 6352 lets a client
// take a missing property for "3.0 only", but the servers that lack it
// (Radicale) take 4.0, which every sync before this question sent them.
[[nodiscard]] VCardVersion cardVersionFromAnswer(std::string_view multistatusXml);

// Asks the address book at `url` (PROPFIND, depth 0) once, at set-up; the
// answer is saved with the account (SyncAccount::cardVersion). An HTTP error
// status means 4.0; failing to reach the server at all throws SyncError like
// the discovery before it, so set-up stops rather than saving a guess.
[[nodiscard]] VCardVersion askCardVersion(HttpClient& http, const std::string& url);

} // namespace rk
