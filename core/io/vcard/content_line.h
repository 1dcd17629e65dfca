#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

// The line syntax that vCard (RFC 6350) and iCalendar (RFC 5545) share.
namespace rk {

// Escapes a TEXT value: backslash, comma, semicolon and line breaks.
[[nodiscard]] std::string escapeText(std::string_view text);

// Appends one content line, folded so no physical line exceeds 75 octets
// (continuations start with a space) and never inside a UTF-8 sequence,
// ended by CRLF.
void appendContentLine(std::string& out, std::string_view line);

// A UUID-shaped string derived from `seed`: the same contact gets the same
// UID in every export, so calendars and address books update, not duplicate.
[[nodiscard]] std::string stableUuid(std::string_view seed);

// The UID our vCard export gives a contact ("urn:uuid:…", lower case), so a
// re-import can find the very contact a card came from.
[[nodiscard]] std::string contactVCardUid(std::int64_t id, std::int64_t createdAt);

// 20240114T120000Z
[[nodiscard]] std::string utcStamp(std::int64_t unixSeconds);
// 20240114T120000Z → Unix seconds; nothing for anything else (a local time,
// a date alone, a day that doesn't exist).
[[nodiscard]] std::optional<std::int64_t> readUtcStamp(std::string_view stamp);

} // namespace rk
