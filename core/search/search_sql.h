#pragma once
// Internal to core/search: the SQL pieces ContactSearch assembles. Only fixed
// fragments become SQL text; every value is a bound parameter.
#include "core/search/contact_search.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace rk {

class Statement;

struct SearchSql {
    using Value = std::variant<std::int64_t, std::string>;
    std::string text;
    std::vector<Value> params;

    // Records a bound value and returns its placeholder ("?3").
    std::string param(Value value);
    SearchSql& operator+=(std::string_view fragment) {
        text += fragment;
        return *this;
    }
    void bindTo(Statement& st) const;
};

// How to phrase filters whose best plan depends on the data.
struct FilterHints {
    // A tag with few people is read as a set first; a common one is checked
    // row by row while walking the display order.
    bool tagIsSmall = true;
};

// " AND …" conditions on `contacts c` for the filters and the query's circle: terms.
void appendFilters(SearchSql& sql, const SearchQuery& query, const SearchFilters& filters,
                   std::int64_t now, const WarmthPolicy& policy, FilterHints hints = {});

// One part of a result list, shown after the parts before it: the page query
// (without LIMIT) and the query that counts it (run only to page past it).
struct TierSql {
    SearchSql select;
    SearchSql count;
};

// Splits a sort into parts that an index can walk in order instead of sorting
// everything: LastContact is "contacted, latest first" then "never, by name";
// NextDue is "dated, soonest first" then "undated, by name". `base` is
// "SELECT c.id FROM … WHERE …" with the filters already appended.
[[nodiscard]] std::vector<TierSql> sortedTiers(const SearchSql& base, SearchSort sort,
                                               const SearchFilters& filters, std::int64_t now,
                                               const WarmthPolicy& policy);

// The same query counting rows: "SELECT c.id" becomes "SELECT count(*)".
[[nodiscard]] SearchSql countOf(const SearchSql& select);

[[nodiscard]] std::int64_t dormantCutoff(std::int64_t now, const WarmthPolicy& policy);

} // namespace rk
