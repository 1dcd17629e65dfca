#pragma once
#include "core/time/civil_date.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

// What a person may type into the contact form. Each check returns nothing when
// the text is fine, or one plain-English sentence to show under the field. An
// empty optional field is always fine; only the name is required.
namespace rk::validate {

using Problem = std::optional<std::string>;

[[nodiscard]] Problem name(std::string_view text);
// "ana@example.com": one @, something before it, a dotted domain after it, no spaces.
[[nodiscard]] Problem email(std::string_view text);
// Digits with the usual separators (+ ( ) - . space), 5 to 20 digits.
[[nodiscard]] Problem phone(std::string_view text);
// http:// or https:// followed by a host.
[[nodiscard]] Problem url(std::string_view text);
// "YYYY-MM-DD" (a real day, not in the future) or "--MM-DD" when the year is
// unknown (29 February allowed). `today` bounds the year.
[[nodiscard]] Problem birthday(std::string_view text, const CivilDate& today);

// The first problem among a comma list's items, prefixed with the item when
// there is more than one ("bob@: an email needs …").
template <class Check>
[[nodiscard]] Problem eachOf(const std::vector<std::string>& items, Check check) {
    for (const std::string& item : items)
        if (Problem p = check(item)) return items.size() > 1 ? "\"" + item + "\": " + *p : p;
    return std::nullopt;
}

// Splits "design, mentor,  Design" into trimmed, non-empty items, dropping
// repeats (case-insensitively, keeping the first spelling).
[[nodiscard]] std::vector<std::string> splitList(std::string_view text);
// The reverse, for filling the form: "design, mentor".
[[nodiscard]] std::string joinList(const std::vector<std::string>& items);

[[nodiscard]] std::string_view trim(std::string_view text);

} // namespace rk::validate
