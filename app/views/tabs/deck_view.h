#pragma once
#include "app/view_context.h"
#include "app/views/intro/intro_paths_view.h"
#include "core/read/deck_page.h"

#include <cstdint>
#include <string>
#include <vector>

namespace rk::app {

// The card deck: everyone you know, searchable as you type ("jose", or
// "who do I know" prefixes such as at:Stripe knows:kubernetes), filterable by
// chips, sortable; intro:Stripe shows who can introduce you instead
// (app/views/intro/intro_paths_view.h). Filterable by
// chips, sortable. The view keeps what the person typed and picked; the read
// models' DeckPage holds what was found. Virtualised: only the visible cards
// are built, and more results are asked for a page at a time as you scroll.
class DeckView {
public:
    void draw(ViewContext& ctx);
    // On a wide window a person's page sits beside the list (`open`, 0 for
    // none): moving the selection shows that person there, the open one is
    // the selected card, and Esc belongs to the page.
    void setBesidePage(bool beside, std::int64_t open) {
        m_beside = beside;
        m_besideOpen = open;
    }

    [[nodiscard]] const std::string& searchText() const { return m_text; }
    [[nodiscard]] std::int64_t selectedId() const { return m_selectedId; }
    [[nodiscard]] int selectedIndex() const { return m_selected; }
    [[nodiscard]] float scrollY() const { return m_scrollY; }
    [[nodiscard]] int firstVisible() const { return m_firstVisible; }
    [[nodiscard]] const SearchFilters& filters() const { return m_filters; }
    [[nodiscard]] const IntroPathsView& introPaths() const { return m_intro; }
    // Puts `text` in the search field (a contact page's "Who can introduce me?").
    void setSearchText(const std::string& text) { m_text = text; }
    // The screen rectangle of result `index` last frame (for tests), or a zero size.
    [[nodiscard]] std::pair<ImVec2, ImVec2> cardRect(int index) const;

private:
    struct Row {
        int first = 0;  // first hit on the row
        int end = 0;    // one past the last hit on the row
        int group = -1; // >= 0: a header row for this warmth group
    };

    void askForResults(ViewContext& ctx);
    void followResults(const DeckPage& page);
    void select(const DeckPage& page, int index);
    void drawHeader(ViewContext& ctx, const DeckPage& page);
    void drawSearchBar(ViewContext& ctx, const DeckPage& page);
    void drawFilterChips(ViewContext& ctx);
    void drawFilterPopup(ViewContext& ctx);
    void drawResults(ViewContext& ctx, const DeckPage& page);
    void drawRow(ViewContext& ctx, const DeckPage& page, const Row& row, float cardW, float cardH,
                 float gap);
    void layoutRows(const DeckPage& page, int columns);
    void scrollToSelection(float cardH, float gap, float headerH);
    void handleKeys(ViewContext& ctx, const DeckPage& page, int columns);
    void drawCard(ViewContext& ctx, const DeckPage& page, const SearchHit& hit, int index,
                  float width, float height);
    [[nodiscard]] SearchRequest wanted() const;

    // What the person asked for; pushed as SearchDeck when it changes.
    std::string m_text;
    SearchFilters m_filters;
    SearchSort m_sort = SearchSort::Relevance;
    SearchRequest m_asked; // the last request pushed (the read models start with the default one)

    std::uint64_t m_seenGeneration = 0; // the DeckPage these rows and this selection belong to
    std::vector<Row> m_rows;            // the results laid out in rows of `m_rowsColumns` cards
    int m_rowsColumns = 0;
    std::size_t m_rowsHitCount = SIZE_MAX;
    int m_selected = -1;
    std::int64_t m_selectedId = 0;
    bool m_focusSearch = false;
    bool m_searchActive = false; // the search field had the keyboard last frame
    bool m_scrollToSelected = false;
    float m_scrollY = 0.f;
    int m_firstVisible = 0;
    std::vector<std::pair<ImVec2, ImVec2>> m_visibleRects; // index -> rect, visible ones only
    int m_visibleFirstIndex = 0;
    IntroPathsView m_intro; // while the search reads intro:…
    bool m_beside = false;
    std::int64_t m_besideOpen = 0;
    std::string m_tagFilter, m_companyFilter, m_industryFilter; // edit buffers for the popup
};

} // namespace rk::app
