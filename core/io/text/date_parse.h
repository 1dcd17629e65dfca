#pragma once
#include "core/time/civil_date.h"

#include <optional>
#include <string>
#include <string_view>

namespace rk {

// A birthday as the store keeps it: "YYYY-MM-DD", or "--MM-DD" when the year
// is unknown. Accepts what contact programs write: 1985-04-12, 19850412,
// --0412, --04-12, 1985-04-12T00:00:00Z, Apple's "1604-04-12" (its marker
// for "no year"), and the loose forms of parseLooseDate. nullopt when it is
// not a real date (31 February, month 13).
[[nodiscard]] std::optional<std::string> parseBirthday(std::string_view text);

// Human dates in exports: "14 Jan 2024", "Jan 14, 2024", "14 January 2024",
// "2024-01-14" and "2024/01/14". Slash dates with the day first or the month
// first are ambiguous and not accepted.
[[nodiscard]] std::optional<CivilDate> parseLooseDate(std::string_view text);

} // namespace rk
