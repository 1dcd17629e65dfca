#include "core/model/enums.h"

namespace rk {

namespace {
constexpr std::array<std::string_view, kCircleCount> kCircleKeys = {"inner", "close", "network",
                                                                    "acquaintance"};
constexpr std::array<std::string_view, kCircleCount> kCircleNames = {
    "Inner circle", "Close", "Network", "Acquaintance"};
constexpr std::array<int, kCircleCount> kCadence = {14, 30, 90, 180};

constexpr std::array<std::string_view, kInteractionKindCount> kKindKeys = {
    "email", "call", "coffee", "meeting", "message", "event", "other"};
constexpr std::array<std::string_view, kInteractionKindCount> kKindNames = {
    "Email", "Call", "Coffee", "Meeting", "Message", "Event", "Other"};
} // namespace

std::string_view circleName(Circle c) { return kCircleNames[static_cast<size_t>(c)]; }
std::string_view circleKey(Circle c) { return kCircleKeys[static_cast<size_t>(c)]; }
int defaultCadenceDays(Circle c) { return kCadence[static_cast<size_t>(c)]; }

std::optional<Circle> circleFromKey(std::string_view key) {
    for (size_t i = 0; i < kCircleKeys.size(); ++i)
        if (kCircleKeys[i] == key) return static_cast<Circle>(i);
    return std::nullopt;
}

std::string_view kindName(InteractionKind k) { return kKindNames[static_cast<size_t>(k)]; }
std::string_view kindKey(InteractionKind k) { return kKindKeys[static_cast<size_t>(k)]; }

std::optional<InteractionKind> kindFromKey(std::string_view key) {
    for (size_t i = 0; i < kKindKeys.size(); ++i)
        if (kKindKeys[i] == key) return static_cast<InteractionKind>(i);
    return std::nullopt;
}

} // namespace rk
