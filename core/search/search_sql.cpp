#include "core/search/search_sql.h"

#include "core/db/statement.h"
#include "core/model/enums.h"
#include "core/time/civil_date.h"

#include <optional>

namespace rk {

namespace {

std::int64_t circleMask(const std::vector<Circle>& circles) {
    std::int64_t mask = 0;
    for (Circle c : circles)
        mask |= std::int64_t{1} << static_cast<int>(c);
    return mask;
}

} // namespace

std::string SearchSql::param(Value value) {
    params.push_back(std::move(value));
    return "?" + std::to_string(params.size());
}

void SearchSql::bindTo(Statement& st) const {
    for (size_t i = 0; i < params.size(); ++i) {
        const int index = static_cast<int>(i + 1);
        if (const auto* n = std::get_if<std::int64_t>(&params[i]))
            st.bind(index, *n);
        else
            st.bind(index, std::get<std::string>(params[i]));
    }
}

void appendFilters(SearchSql& sql, const SearchQuery& query, const SearchFilters& f,
                   std::int64_t now, const WarmthPolicy& policy, FilterHints hints) {
    switch (f.shelf) {
    case Shelf::Active:
        sql += " AND c.deleted_at IS NULL AND c.archived_at IS NULL";
        break;
    case Shelf::Archived:
        sql += " AND c.deleted_at IS NULL AND c.archived_at IS NOT NULL";
        break;
    case Shelf::Trash:
        sql += " AND c.deleted_at IS NOT NULL";
        break;
    }
    // Chips and circle: terms are separate conditions, so both must hold.
    for (const auto* circles : {&f.circles, &query.circles})
        if (!circles->empty())
            sql += " AND ((1 << c.circle) & " + sql.param(circleMask(*circles)) + ") <> 0";
    if (!f.tag.empty() && hints.tagIsSmall)
        sql += " AND c.id IN (SELECT ct.contact_id FROM contact_tags ct JOIN tags t ON t.id = "
               "ct.tag_id WHERE t.name = " +
               sql.param(f.tag) + ")";
    else if (!f.tag.empty())
        sql += " AND EXISTS (SELECT 1 FROM contact_tags ct WHERE ct.contact_id = c.id AND "
               "ct.tag_id = (SELECT id FROM tags WHERE name = " +
               sql.param(f.tag) + "))";
    if (!f.company.empty()) sql += " AND c.company = " + sql.param(f.company) + " COLLATE NOCASE";
    if (!f.industry.empty())
        sql += " AND c.industry = " + sql.param(f.industry) + " COLLATE NOCASE";
    if (f.overdue)
        sql += " AND c.next_due <> '' AND c.next_due < " + sql.param(localDateOf(now).iso());
    if (f.dormant) {
        // Someone added recently and never contacted is new, not dormant.
        sql += " AND coalesce(c.last_contact_at, c.created_at) < " +
               sql.param(dormantCutoff(now, policy));
    }
    if (f.awaitingReply)
        sql += " AND EXISTS (SELECT 1 FROM interactions a WHERE a.contact_id = c.id AND "
               "a.awaiting_reply = 1 AND a.direction = 0 AND NOT EXISTS (SELECT 1 FROM "
               "interactions b WHERE b.contact_id = c.id AND b.direction = 1 AND b.at > a.at))";
}

std::int64_t dormantCutoff(std::int64_t now, const WarmthPolicy& policy) {
    return now - static_cast<std::int64_t>(policy.dormantAfterDays) * 86400;
}

SearchSql countOf(const SearchSql& select) {
    SearchSql count = select;
    constexpr std::string_view kSelect = "SELECT c.id";
    if (count.text.starts_with(kSelect)) count.text.replace(0, kSelect.size(), "SELECT count(*)");
    return count;
}

std::vector<TierSql> sortedTiers(const SearchSql& base, SearchSort sort, const SearchFilters& f,
                                 std::int64_t now, const WarmthPolicy& policy) {
    // The archive and the trash are listed from their own small indexes and
    // sorted; "+" stops SQLite walking a whole-table index for the order.
    const std::string plus = f.shelf == Shelf::Active ? "" : "+";
    const std::string byName = " ORDER BY " + plus + "c.display_name COLLATE NOCASE, c.id";
    std::vector<TierSql> tiers;
    auto add = [&](std::string_view condition, const std::string& order,
                   std::optional<std::int64_t> lastBefore = std::nullopt) {
        SearchSql sql = base;
        sql += condition;
        if (lastBefore) sql += " AND c.last_contact_at < " + sql.param(*lastBefore);
        SearchSql count = countOf(sql);
        sql += order;
        tiers.push_back({std::move(sql), std::move(count)});
    };
    switch (sort) {
    case SearchSort::Relevance:
    case SearchSort::Name:
        add("", byName);
        break;
    case SearchSort::LastContact:
        // Dormant again as a range on last_contact_at, so the walk starts at
        // the cutoff instead of passing every recent contact first.
        add(" AND c.last_contact_at IS NOT NULL",
            " ORDER BY " + plus + "c.last_contact_at DESC, c.id DESC",
            f.dormant ? std::optional(dormantCutoff(now, policy)) : std::nullopt);
        add(" AND c.last_contact_at IS NULL", byName);
        break;
    case SearchSort::NextDue:
        // The follow-up queue's index order: due date, then circle, then name.
        add(" AND c.next_due <> ''",
            " ORDER BY " + plus + "c.next_due, c.circle, c.display_name COLLATE NOCASE, c.id");
        add(" AND c.next_due = ''", byName);
        break;
    }
    return tiers;
}

} // namespace rk
