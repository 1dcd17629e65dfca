#pragma once
#include "core/io/import/import_types.h"

#include <cstddef>
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

// readVCard's engine: a file of at least `minBytesToSplit` bytes is read by
// two threads, one per half, split where one card ends and the next begins.
// The result is the same as reading it in one go (tests call this with small
// files and a small threshold).
[[nodiscard]] ParseResult readVCardInHalves(std::string_view bytes, const std::string& fileName,
                                            const ReadLimits& limits, std::size_t minBytesToSplit);

} // namespace rk
