#pragma once
#include "app/view_context.h"
#include "core/search/contact_search.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace rk::app {

// The card deck: everyone you know, searchable as you type ("jose", or
// "who do I know" prefixes such as at:Stripe knows:kubernetes), filterable by
// chips, sortable. Virtualised: only the visible cards are built, and more
// results are fetched a page at a time as you scroll.
class DeckView final : public View {
public:
    // Results fetched per page. Enough to fill a wide window twice over; more
    // load as you scroll. Each keystroke builds a page, so it is kept small:
    // 120 made a 10k deck's keystroke 2.2 ms, over the 2 ms budget.
    static constexpr int kPageSize = 48;

    [[nodiscard]] const std::vector<SearchHit>& hits() const { return m_hits; }
    [[nodiscard]] const std::string& searchText() const { return m_text; }
    [[nodiscard]] std::int64_t selectedId() const;
    [[nodiscard]] int selectedIndex() const { return m_selected; }
    [[nodiscard]] float scrollY() const { return m_scrollY; }
    [[nodiscard]] int firstVisible() const { return m_firstVisible; }
    [[nodiscard]] const SearchFilters& filters() const { return m_filters; }
    [[nodiscard]] bool whoMode() const { return m_whoMode; }
    [[nodiscard]] const std::vector<QueryProblem>& problems() const { return m_problems; }
    // The screen rectangle of result `index` last frame (for tests), or a zero size.
    [[nodiscard]] std::pair<ImVec2, ImVec2> cardRect(int index) const;

protected:
    void reload(ViewContext& ctx) override;
    void drawContent(ViewContext& ctx) override;

private:
    void runSearch(ViewContext& ctx);
    void fetchMore(ViewContext& ctx);
    void drawSearchBar(ViewContext& ctx);
    void drawFilterChips(ViewContext& ctx);
    void drawResults(ViewContext& ctx);
    void layoutRows(int columns);
    void handleKeys(ViewContext& ctx, int columns);
    void drawCard(ViewContext& ctx, const SearchHit& hit, int index, float width, float height);
    [[nodiscard]] SearchRequest request(int offset) const;

    std::unique_ptr<ContactSearch> m_search;
    Database* m_searchDb = nullptr;
    std::string m_text;
    std::string m_searchedText = "\x01";
    SearchFilters m_filters;
    SearchSort m_sort = SearchSort::Relevance;
    bool m_dirty = true;
    std::vector<SearchHit> m_hits;
    std::vector<int> m_groupStarts; // who mode: index where each warmth group starts
    struct Row {
        int first = 0;  // first hit on the row
        int end = 0;    // one past the last hit on the row
        int group = -1; // >= 0: a header row for this warmth group
    };
    std::vector<Row> m_rows; // the results laid out in rows of `m_rowsColumns` cards
    int m_rowsColumns = 0;
    std::size_t m_rowsHitCount = SIZE_MAX;
    std::vector<WarmthLevel> m_groupLevels;
    bool m_hasMore = false;
    bool m_whoMode = false;
    std::vector<QueryProblem> m_problems;
    std::int64_t m_total = 0;
    int m_selected = -1;
    bool m_focusSearch = false;
    bool m_scrollToSelected = false;
    float m_scrollY = 0.f;
    int m_firstVisible = 0;
    std::vector<std::pair<ImVec2, ImVec2>> m_visibleRects; // index -> rect, visible ones only
    int m_visibleFirstIndex = 0;
    std::string m_tagFilter, m_companyFilter, m_industryFilter; // edit buffers for the popup
};

} // namespace rk::app
