#pragma once
#include "core/io/import/import_types.h"

#include <string>
#include <string_view>

namespace rk {

// Reads LinkedIn's Connections.csv: note lines before the header, then
// "First Name,Last Name,URL,Email Address,Company,Position,Connected On"
// (columns found by name, so older exports without URL work too). The profile
// URL becomes a "LinkedIn" web address, Position the title, and "Connected On"
// ("14 Jan 2024") a first interaction of kind Other.
[[nodiscard]] ParseResult readLinkedIn(std::string_view bytes, const std::string& fileName,
                                       const ReadLimits& limits = {});

// True when the text has LinkedIn's header row (used to tell it from other CSV).
[[nodiscard]] bool looksLikeLinkedIn(std::string_view text);

} // namespace rk
