#include "core/goals/goal_count.h"

#include <algorithm>

namespace rk {

namespace {

// ?1 and ?2: the period's first instant and the end (exclusive) of what has happened.
constexpr const char* kReachOut =
    "SELECT count(DISTINCT contact_id) FROM interactions WHERE at >= ?1 AND at < ?2 AND direction = 0";
constexpr const char* kLogged = "SELECT count(*) FROM interactions WHERE at >= ?1 AND at < ?2";
constexpr const char* kGave =
    "SELECT count(*) FROM interactions WHERE at >= ?1 AND at < ?2 AND gave_help = 1";
// People added in the period whom you actually met: at an event, through an
// introduction, or someone you have been in touch with. A bulk import of
// names (a LinkedIn export) is not meeting anyone.
constexpr const char* kMet =
    "SELECT count(*) FROM contacts c WHERE c.created_at >= ?1 AND c.created_at < ?2 "
    "AND c.deleted_at IS NULL AND (c.met_event_id IS NOT NULL "
    "OR EXISTS (SELECT 1 FROM interactions i WHERE i.contact_id = c.id) "
    "OR EXISTS (SELECT 1 FROM contact_links l WHERE l.to_id = c.id AND l.kind = 4))"; // 4: introduced me to
// ?3: the dormant threshold in days.
constexpr const char* kReconnect =
    "SELECT count(DISTINCT i.contact_id) FROM interactions i WHERE i.at >= ?1 AND i.at < ?2 "
    "AND i.direction = 0 AND NOT EXISTS (SELECT 1 FROM interactions p WHERE "
    "p.contact_id = i.contact_id AND p.at < i.at AND p.at >= i.at - ?3 * 86400) "
    "AND EXISTS (SELECT 1 FROM interactions p WHERE p.contact_id = i.contact_id "
    "AND p.at < i.at - ?3 * 86400)";
// ?1, ?2: the period's first and last days so far (YYYY-MM-DD).
constexpr const char* kCleared = "SELECT count(*) FROM cleared_days WHERE day >= ?1 AND day <= ?2";
// ?3: the days allowed; ?4: now. Emails (0) and messages (4) they sent me.
constexpr const char* kAnswered =
    "SELECT count(*), coalesce(sum(answered), 0) FROM (SELECT i.at AS at, EXISTS (SELECT 1 FROM "
    "interactions o WHERE o.contact_id = i.contact_id AND o.direction = 0 AND o.at > i.at AND "
    "o.at <= i.at + ?3 * 86400) AS answered FROM interactions i WHERE i.direction = 1 AND "
    "i.kind IN (0, 4) AND i.at >= ?1 AND i.at < ?2) WHERE answered OR at + ?3 * 86400 <= ?4";

} // namespace

PeriodCount GoalCounter::count(const Goal& goal, const GoalPeriod& period, std::int64_t now) {
    const std::int64_t from = period.startsAt();
    const std::int64_t upTo = std::min(period.endsAt(), now + 1);
    PeriodCount out;
    if (upTo <= from) return out;
    const char* sql = kReachOut;
    switch (goal.kind) {
    case GoalKind::ReachOut: sql = kReachOut; break;
    case GoalKind::LogInteractions: sql = kLogged; break;
    case GoalKind::GiveHelp: sql = kGave; break;
    case GoalKind::MeetNew: sql = kMet; break;
    case GoalKind::Reconnect: sql = kReconnect; break;
    case GoalKind::ClearToday: {
        Statement& st = m_cache.get(kCleared);
        const CivilDate today = localDateOf(now);
        st.bind(1, period.first.iso()).bind(2, std::min(period.last, today).iso());
        if (st.step()) out.done = st.int32(0);
        st.reset();
        return out;
    }
    case GoalKind::AnswerReplies: {
        Statement& st = m_cache.get(kAnswered);
        st.bind(1, from).bind(2, upTo).bind(3, goal.target).bind(4, now);
        if (st.step()) out = {st.int32(1), st.int32(0)};
        st.reset();
        return out;
    }
    }
    Statement& st = m_cache.get(sql);
    st.bind(1, from).bind(2, upTo);
    if (goal.kind == GoalKind::Reconnect) st.bind(3, m_dormantDays);
    if (st.step()) out.done = st.int32(0);
    st.reset();
    return out;
}

} // namespace rk
