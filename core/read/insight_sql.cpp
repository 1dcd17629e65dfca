#include "core/read/insight_sql.h"

#include "core/search/contact_search.h"
#include "core/search/warmth.h"

#include <algorithm>

namespace rk {

namespace {
constexpr std::int64_t kDay = 86400;
constexpr const char* kActive = " AND c.deleted_at IS NULL AND c.archived_at IS NULL";
constexpr const char* kNotTrashed = " AND c.deleted_at IS NULL";

// People with an interaction in [from, to) matching `extra` (on `i`).
void withInteraction(SearchSql& sql, std::int64_t from, std::int64_t to, const std::string& extra) {
    sql += kNotTrashed;
    sql += " AND c.id IN (SELECT i.contact_id FROM interactions i WHERE i.at >= " +
           sql.param(from) + " AND i.at < " + sql.param(to) + extra + ")";
}

// Outbound messages in the 12 weeks matching `extra` (on `m`).
void withMessage(SearchSql& sql, const InsightClock& clock, const std::string& extra) {
    sql += kNotTrashed;
    sql += std::string(" AND c.id IN (SELECT m.contact_id FROM interactions m WHERE ") +
           kOutboundMessage + " AND m.at >= " + sql.param(clock.weeks.front().from) +
           " AND m.at < " + sql.param(clock.weeks.back().to) + extra + ")";
}

void deckFilter(SearchSql& sql, const InsightClock& clock, const SearchFilters& filters) {
    WarmthPolicy policy;
    policy.dormantAfterDays = clock.settings.dormantDays();
    appendFilters(sql, SearchQuery{}, filters, clock.now, policy);
}

// Warm as assessWarmth says: whole days since the last contact <= 90, and
// contact both ways within 180 days. contacts.last_contact_at is the latest
// interaction, kept by every command that writes one.
} // namespace

void appendWarm(SearchSql& sql, const InsightClock& clock) {
    sql += kActive;
    sql += " AND c.last_contact_at > " + sql.param(clock.warmLastAfter);
    const std::string since = sql.param(clock.twoWayFrom);
    sql += " AND EXISTS (SELECT 1 FROM interactions w WHERE w.contact_id = c.id AND w.at >= " +
           since + " AND (w.direction = 1 OR w.kind IN (1, 2, 3)))";
    sql += " AND EXISTS (SELECT 1 FROM interactions w WHERE w.contact_id = c.id AND w.at >= " +
           since + " AND (w.direction = 0 OR w.kind IN (1, 2, 3)))";
}

std::vector<InsightWeek> insightWeeks(const CivilDate& today, int weekStart) {
    const int back = ((today.weekday() - weekStart) % 7 + 7) % 7;
    const CivilDate thisWeek = today.addDays(-back);
    std::vector<InsightWeek> weeks(kInsightWeeks);
    for (int w = 0; w < kInsightWeeks; ++w) {
        InsightWeek& week = weeks[static_cast<size_t>(w)];
        week.start = thisWeek.addDays(7 * (w - (kInsightWeeks - 1)));
        week.from = localMidnight(week.start);
        week.to = localMidnight(week.start.addDays(7));
    }
    return weeks;
}

InsightClock::InsightClock(std::int64_t n, const UserSettings& s)
    : now(n), today(localDateOf(n)), settings(s), weeks(insightWeeks(today, s.weekStart())) {
    recentTo = localMidnight(today.addDays(1));
    recentFrom = localMidnight(today.addDays(-27));
    beforeFrom = localMidnight(today.addDays(-55));
    awaitingCutoff = localMidnight(today.addDays(1 - s.awaitingDays()));
    const WarmthPolicy policy;
    warmLastAfter = now - (policy.warmWithinDays + 1) * kDay;
    twoWayFrom = now - policy.twoWayWithinDays * kDay;
}

void appendFigureCondition(SearchSql& sql, const InsightFigure& f, const InsightClock& clock) {
    using K = InsightFigure::Kind;
    const int week = std::clamp(f.week, 0, kInsightWeeks - 1);
    const InsightWeek& w = clock.weeks[static_cast<size_t>(week)];
    switch (f.kind) {
    case K::Talked:
        withInteraction(sql, w.from, w.to,
                        f.interactionKind >= 0
                            ? " AND i.kind = " + std::to_string(f.interactionKind)
                            : std::string());
        return;
    case K::AskedHelp:
        withInteraction(sql, w.from, w.to, " AND i.asked_help = 1");
        return;
    case K::GaveHelp:
        withInteraction(sql, w.from, w.to, " AND i.gave_help = 1");
        return;
    case K::FollowedUp:
        if (f.week == 0)
            withInteraction(sql, clock.recentFrom, clock.recentTo, " AND i.direction = 0");
        else
            withInteraction(sql, clock.beforeFrom, clock.recentFrom, " AND i.direction = 0");
        return;
    case K::Snoozed:
        sql += kActive;
        sql += " AND c.snoozed_until > " + sql.param(clock.today.iso());
        return;
    case K::Skipped: {
        sql += kActive;
        const std::string today = sql.param(clock.today.iso());
        sql += " AND (c.skip_until > " + today + " OR c.rekindle_after > " + today + ")";
        return;
    }
    case K::Answered:
        withMessage(sql, clock, std::string(" AND ") + kReplyExists);
        return;
    case K::Unanswered:
        withMessage(sql, clock, std::string(" AND NOT ") + kReplyExists + " AND m.at < " +
                                    sql.param(clock.awaitingCutoff));
        return;
    case K::StillWaiting:
        withMessage(sql, clock, std::string(" AND NOT ") + kReplyExists + " AND m.at >= " +
                                    sql.param(clock.awaitingCutoff));
        return;
    case K::Circle:
        sql += kActive;
        sql += " AND c.circle = " + sql.param(std::int64_t{f.circle});
        return;
    case K::Industry:
        sql += kActive;
        sql += " AND c.industry = " + sql.param(f.name) + " COLLATE NOCASE";
        return;
    case K::Company:
        sql += kActive;
        sql += " AND c.company = " + sql.param(f.name) + " COLLATE NOCASE";
        return;
    case K::Overdue:
    case K::Dormant:
    case K::AwaitingReply: {
        SearchFilters filters;
        filters.overdue = f.kind == K::Overdue;
        filters.dormant = f.kind == K::Dormant;
        filters.awaitingReply = f.kind == K::AwaitingReply;
        deckFilter(sql, clock, filters);
        return;
    }
    case K::ReachCompanies:
        appendWarm(sql, clock);
        sql += " AND c.company <> ''";
        return;
    case K::ReachIndustries:
        appendWarm(sql, clock);
        sql += " AND c.industry <> ''";
        return;
    }
}

} // namespace rk
