#pragma once
#include "core/model/contact.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace rk {

// How two of the user's people know each other. Stored as numbers: append
// only. A directional kind reads from the link's `from` person to its `to`
// person; the others mean the same both ways.
enum class LinkKind {
    Knows = 0,
    WorksWith = 1,
    ManagerOf = 2,      // from is to's manager (to reports to from)
    Family = 3,         // partner or family
    IntroducedMeTo = 4, // from introduced me to `to`
    SchoolWith = 5,     // went to school with
};
inline constexpr int kLinkKindCount = 6;

struct ContactLink {
    std::int64_t id = 0;
    ContactId from = 0;
    ContactId to = 0;
    LinkKind kind = LinkKind::Knows;
    std::string note;
    std::int64_t createdAt = 0;
};

[[nodiscard]] bool isDirectional(LinkKind kind);

// What `from` is to `to`, as it reads after the first name: "knows",
// "works with", "is the manager of", "introduced you to". Read from the
// other end (`fromSide` false) a directional kind turns round: "reports to",
// "was introduced to you by".
[[nodiscard]] std::string_view linkPhrase(LinkKind kind, bool fromSide = true);

// The kind's name on the command line and in JSON: "knows", "works-with",
// "manager-of", "family", "introduced", "school".
[[nodiscard]] std::string_view linkKey(LinkKind kind);
// Reads a key (any case); "reports-to" is "manager-of" the other way round,
// which `reversed` reports.
[[nodiscard]] std::optional<LinkKind> linkKindFromKey(std::string_view key, bool* reversed = nullptr);

// How much an introduction along this kind of link is worth, 0…1: people
// who work together or are family will pass on a request; someone who
// merely "knows" them may not.
[[nodiscard]] double linkStrength(LinkKind kind);

} // namespace rk
