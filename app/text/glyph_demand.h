#pragma once
#include <imgui.h>

#include <string_view>
#include <unordered_set>
#include <vector>

namespace rk::app::text {

// The characters drawn that the atlas has no glyph for yet: the text
// helpers note what they are about to draw, and between frames the atlas is
// built again with them (app/text/font_fallback.h). Each character is asked
// for once: baked, or found in no installed font, it is not asked again.
class GlyphDemand {
public:
    // Notes each character of `drawn` (UTF-8, as drawn) that `font` lacks.
    void note(std::string_view drawn, const ImFont& font);
    void note(char32_t codePoint, const ImFont& font);
    [[nodiscard]] bool pending() const { return !m_pending.empty(); }
    // What was asked for since the last take, in the order it was first seen.
    [[nodiscard]] std::vector<char32_t> take();

private:
    std::unordered_set<char32_t> m_asked;
    std::vector<char32_t> m_pending;
};

// How many characters `data` draws with the atlas's placeholder glyph (the
// fonts' fallback, U+FFFD): characters no font had a glyph for. Counted from
// the vertices, so every way of drawing text is included.
[[nodiscard]] int countPlaceholders(const ImDrawData& data, const ImFontAtlas& atlas);

} // namespace rk::app::text
