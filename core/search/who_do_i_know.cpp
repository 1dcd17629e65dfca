#include "core/search/who_do_i_know.h"

#include <algorithm>

namespace rk {

WhoDoIKnowResult whoDoIKnow(ContactSearch& search, const SearchQuery& query,
                            const SearchFilters& filters, int maxPeople) {
    WhoDoIKnowResult result;
    result.query = query;
    for (int i = 0; i < kWarmthLevelCount; ++i)
        result.groups[static_cast<size_t>(i)].level = static_cast<WarmthLevel>(i);
    if (query.empty()) return result; // "who do I know…" needs something to look for

    SearchPage page =
        search.search(query, filters, SearchSort::Relevance, 0, std::max(0, maxPeople));
    result.truncated = page.hasMore;
    for (auto& hit : page.hits) {
        result.groups[static_cast<size_t>(hit.warmth.level)].people.push_back(std::move(hit));
        ++result.total;
    }
    for (auto& group : result.groups)
        std::stable_sort(group.people.begin(), group.people.end(),
                         [](const SearchHit& a, const SearchHit& b) {
                             if (a.matchedIndirectly() != b.matchedIndirectly())
                                 return !a.matchedIndirectly();
                             return a.warmth.score > b.warmth.score;
                         });
    return result;
}

WhoDoIKnowResult whoDoIKnow(ContactSearch& search, std::string_view text,
                            const SearchFilters& filters, int maxPeople) {
    return whoDoIKnow(search, parseSearchQuery(text), filters, maxPeople);
}

} // namespace rk
