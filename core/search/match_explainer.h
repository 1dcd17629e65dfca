#pragma once
#include "core/model/contact.h"
#include "core/search/search_query.h"

#include <string>
#include <vector>

namespace rk {

class FtsTokenizer;

// Where a query term was found, most telling first (the enum's order).
enum class MatchField {
    Name,
    Company,
    Title,
    Industry,
    Tag,
    Knows,
    PastCompany,
    PastTitle,
    Location,
    HowMet,
    Method,
    Notes,
};

struct MatchReason {
    MatchField field = MatchField::Name;
    std::string text; // the matching item: "kubernetes", "Monzo", a notes excerpt
};

// "knows: kubernetes", "past role at Monzo", "notes: …ask about the marathon."
[[nodiscard]] std::string describeMatch(const MatchReason& reason);

// What a person can be found by, field by field (lists kept as lists so the
// explanation can name the one topic or past role that matched).
struct SearchDocument {
    std::string displayName, givenName, familyName;
    std::string company, title, industry, location, howMet, notes;
    std::vector<std::string> tags;
    std::vector<std::string> knows;
    std::vector<ContactMethod> methods;
    std::vector<PastRole> pastRoles;
};

// Says which fields a search hit matched. It re-checks the hit's fields with
// the index's own tokenizer, so "jose" is explained by "José" exactly as the
// index matched it. Costs microseconds per hit: run it on a page, never on a
// whole match set.
class MatchExplainer {
public:
    MatchExplainer(const FtsTokenizer& tokenizer, const SearchQuery& query);

    [[nodiscard]] std::vector<MatchReason> explain(const SearchDocument& doc) const;

private:
    struct Phrase {
        QueryField field;
        std::vector<std::string> words; // folded
        bool prefix;
    };
    [[nodiscard]] bool matches(const Phrase& phrase, std::string_view text, int* start = nullptr,
                               int* end = nullptr) const;

    const FtsTokenizer& m_tokenizer;
    std::vector<Phrase> m_phrases;
};

} // namespace rk
