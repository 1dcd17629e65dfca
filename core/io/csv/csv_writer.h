#pragma once
#include "core/model/contact.h"

#include <string>
#include <vector>

namespace rk {

// One row per contact under a header that guessColumnMapping maps back
// without help: Name, Given Name, Family Name, Company, Title, Industry,
// Location, Email, Phone, Web, Birthday, Tags, Knows About, How We Met,
// Circle, Cadence Days, Notes. Several emails (phones, addresses) share a
// cell, separated by "; ". RFC 4180 quoting and CRLF; a UTF-8 BOM so Excel
// shows accents and scripts correctly.
[[nodiscard]] std::string writeCsv(const std::vector<Contact>& contacts);

// Quotes a field when it needs it (separator, quote, line break, edge spaces).
[[nodiscard]] std::string csvField(std::string_view text);

} // namespace rk
