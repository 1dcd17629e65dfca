#pragma once
#include "core/io/import_types.h"

#include <string>
#include <string_view>

namespace rk {

// Reads every card in a vCard file as real clients write them: 2.1 (Outlook:
// QUOTED-PRINTABLE, CHARSET=, bare parameters), 3.0 (Google, Apple: item1.EMAIL
// with item1.X-ABLabel, PHOTO;ENCODING=b, X-SOCIALPROFILE) and 4.0 (RFC 6350:
// data: URIs, KIND, BDAY without a year). Folded lines, CRLF/LF/CR, a UTF-8 or
// UTF-16 BOM, escapes and quoted parameter values are handled; properties
// Rekindle has no field for are kept in the notes. Cards without a name, group
// cards and unfinished cards are rejected with their line number.
[[nodiscard]] ParseResult readVCard(std::string_view bytes, const std::string& fileName,
                                    const ReadLimits& limits = {});

} // namespace rk
