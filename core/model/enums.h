#pragma once
#include <array>
#include <optional>
#include <string_view>

namespace rk {

// How close someone is. Each circle has a default follow-up cadence.
enum class Circle { Inner = 0, Close = 1, Network = 2, Acquaintance = 3 };
inline constexpr int kCircleCount = 4;

enum class InteractionKind { Email = 0, Call, Coffee, Meeting, Message, Event, Other };
inline constexpr int kInteractionKindCount = 7;

// Out = I reached out; In = they did.
enum class Direction { Out = 0, In = 1 };

enum class MethodKind { Email = 0, Phone = 1, Url = 2 };

[[nodiscard]] std::string_view circleName(Circle c);         // "Inner circle"
[[nodiscard]] std::string_view circleKey(Circle c);          // "inner"
[[nodiscard]] std::optional<Circle> circleFromKey(std::string_view key);
[[nodiscard]] int defaultCadenceDays(Circle c);              // 14, 30, 90, 180

[[nodiscard]] std::string_view kindName(InteractionKind k);  // "Email"
[[nodiscard]] std::string_view kindKey(InteractionKind k);   // "email"
[[nodiscard]] std::optional<InteractionKind> kindFromKey(std::string_view key);

} // namespace rk
