#pragma once
#include "core/search/contact_search.h"

#include <array>
#include <string_view>
#include <vector>

namespace rk {

struct WhoGroup {
    WarmthLevel level = WarmthLevel::Warm;
    // Direct matches (current company, title, topics…) before the surprising
    // ones (a past role, a line in the notes), then warmest first.
    std::vector<SearchHit> people;
};

struct WhoDoIKnowResult {
    SearchQuery query;                              // problems to show, if any
    std::array<WhoGroup, kWarmthLevelCount> groups; // warm, cooling, cold (empty groups included)
    int total = 0;                                  // people listed across the groups
    bool truncated = false;                         // more matched than maxPeople
};

// "Who do I know at Stripe / in fintech / who knows kubernetes?": runs the
// query (free text and prefixes, see search_query.h) over active contacts and
// groups the people by how warm the relationship is. When more than
// maxPeople match, the first maxPeople in search order are kept (the best
// ranked when the match set is small enough to rank).
[[nodiscard]] WhoDoIKnowResult whoDoIKnow(ContactSearch& search, const SearchQuery& query,
                                          const SearchFilters& filters = {}, int maxPeople = 200);
[[nodiscard]] WhoDoIKnowResult whoDoIKnow(ContactSearch& search, std::string_view text,
                                          const SearchFilters& filters = {}, int maxPeople = 200);

} // namespace rk
