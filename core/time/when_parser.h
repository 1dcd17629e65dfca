#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <variant>

namespace rk {

struct WhenError {
    std::string message; // plain English, shown under the field
};

// Reads the "when" of an interaction as people type it:
//   "" or "now"                 -> now
//   "today"                     -> now
//   "yesterday"                 -> yesterday, same time of day
//   "2d", "2 days", "3h", "1w"  -> that long ago
//   "2024-03-05"                -> that day at noon (local)
//   "2024-03-05 14:30", "2024-03-05T14:30" -> that local time
// Times in the future are refused: you log what already happened.
[[nodiscard]] std::variant<std::int64_t, WhenError> parseWhen(std::string_view text, std::int64_t now);

} // namespace rk
