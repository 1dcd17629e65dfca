#include "core/model/contact_link.h"

#include <array>
#include <cctype>
#include <string>

namespace rk {

namespace {

struct KindText {
    std::string_view key, forward, backward;
    double strength;
};

constexpr std::array<KindText, kLinkKindCount> kKinds = {{
    {"knows", "knows", "knows", 0.6},
    {"works-with", "works with", "works with", 0.9},
    {"manager-of", "is the manager of", "reports to", 0.9},
    {"family", "is family of", "is family of", 1.0},
    {"introduced", "introduced you to", "was introduced to you by", 0.8},
    {"school", "went to school with", "went to school with", 0.7},
}};

const KindText& textOf(LinkKind kind) {
    const auto i = static_cast<std::size_t>(kind);
    return kKinds[i < kKinds.size() ? i : 0];
}

} // namespace

bool isDirectional(LinkKind kind) { return kind == LinkKind::ManagerOf || kind == LinkKind::IntroducedMeTo; }

std::string_view linkPhrase(LinkKind kind, bool fromSide) {
    return fromSide ? textOf(kind).forward : textOf(kind).backward;
}

std::string_view linkKey(LinkKind kind) { return textOf(kind).key; }

std::optional<LinkKind> linkKindFromKey(std::string_view key, bool* reversed) {
    std::string lower;
    for (char c : key) lower += c == '_' || c == ' ' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (reversed) *reversed = false;
    if (lower == "reports-to") {
        if (reversed) *reversed = true;
        return LinkKind::ManagerOf;
    }
    if (lower == "introduced-me-to" || lower == "introducer") return LinkKind::IntroducedMeTo;
    if (lower == "partner") return LinkKind::Family;
    if (lower == "went-to-school-with" || lower == "classmate") return LinkKind::SchoolWith;
    if (lower == "colleague") return LinkKind::WorksWith;
    for (std::size_t i = 0; i < kKinds.size(); ++i)
        if (kKinds[i].key == lower) return static_cast<LinkKind>(i);
    return std::nullopt;
}

double linkStrength(LinkKind kind) { return textOf(kind).strength; }

} // namespace rk
