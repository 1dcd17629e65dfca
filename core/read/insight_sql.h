#pragma once
// Internal to the insights: the one condition on `contacts c` that picks the
// people behind each figure. The counts that are counts of people run the
// same condition, so a figure and its list cannot disagree.
#include "core/read/insights.h"
#include "core/search/search_sql.h"

#include <cstdint>

namespace rk {

// Everything "now" means to the insights, computed once.
struct InsightClock {
    std::int64_t now = 0;
    CivilDate today;
    UserSettings settings;
    std::vector<InsightWeek> weeks;
    std::int64_t recentFrom = 0; // the last 28 days, today included
    std::int64_t recentTo = 0;
    std::int64_t beforeFrom = 0; // the 28 before
    std::int64_t awaitingCutoff = 0; // sent before this has waited long enough (as Today)
    std::int64_t warmLastAfter = 0;  // last contact after this: at most 90 whole days ago
    std::int64_t twoWayFrom = 0;     // both ways since this

    InsightClock(std::int64_t now, const UserSettings& settings);
};

// A reply to the outbound message `m`: a later interaction from them, or a
// conversation (call, coffee, meeting), as core/search/warmth counts contact.
inline constexpr const char* kReplyExists =
    "EXISTS (SELECT 1 FROM interactions r WHERE r.contact_id = m.contact_id AND r.at > m.at AND "
    "(r.direction = 1 OR r.kind IN (1, 2, 3)))";
// An outbound email or message.
inline constexpr const char* kOutboundMessage = "m.direction = 0 AND m.kind IN (0, 4)";

// " AND …": warm as core/search/warmth says (WarmthLevel::Warm), in the deck.
void appendWarm(SearchSql& sql, const InsightClock& clock);

// " AND …" after "FROM contacts c WHERE 1".
void appendFigureCondition(SearchSql& sql, const InsightFigure& figure, const InsightClock& clock);

} // namespace rk
