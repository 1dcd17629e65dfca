#pragma once
#include "app/theme/theme.h"

#include <imgui.h>

namespace rk::app::widgets {

// A full-width rounded card around the widgets submitted between construction
// and destruction. The background is drawn behind them once their height is
// known, through the card's own draw-list splitter (so tables inside still work).
class Card {
public:
    // `border` 0: the theme's border; another colour marks the card as selected.
    Card(const Theme& theme, float padding, ImU32 border = 0);
    ~Card();
    Card(const Card&) = delete;
    Card& operator=(const Card&) = delete;
    // Width available for content inside the padding.
    [[nodiscard]] float innerWidth() const { return m_width - 2 * m_pad; }
    [[nodiscard]] ImVec2 min() const { return m_min; }
    // The right edge of the innermost card being drawn (screen x), or FLT_MAX
    // outside any: where wrapped user text (widgets::userTextWrapped) aligns
    // a right-to-left line, as the card's text wrap position does for others.
    [[nodiscard]] static float innerRight();

private:
    const Theme& m_theme;
    ImU32 m_border;
    ImDrawListSplitter m_splitter;
    ImDrawList* m_draw = nullptr;
    ImVec2 m_min;
    float m_width = 0.f;
    float m_pad = 0.f;
    float m_outerRight = 0.f; // the enclosing card's innerRight(), put back at the end
};

} // namespace rk::app::widgets
