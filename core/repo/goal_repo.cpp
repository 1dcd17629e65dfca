#include "core/repo/goal_repo.h"

#include "core/db/database.h"
#include "core/db/statement.h"
#include "core/time/civil_date.h"

namespace rk {

std::int64_t GoalRepo::add(Goal& g, std::int64_t now) {
    Statement st(m_db, "INSERT INTO goals(title, metric, target, period_days, created_at) "
                       "VALUES(?1, ?2, ?3, ?4, ?5)");
    st.bind(1, g.title).bind(2, static_cast<int>(g.metric)).bind(3, g.target);
    st.bind(4, g.periodDays).bind(5, now).run();
    g.id = m_db.lastInsertId();
    g.createdAt = now;
    return g.id;
}

void GoalRepo::archive(std::int64_t id, std::int64_t now) {
    Statement st(m_db, "UPDATE goals SET archived_at=?2 WHERE id=?1");
    st.bind(1, id).bind(2, now).run();
}

std::vector<Goal> GoalRepo::active() {
    Statement st(m_db, "SELECT id, title, metric, target, period_days, created_at FROM goals "
                       "WHERE archived_at IS NULL ORDER BY id");
    std::vector<Goal> out;
    while (st.step())
        out.push_back({st.int64(0), st.text(1), static_cast<GoalMetric>(st.int32(2)), st.int32(3),
                       st.int32(4), st.int64(5)});
    return out;
}

std::int64_t GoalRepo::periodStart(const Goal& goal, std::int64_t now, int firstDayOfWeek) {
    if (goal.periodDays != 7) return now - std::int64_t(goal.periodDays) * 86400;
    const CivilDate today = localDateOf(now);
    const int first = ((firstDayOfWeek % 7) + 7) % 7;
    const int back = (today.weekday() - first + 7) % 7;
    return localMidnight(today.addDays(-back));
}

std::vector<GoalProgress> GoalRepo::progress(std::int64_t now, int firstDayOfWeek, int dormantDays) {
    std::vector<GoalProgress> out;
    for (auto& goal : active()) {
        std::string sql;
        switch (goal.metric) {
        case GoalMetric::Interactions:
            sql = "SELECT count(DISTINCT contact_id) FROM interactions WHERE at >= ?1 AND at <= ?2 "
                  "AND direction = 0";
            break;
        case GoalMetric::NewContacts:
            sql = "SELECT count(*) FROM contacts WHERE created_at >= ?1 AND created_at <= ?2 "
                  "AND deleted_at IS NULL";
            break;
        case GoalMetric::Gives:
            sql = "SELECT count(DISTINCT contact_id) FROM interactions WHERE at >= ?1 AND at <= ?2 "
                  "AND gave_help = 1";
            break;
        case GoalMetric::Rekindles:
            // Reaching out to someone whose previous interaction was more than
            // `dormantDays` (the user's setting) before, and who had one.
            sql = "SELECT count(DISTINCT i.contact_id) FROM interactions i WHERE i.at >= ?1 AND "
                  "i.at <= ?2 "
                  "AND i.direction = 0 AND NOT EXISTS (SELECT 1 FROM interactions p WHERE "
                  "p.contact_id = i.contact_id AND p.at < i.at AND p.at >= i.at - ?3 * 86400) "
                  "AND EXISTS (SELECT 1 FROM interactions p WHERE p.contact_id = i.contact_id "
                  "AND p.at < i.at - ?3 * 86400)";
            break;
        }
        Statement st(m_db, sql);
        st.bind(1, periodStart(goal, now, firstDayOfWeek)).bind(2, now);
        if (goal.metric == GoalMetric::Rekindles) st.bind(3, dormantDays);
        const int done = st.step() ? st.int32(0) : 0;
        out.push_back({std::move(goal), done});
    }
    return out;
}

} // namespace rk
