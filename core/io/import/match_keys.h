#pragma once
#include "core/model/contact.h"

#include <string>
#include <string_view>

// How an import recognises someone it already knows. Each key is "" when the
// value is too thin to match on (a 4-digit extension, an empty name).
namespace rk {

// Trimmed, lower case; "mailto:" dropped.
[[nodiscard]] std::string emailKey(std::string_view email);
// The last 10 digits (so "+1 (555) 010-2030" and "555.010.2030" match, and
// "+44 20 7946 0958" matches "020 7946 0958"); "" under 7 digits.
[[nodiscard]] std::string phoneKey(std::string_view phone);
// Case-folded (Latin, Greek, Cyrillic), punctuation and spacing collapsed.
[[nodiscard]] std::string foldName(std::string_view text);
// foldName(display name) + company; "" without a name.
[[nodiscard]] std::string nameCompanyKey(std::string_view displayName, std::string_view company);
// Web addresses compare without scheme, "www." and a trailing slash.
[[nodiscard]] std::string urlKey(std::string_view url);
[[nodiscard]] std::string methodKey(const ContactMethod& method);

} // namespace rk
