#include "core/search/warmth.h"

#include "core/db/statement.h"
#include "core/model/enums.h"
#include "core/search/id_list.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace rk {

namespace {

constexpr std::int64_t kDay = 86400;

bool within(const std::optional<std::int64_t>& at, std::int64_t now, int days) {
    return at && *at >= now - static_cast<std::int64_t>(days) * kDay;
}

} // namespace

// Conversations count as contact in both directions (see ContactActivity).
std::string activityQuery(std::string_view ids) {
    const std::string talked = "kind IN (" +
                               std::to_string(static_cast<int>(InteractionKind::Call)) + "," +
                               std::to_string(static_cast<int>(InteractionKind::Coffee)) + "," +
                               std::to_string(static_cast<int>(InteractionKind::Meeting)) + ")";
    // Each latest is read backwards from the contact's newest interaction in
    // interactions_by_contact and stops at the first that counts, instead of
    // aggregating all of them: a page of 300 people with ten each read 3,000
    // rows for 900 answers.
    auto latest = [&](const std::string& which) {
        return "(SELECT at FROM interactions WHERE contact_id = ids.value" + which +
               " ORDER BY at DESC LIMIT 1)";
    };
    return "SELECT ids.value, " + latest("") + ", " + latest(" AND (direction = 1 OR " + talked + ")") +
           ", " + latest(" AND (direction = 0 OR " + talked + ")") + " FROM json_each(" + std::string(ids) +
           ") AS ids";
}

ContactActivity activityFromRow(const Statement& st) {
    return {st.optInt64(1), st.optInt64(2), st.optInt64(3)};
}

bool hasRecentTwoWayContact(const ContactActivity& a, std::int64_t now,
                            const WarmthPolicy& policy) {
    return within(a.lastInboundAt, now, policy.twoWayWithinDays) &&
           within(a.lastOutboundAt, now, policy.twoWayWithinDays);
}

Warmth assessWarmth(const ContactActivity& a, std::int64_t now, const WarmthPolicy& policy) {
    Warmth w;
    if (!a.lastAt) return w; // never talked: cold, score 0
    const std::int64_t days = std::max<std::int64_t>(0, (now - *a.lastAt) / kDay);
    w.daysSinceContact = static_cast<int>(std::min<std::int64_t>(days, 1'000'000));
    w.twoWay = hasRecentTwoWayContact(a, now, policy);

    // Recency fades linearly to nothing at twice the dormancy threshold, so
    // long-dormant people still sort by how long it has been.
    const double fade = std::max(1, 2 * policy.dormantAfterDays);
    const double recency = 70.0 * std::max(0.0, 1.0 - static_cast<double>(days) / fade);
    const bool oneWay = within(a.lastInboundAt, now, policy.twoWayWithinDays) ||
                        within(a.lastOutboundAt, now, policy.twoWayWithinDays);
    w.score = static_cast<int>(std::lround(recency)) + (w.twoWay ? 30 : oneWay ? 10 : 0);

    if (days <= policy.warmWithinDays && w.twoWay)
        w.level = WarmthLevel::Warm;
    else if (days <= policy.dormantAfterDays)
        w.level = WarmthLevel::Cooling;
    else
        w.level = WarmthLevel::Cold;
    return w;
}

std::string_view warmthKey(WarmthLevel level) {
    switch (level) {
    case WarmthLevel::Warm:
        return "warm";
    case WarmthLevel::Cooling:
        return "cooling";
    case WarmthLevel::Cold:
        return "cold";
    }
    return "cold";
}

std::string_view warmthName(WarmthLevel level) {
    switch (level) {
    case WarmthLevel::Warm:
        return "Warm";
    case WarmthLevel::Cooling:
        return "Cooling";
    case WarmthLevel::Cold:
        return "Cold";
    }
    return "Cold";
}

ContactActivity loadActivity(Database& db, ContactId id) {
    Statement st(db, activityQuery("?1"));
    st.bind(1, "[" + std::to_string(id) + "]");
    return st.step() ? activityFromRow(st) : ContactActivity{};
}

std::unordered_map<ContactId, ContactActivity> loadActivities(Database& db,
                                                              std::span<const ContactId> ids) {
    std::unordered_map<ContactId, ContactActivity> out;
    if (ids.empty()) return out;
    Statement st(db, activityQuery("?1"));
    st.bind(1, idListJson(ids));
    while (st.step())
        if (!st.isNull(1)) out.emplace(st.int64(0), activityFromRow(st)); // someone never contacted has no entry
    return out;
}

Warmth warmthOf(Database& db, ContactId id, std::int64_t now, const WarmthPolicy& policy) {
    return assessWarmth(loadActivity(db, id), now, policy);
}

} // namespace rk
