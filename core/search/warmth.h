#pragma once
#include "core/model/contact.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>

namespace rk {

class Database;
class Statement;

// The thresholds behind "warm", "cooling" and "cold". Defaults follow the
// product brief: two-way contact within six months, dormant after six months.
struct WarmthPolicy {
    int warmWithinDays = 90;    // last contact at most this long ago…
    int twoWayWithinDays = 180; // …and both of you reached out within this window
    int dormantAfterDays = 180; // no contact for longer than this: cold
};

enum class WarmthLevel { Warm = 0, Cooling = 1, Cold = 2 };
inline constexpr int kWarmthLevelCount = 3;

// When we last heard from them and when we last reached them. A call, coffee
// or meeting counts both ways: a conversation is two-way by nature, while an
// email or message that went out may never have been answered.
struct ContactActivity {
    std::optional<std::int64_t> lastAt{};         // any interaction
    std::optional<std::int64_t> lastInboundAt{};  // they reached out (or we talked)
    std::optional<std::int64_t> lastOutboundAt{}; // we reached out (or we talked)
};

struct Warmth {
    WarmthLevel level = WarmthLevel::Cold;
    int score = 0;       // 0…100: recency (up to 70) plus two-way contact (up to 30)
    bool twoWay = false; // inbound and outbound within twoWayWithinDays
    std::optional<int> daysSinceContact{}; // unset: never
};

[[nodiscard]] Warmth assessWarmth(const ContactActivity& activity, std::int64_t now,
                                  const WarmthPolicy& policy = {});

// True when there was both inbound and outbound contact within the window.
[[nodiscard]] bool hasRecentTwoWayContact(const ContactActivity& activity, std::int64_t now,
                                          const WarmthPolicy& policy = {});

[[nodiscard]] std::string_view warmthKey(WarmthLevel level);  // "warm"
[[nodiscard]] std::string_view warmthName(WarmthLevel level); // "Warm"

// The query behind loadActivities, for callers that batch and cache it: one
// row of (contact_id, last, last inbound, last outbound) for each id in the
// JSON array `ids` names (a parameter such as "?1").
[[nodiscard]] std::string activityQuery(std::string_view ids);
[[nodiscard]] ContactActivity activityFromRow(const Statement& row);

// Reads activity from the interactions table (indexed by contact).
[[nodiscard]] ContactActivity loadActivity(Database& db, ContactId id);
[[nodiscard]] std::unordered_map<ContactId, ContactActivity>
loadActivities(Database& db, std::span<const ContactId> ids);

[[nodiscard]] Warmth warmthOf(Database& db, ContactId id, std::int64_t now,
                              const WarmthPolicy& policy = {});

} // namespace rk
