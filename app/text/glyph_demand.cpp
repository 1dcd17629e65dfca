#include "app/text/glyph_demand.h"

#include "app/text/utf8.h"

namespace rk::app::text {

void GlyphDemand::note(std::string_view drawn, const ImFont& font) {
    if (isAscii(drawn)) return; // the start-up atlas has all of ASCII
    for (size_t i = 0; i < drawn.size();)
        note(nextCodePoint(drawn, i), font);
}

void GlyphDemand::note(char32_t c, const ImFont& font) {
    if (c < 0x80 || c == '\n') return;
    // Beyond U+FFFF ImGui (16-bit ImWchar) draws U+FFFD whatever the atlas holds.
    if (c <= 0xFFFF && font.FindGlyphNoFallback(static_cast<ImWchar>(c)) != nullptr) return;
    if (m_asked.insert(c).second) m_pending.push_back(c);
}

std::vector<char32_t> GlyphDemand::take() {
    std::vector<char32_t> out;
    out.swap(m_pending);
    return out;
}

int countPlaceholders(const ImDrawData& data, const ImFontAtlas& atlas) {
    // A glyph is a quad whose first vertex carries the glyph's top-left UV;
    // each font has its own placeholder glyph, so its own UV.
    // and its third the bottom-right one.
    std::vector<const ImFontGlyph*> placeholders;
    for (const ImFont* font : atlas.Fonts)
        if (font->FallbackGlyph && font->FallbackChar == 0xFFFD)
            placeholders.push_back(font->FallbackGlyph);
    if (placeholders.empty()) return 0;
    int count = 0;
    for (int l = 0; l < data.CmdListsCount; ++l) {
        const ImVector<ImDrawVert>& v = data.CmdLists[l]->VtxBuffer;
        for (int i = 0; i + 2 < v.Size; ++i)
            for (const ImFontGlyph* g : placeholders)
                if (v[i].uv.x == g->U0 && v[i].uv.y == g->V0 && v[i + 2].uv.x == g->U1 &&
                    v[i + 2].uv.y == g->V1) {
                    ++count;
                    break;
                }
    }
    return count;
}

} // namespace rk::app::text
