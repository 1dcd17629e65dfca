#pragma once
#include "core/model/enums.h"

#include <string>
#include <string_view>
#include <vector>

namespace rk {

// Which part of a person a query term looks at. `at:` and `role:` include past
// roles, `knows:` includes notes: "who do I know…?" is about surprising links.
enum class QueryField {
    Any,      // free text: every searchable field
    Company,  // at:      company, past companies
    Industry, // in:      industry
    Role,     // role:    title, past titles
    Knows,    // knows:   "knows about" topics, notes
    Tag,      // tag:     tags
};

// One thing the person must match. The words are what the full-text index
// will see: letters and digits only, so no FTS5 syntax can ride along.
struct QueryTerm {
    QueryField field = QueryField::Any;
    std::string value;              // as typed, quotes removed
    std::vector<std::string> words; // value split into index words, in order
    bool prefix = true;             // the last word may be the start of a word (still typing)
    int position = 0;               // byte offset of the term (its key, if any) in the query
};

// A problem with the query, as a value: where it is and what to do about it.
struct QueryProblem {
    int position = 0; // byte offset where the problem starts
    int length = 0;   // bytes it covers (at least 1 when the query is not empty)
    std::string message;
};

// A parsed search box or `rekindle find` query. Parsing never fails outright:
// the terms hold everything that could be understood, so search-as-you-type
// keeps showing results while `problems` explains the rest.
struct SearchQuery {
    std::vector<QueryTerm> terms;
    std::vector<Circle> circles; // from circle:, any of them
    std::vector<QueryProblem> problems;

    [[nodiscard]] bool ok() const { return problems.empty(); }
    [[nodiscard]] bool empty() const { return terms.empty() && circles.empty(); }
    // True when any term uses a prefix such as at: (the "who do I know" mode).
    [[nodiscard]] bool usesPrefixes() const;
    // The free-text words, for the "name matches first" tier.
    [[nodiscard]] std::vector<const QueryTerm*> freeTerms() const;
};

// Longer queries are cut here (with a problem) so a paste cannot build a huge
// index expression.
inline constexpr int kMaxQueryBytes = 1000;
inline constexpr int kMaxQueryTerms = 24;

[[nodiscard]] SearchQuery parseSearchQuery(std::string_view text);

// "at", "in", "role", "knows", "tag", or "" for free text.
[[nodiscard]] std::string_view queryFieldKey(QueryField field);

// The FTS5 MATCH expression for the query's terms, or "" when there are none.
// Every word is double-quoted, so the user's text can only ever be a phrase.
// Terms with the same key are alternatives (at:Stripe at:Monzo = either);
// different keys and free words must all match.
[[nodiscard]] std::string ftsExpression(const SearchQuery& query);

// The free words alone, all required, with no column filter: run against the
// names index (or under {name} :) to list people whose name matches first.
// "" when the query has no free words.
[[nodiscard]] std::string ftsNameExpression(const SearchQuery& query);

} // namespace rk
