#include "core/read/goals_board.h"

#include "core/db/statement.h"
#include "core/followup/opener.h"
#include "core/repo/settings_repo.h"

#include <array>

namespace rk {

GoalsBoard loadGoalsBoard(Database& db, std::int64_t now, int weekStart, int dormantDays) {
    GoalsBoard board;
    board.goals = goalStatuses(db, now, weekStart, dormantDays);
    board.weekStart = weekStart;
    const CivilDate today = localDateOf(now);
    board.offerFreshStart =
        today.month == 1 && today.day <= 7 && SettingsRepo(db).get(kFreshStartKey).value_or("") != std::to_string(today.year);
    return board;
}

std::vector<FreshStartPerson> loadFreshStartPeople(Database& db, const CivilDate& today, int dormantDays,
                                                   int limit) {
    static constexpr std::array<const char*, 12> kMonths = {"January", "February", "March",     "April",
                                                            "May",     "June",     "July",      "August",
                                                            "September", "October", "November", "December"};
    const std::int64_t cutoff = localMidnight(today) - std::int64_t(dormantDays) * 86400;
    Statement st(db, "SELECT c.id, c.display_name, c.company, c.title, c.how_met, "
                     "coalesce(e.name, ''), coalesce(c.last_contact_at, c.created_at) FROM contacts c "
                     "LEFT JOIN events e ON e.id = c.met_event_id "
                     "WHERE c.deleted_at IS NULL AND c.archived_at IS NULL "
                     "AND coalesce(c.last_contact_at, c.created_at) < ?1 "
                     "AND NOT EXISTS (SELECT 1 FROM reminders r WHERE r.contact_id = c.id AND r.status = 0) "
                     "ORDER BY c.circle, coalesce(c.last_contact_at, c.created_at), c.id LIMIT ?2");
    st.bind(1, cutoff).bind(2, limit);
    std::vector<FreshStartPerson> out;
    while (st.step()) {
        FreshStartPerson p;
        p.id = st.int64(0);
        p.name = st.text(1);
        const std::string company = st.text(2), title = st.text(3);
        const OpenerContext who{company, title, st.text(4), st.text(5)};
        p.opener = suggestOpener(today, who);
        if (!title.empty() && !company.empty()) p.context = title + " at " + company;
        else p.context = title.empty() ? company : title;
        const CivilDate quiet = localDateOf(st.int64(6));
        if (!p.context.empty()) p.context += " · ";
        p.context += std::string("quiet since ") + kMonths[static_cast<size_t>(quiet.month - 1)] + " " +
                     std::to_string(quiet.year);
        out.push_back(std::move(p));
    }
    return out;
}

} // namespace rk
