#include "core/repo/goal_repo.h"

#include "core/db/database.h"
#include "core/db/statement.h"

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

std::vector<GoalProgress> GoalRepo::progress(std::int64_t now, int dormantDays) {
    std::vector<GoalProgress> out;
    for (auto& goal : active()) {
        const std::int64_t since = now - std::int64_t(goal.periodDays) * 86400;
        std::string sql;
        switch (goal.metric) {
        case GoalMetric::Interactions: sql = "SELECT count(*) FROM interactions WHERE at >= ?1"; break;
        case GoalMetric::NewContacts:
            sql = "SELECT count(*) FROM contacts WHERE created_at >= ?1 AND deleted_at IS NULL";
            break;
        case GoalMetric::Gives:
            sql = "SELECT count(*) FROM interactions WHERE at >= ?1 AND gave_help = 1";
            break;
        case GoalMetric::Rekindles:
            // An interaction whose previous one with the same person was longer ago
            // than the dormant threshold (the user's setting).
            sql = "SELECT count(*) FROM interactions i WHERE i.at >= ?1 AND NOT EXISTS ("
                  "SELECT 1 FROM interactions p WHERE p.contact_id = i.contact_id AND p.at < i.at "
                  "AND p.at >= i.at - ?2 * 86400)";
            break;
        }
        Statement st(m_db, sql);
        st.bind(1, since);
        if (goal.metric == GoalMetric::Rekindles) st.bind(2, dormantDays);
        int done = st.step() ? st.int32(0) : 0;
        out.push_back({std::move(goal), done});
    }
    return out;
}

} // namespace rk
