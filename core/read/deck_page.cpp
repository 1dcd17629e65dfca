#include "core/read/deck_page.h"

#include "core/repo/contact_repo.h"
#include "core/search/who_do_i_know.h"

namespace rk {

bool DeckPage::unfiltered() const {
    const SearchFilters& f = request.filters;
    return request.text.empty() && f.shelf == Shelf::Active && f.circles.empty() && f.tag.empty() &&
           f.company.empty() && f.industry.empty() && !f.overdue && !f.dormant && !f.awaitingReply;
}

bool DeckPage::totalIsLowerBound() const {
    return (hasMore && total <= static_cast<std::int64_t>(hits.size())) ||
           total >= DeckReader::kCountCap;
}

DeckReader::DeckReader(Database& db, const Clock& clock)
    : m_db(db), m_search(std::make_unique<ContactSearch>(db, clock)) {}

DeckReader::~DeckReader() = default;

SearchRequest DeckReader::pageRequest(int offset) const {
    SearchRequest r = m_page.request;
    r.offset = offset;
    r.limit = kPageSize;
    return r;
}

void DeckReader::search(const SearchRequest& request) {
    DeckPage page;
    page.request = request;
    page.generation = m_page.generation + 1;
    const SearchQuery query = parseSearchQuery(request.text);
    page.problems = query.problems;
    page.whoMode = query.usesPrefixes();
    m_page = std::move(page);
    if (m_page.whoMode) {
        // "Who do I know…": everyone who matches, grouped by how warm you are.
        WhoDoIKnowResult who = whoDoIKnow(*m_search, query, request.filters, kWhoLimit);
        for (auto& group : who.groups) {
            if (group.people.empty()) continue;
            m_page.groupStarts.push_back(static_cast<int>(m_page.hits.size()));
            m_page.groupLevels.push_back(group.level);
            for (auto& hit : group.people)
                m_page.hits.push_back(std::move(hit));
        }
        m_page.total = who.total;
        return;
    }
    SearchPage found = m_search->search(pageRequest(0));
    m_page.hits = std::move(found.hits);
    m_page.hasMore = found.hasMore;
    m_page.total = found.total ? *found.total : static_cast<std::int64_t>(m_page.hits.size());
    if (m_page.unfiltered())
        m_page.total = ContactRepo(m_db).count();
    else if (m_page.hasMore)
        m_page.total = m_search->count(query, request.filters, kCountCap);
}

void DeckReader::loadMore() {
    if (!m_page.hasMore) return;
    SearchPage found = m_search->search(pageRequest(static_cast<int>(m_page.hits.size())));
    for (auto& hit : found.hits)
        m_page.hits.push_back(std::move(hit));
    m_page.hasMore = found.hasMore && !found.hits.empty();
}

} // namespace rk
