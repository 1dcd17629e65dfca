#include "core/repo/goal_repo.h"

#include "core/db/database.h"
#include "core/db/statement.h"

namespace rk {

namespace {

constexpr const char* kColumns = "id, title, kind, target, per, created_at, paused_at";

const char* perKey(GoalPer per) { return per == GoalPer::Month ? "month" : "week"; }

Goal readGoal(Statement& st) {
    Goal g;
    g.id = st.int64(0);
    g.title = st.text(1);
    const int kind = st.int32(2);
    g.kind = kind >= 0 && kind < kGoalKindCount ? static_cast<GoalKind>(kind) : GoalKind::ReachOut;
    g.target = st.int32(3);
    g.per = st.text(4) == "month" ? GoalPer::Month : GoalPer::Week;
    g.createdAt = st.int64(5);
    if (!st.isNull(6)) g.pausedAt = st.int64(6);
    return g;
}

} // namespace

std::int64_t GoalRepo::add(Goal& g, std::int64_t now) {
    Statement st(m_db, "INSERT INTO goals(title, kind, target, per, created_at, paused_at) "
                       "VALUES(?1, ?2, ?3, ?4, ?5, ?6)");
    st.bind(1, g.title).bind(2, static_cast<int>(g.kind)).bind(3, g.target).bind(4, perKey(g.per));
    st.bind(5, now);
    if (g.pausedAt) st.bind(6, *g.pausedAt);
    st.run();
    g.id = m_db.lastInsertId();
    g.createdAt = now;
    return g.id;
}

void GoalRepo::update(const Goal& g) {
    Statement st(m_db, "UPDATE goals SET title = ?2, kind = ?3, target = ?4, per = ?5 WHERE id = ?1");
    st.bind(1, g.id).bind(2, g.title).bind(3, static_cast<int>(g.kind)).bind(4, g.target);
    st.bind(5, perKey(g.per)).run();
}

void GoalRepo::setPaused(std::int64_t id, std::optional<std::int64_t> pausedAt) {
    Statement st(m_db, "UPDATE goals SET paused_at = ?2 WHERE id = ?1");
    st.bind(1, id);
    if (pausedAt) st.bind(2, *pausedAt);
    st.run();
}

void GoalRepo::archive(std::int64_t id, std::int64_t now) {
    Statement st(m_db, "UPDATE goals SET archived_at = ?2 WHERE id = ?1");
    st.bind(1, id).bind(2, now).run();
}

std::optional<Goal> GoalRepo::get(std::int64_t id) {
    Statement st(m_db, std::string("SELECT ") + kColumns + " FROM goals WHERE id = ?1 AND archived_at IS NULL");
    st.bind(1, id);
    if (!st.step()) return std::nullopt;
    return readGoal(st);
}

std::vector<Goal> GoalRepo::active() {
    Statement st(m_db, std::string("SELECT ") + kColumns + " FROM goals WHERE archived_at IS NULL ORDER BY id");
    std::vector<Goal> out;
    while (st.step()) out.push_back(readGoal(st));
    return out;
}

} // namespace rk
