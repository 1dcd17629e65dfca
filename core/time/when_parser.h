#pragma once
#include "core/time/date_phrase.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>

namespace rk {

// When an interaction happened, as people type it into the log's "When"
// field: any phrase parseDatePhrase reads, looking back ("friday" is the last
// one). A day without a time is that day at the time it is now, or at noon
// when that would be later than now; "3h" is three hours ago. Times in the
// future are refused: you log what already happened.
[[nodiscard]] std::variant<std::int64_t, WhenError> parseWhen(std::string_view text,
                                                              std::int64_t now);

// What the "When" field understood, to show under it: "Fri 4 Dec, 15:00 (yesterday)",
// "Just now", "Today, 12:30".
[[nodiscard]] std::string whenPreview(std::int64_t at, std::int64_t now);

} // namespace rk
