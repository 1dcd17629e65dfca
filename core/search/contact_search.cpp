#include "core/search/contact_search.h"

#include "core/db/database.h"
#include "core/db/statement.h"
#include "core/search/fts_tokenizer.h"
#include "core/search/id_list.h"
#include "core/search/search_sql.h"
#include "core/time/clock.h"

#include <algorithm>
#include <limits>
#include <unordered_map>

namespace rk {

namespace {

constexpr std::string_view kFromMatch = " FROM contacts_fts CROSS JOIN contacts c ON c.id = "
                                        "contacts_fts.rowid WHERE contacts_fts MATCH ";
// bm25 weights in column order: name, company, title, industry, location,
// how_met, notes, tags, knows, methods, past_roles. A name outranks a job,
// which outranks what people merely mention.
constexpr std::string_view kOrderByRank =
    " ORDER BY bm25(contacts_fts, 10.0, 5.0, 4.0, 3.0, 1.0, 1.0, 1.0, 3.0, 3.0, 2.0, 2.0), "
    "c.display_name COLLATE NOCASE, c.id";
constexpr int kMaxPage = 1000;
constexpr size_t kMaxCachedStatements = 64;

// Cached statements are reset after use, so none keeps a read transaction open
// between keystrokes (that would pin an old snapshot and stall checkpoints).
struct ResetOnExit {
    Statement& st;
    ~ResetOnExit() { st.reset(); }
};

bool isDirect(MatchField f) {
    switch (f) {
    case MatchField::Name:
    case MatchField::Company:
    case MatchField::Title:
    case MatchField::Industry:
    case MatchField::Tag:
    case MatchField::Knows:
        return true;
    default:
        return false;
    }
}

} // namespace

std::string SearchHit::matchLabel() const {
    return matches.empty() ? std::string() : describeMatch(matches.front());
}

bool SearchHit::matchedIndirectly() const {
    return !matches.empty() && std::none_of(matches.begin(), matches.end(),
                                            [](const MatchReason& r) { return isDirect(r.field); });
}

ContactSearch::ContactSearch(Database& db, const Clock& clock, SearchOptions options)
    : m_db(db), m_clock(clock), m_options(options) {}

ContactSearch::~ContactSearch() = default;

Statement& ContactSearch::prepared(const SearchSql& sql) {
    auto it = m_statements.find(sql.text);
    if (it == m_statements.end()) {
        // Filter combinations are finite, but a cap keeps a long session honest.
        // Safe to clear: no caller holds a statement while preparing another.
        if (m_statements.size() >= kMaxCachedStatements) m_statements.clear();
        it = m_statements.emplace(sql.text, std::make_unique<Statement>(m_db, sql.text)).first;
    }
    Statement& st = *it->second;
    st.reset();
    sql.bindTo(st);
    return st;
}

SearchPage ContactSearch::search(const SearchRequest& request) {
    return search(parseSearchQuery(request.text), request.filters, request.sort, request.offset,
                  request.limit);
}

SearchPage ContactSearch::search(const SearchQuery& query, const SearchFilters& filters,
                                 SearchSort sort, int offset, int limit) {
    SearchPage page;
    page.query = query;
    offset = std::max(0, offset);
    limit = std::clamp(limit, 0, kMaxPage);
    if (limit == 0) return page;
    std::vector<ContactId> ids = pageIds(query, filters, sort, offset, limit, page);
    if (ids.size() > static_cast<size_t>(limit)) {
        page.hasMore = true;
        ids.resize(static_cast<size_t>(limit));
    } else if (!page.total && (!ids.empty() || offset == 0)) {
        page.total = offset + static_cast<std::int64_t>(ids.size());
    }
    page.hits = hydrate(ids, query);
    return page;
}

std::int64_t ContactSearch::probeMatches(const std::string& expression, int cap) {
    SearchSql sql;
    sql += "SELECT count(*) FROM (SELECT 1 FROM contacts_fts WHERE contacts_fts MATCH " +
           sql.param(expression) + " LIMIT " + sql.param(std::int64_t{cap} + 1) + ")";
    Statement& st = prepared(sql);
    ResetOnExit reset{st};
    return st.step() ? st.int64(0) : 0;
}

// Chooses how to find the page, following the cost of each plan:
// - no text: walk the sort order's index with the filters;
// - few index matches: rank them all with bm25 (about 1 µs a row);
// - many matches: stream them unranked, people whose name matches first;
// - sorted, few matches: sort them; many: walk the sort order keeping matches.
// The archive and the trash are small, so there the walk is always cheap.
std::vector<ContactId> ContactSearch::pageIds(const SearchQuery& query,
                                              const SearchFilters& filters, SearchSort sort,
                                              int offset, int limit, SearchPage& page) {
    const std::int64_t now = m_clock.now();
    const std::string expression = ftsExpression(query);
    const FilterHints hints{.tagIsSmall = filters.tag.empty() || tagIsSmall(filters.tag)};
    auto filtered = [&](SearchSql sql) {
        appendFilters(sql, query, filters, now, m_options.warmth, hints);
        return sql;
    };
    auto tiersOf = [&](const SearchSql& base, SearchSort order) {
        return sortedTiers(base, order, filters, now, m_options.warmth);
    };
    SearchSql browse;
    browse += "SELECT c.id FROM contacts c WHERE 1";
    browse = filtered(std::move(browse));
    if (expression.empty()) return runTiers(tiersOf(browse, sort), offset, limit);

    // CROSS JOIN keeps the index match as the outer loop: SQLite would
    // otherwise start from a selective filter's index and run the MATCH once
    // per row, which FTS5 answers by re-reading whole doclists (~0.5 ms a row).
    auto fromMatch = [&](std::string_view table, const std::string& match) {
        SearchSql sql;
        sql += "SELECT c.id FROM ";
        sql += table;
        sql += " CROSS JOIN contacts c ON c.id = ";
        sql += table;
        sql += ".rowid WHERE ";
        sql += table;
        sql += " MATCH " + sql.param(match);
        return filtered(std::move(sql));
    };

    if (sort == SearchSort::Relevance) {
        if (probeMatches(expression, m_options.rankLimit) <= m_options.rankLimit) {
            SearchSql sql = fromMatch("contacts_fts", expression);
            sql += kOrderByRank;
            std::vector<ContactId> all;
            Statement& st = prepared(sql);
            ResetOnExit reset{st};
            while (st.step())
                all.push_back(st.int64(0));
            page.ranked = true;
            page.total = static_cast<std::int64_t>(all.size());
            const auto from = std::min(all.size(), static_cast<size_t>(offset));
            const auto to = std::min(all.size(), from + static_cast<size_t>(limit) + 1);
            return {all.begin() + static_cast<std::ptrdiff_t>(from),
                    all.begin() + static_cast<std::ptrdiff_t>(to)};
        }
        if (filters.shelf != Shelf::Active)
            return *walkTiers(tiersOf(browse, SearchSort::Name), matchIds(expression), offset,
                              limit, std::numeric_limits<std::int64_t>::max());
        // Broad: people whose name has every free word come first, unranked.
        const std::string names = ftsNameExpression(query);
        if (names.empty()) {
            SearchSql all = fromMatch("contacts_fts", expression);
            return runTiers({{all, countOf(all)}}, offset, limit);
        }
        // With only free words the names index answers alone; with prefixes
        // too, their narrower doclists drive and the name is a column filter.
        const bool onlyFreeWords = query.freeTerms().size() == query.terms.size();
        SearchSql first =
            onlyFreeWords
                ? fromMatch("contacts_fts_names", names)
                : fromMatch("contacts_fts", "(" + expression + ") AND {name} : (" + names + ")");
        SearchSql rest =
            fromMatch("contacts_fts", "(" + expression + ") NOT {name} : (" + names + ")");
        return runTiers({{first, countOf(first)}, {rest, countOf(rest)}}, offset, limit);
    }

    // Sorted. The archive and the trash are small: walk them. Otherwise walk
    // the sort order while that pays (matches spread through it), and sort
    // the matches instead when they are few or bunched (a name sorted by name).
    const std::vector<ContactId> matches = matchIds(expression);
    const bool active = filters.shelf == Shelf::Active;
    const auto sortAll = [&] {
        return runTiers(tiersOf(fromMatch("contacts_fts", expression), sort), offset, limit);
    };
    if (active && matches.size() <= static_cast<size_t>(m_options.rankLimit)) return sortAll();
    const bool canSort = active && matches.size() <= static_cast<size_t>(m_options.sortLimit);
    if (auto ids =
            walkTiers(tiersOf(browse, sort), matches, offset, limit,
                      canSort ? m_options.walkBudget : std::numeric_limits<std::int64_t>::max()))
        return *ids;
    return sortAll();
}

// Pages through tiers shown one after another. A tier's size is only counted
// when the page starts beyond it, so the first pages never count anything.
std::vector<ContactId> ContactSearch::runTiers(const std::vector<TierSql>& tiers, int offset,
                                               int limit) {
    std::vector<ContactId> ids;
    std::int64_t skip = offset;
    std::int64_t want = std::int64_t{limit} + 1; // one more tells whether a next page exists
    for (size_t i = 0; i < tiers.size() && want > 0; ++i) {
        SearchSql sql = tiers[i].select;
        sql += " LIMIT " + sql.param(want) + " OFFSET " + sql.param(skip);
        std::int64_t got = 0;
        {
            Statement& st = prepared(sql);
            ResetOnExit reset{st};
            while (st.step()) {
                ids.push_back(st.int64(0));
                ++got;
            }
        }
        want -= got;
        if (skip == 0 || want == 0) continue;
        if (got > 0) {
            skip = 0;
            continue;
        }
        Statement& st = prepared(tiers[i].count);
        ResetOnExit reset{st};
        const std::int64_t size = st.step() ? st.int64(0) : 0;
        skip = std::max<std::int64_t>(0, skip - size);
    }
    return ids;
}

// A sorted page of a broad search: the index's matches are read once as a
// sorted id list (a fraction of a µs each), then the sort order's index is
// walked keeping the ids in it. Gives up (nullopt) after `budget` rows.
std::optional<std::vector<ContactId>> ContactSearch::walkTiers(const std::vector<TierSql>& tiers,
                                                               const std::vector<ContactId>& keep,
                                                               int offset, int limit,
                                                               std::int64_t budget) {
    std::vector<ContactId> ids;
    std::int64_t skip = offset;
    const size_t want = static_cast<size_t>(limit) + 1;
    for (const auto& tier : tiers) {
        Statement& st = prepared(tier.select);
        ResetOnExit reset{st};
        while (ids.size() < want && st.step()) {
            if (--budget < 0) return std::nullopt;
            const ContactId id = st.int64(0);
            if (!std::binary_search(keep.begin(), keep.end(), id)) continue;
            if (skip > 0)
                --skip;
            else
                ids.push_back(id);
        }
        if (ids.size() >= want) break;
    }
    return ids;
}

bool ContactSearch::tagIsSmall(const std::string& tag) {
    constexpr std::int64_t kSmall = 2000;
    SearchSql sql;
    sql += "SELECT count(*) FROM (SELECT 1 FROM contact_tags WHERE tag_id = (SELECT id FROM tags "
           "WHERE name = " +
           sql.param(tag) + ") LIMIT " + sql.param(kSmall + 1) + ")";
    Statement& st = prepared(sql);
    ResetOnExit reset{st};
    return !st.step() || st.int64(0) <= kSmall;
}

std::vector<ContactId> ContactSearch::matchIds(const std::string& expression) {
    SearchSql sql;
    // FTS5 returns rowids in ascending order, ready for binary search.
    sql += "SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH " + sql.param(expression);
    Statement& st = prepared(sql);
    ResetOnExit reset{st};
    std::vector<ContactId> ids;
    while (st.step())
        ids.push_back(st.int64(0));
    return ids;
}

std::int64_t ContactSearch::count(const SearchQuery& query, const SearchFilters& filters,
                                  std::int64_t atMost) {
    if (atMost <= 0) return 0;
    const std::int64_t now = m_clock.now();
    const std::string expression = ftsExpression(query);
    const FilterHints hints{.tagIsSmall = filters.tag.empty() || tagIsSmall(filters.tag)};
    SearchSql sql;
    if (expression.empty()) {
        sql += "SELECT 1 FROM contacts c WHERE 1";
    } else {
        sql += "SELECT 1";
        sql += kFromMatch;
        sql += sql.param(expression);
    }
    appendFilters(sql, query, filters, now, m_options.warmth, hints);
    if (atMost != kCountAll) sql += " LIMIT " + sql.param(atMost);
    sql.text = "SELECT count(*) FROM (" + sql.text + ")";
    Statement& st = prepared(sql);
    ResetOnExit reset{st};
    return st.step() ? st.int64(0) : 0;
}

} // namespace rk
