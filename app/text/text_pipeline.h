#pragma once
#include "app/text/bidi.h"
#include "app/text/font_fallback.h"
#include "app/text/glyph_demand.h"
#include "app/text/shaper.h"
#include "app/theme/fonts.h"

#include <string_view>

namespace rk::app::text {

// How user text reaches the screen, one per ImGui context (like ImGui's own
// context, it is "current" so every widget can reach it without threading
// it through): shown() turns a stored string into the string to draw
// (right-to-left runs reordered and Arabic joined, Indic runs shaped into
// glyphs of their own, both cached) and notes the
// characters the atlas still lacks; between frames, betweenFrames() bakes
// them in. Whoever owns the atlas owns this: the window's session, or the
// headless UI harness.
class TextPipeline {
public:
    // `fonts` is updated in place when the atlas is built again, so every
    // `const Fonts&` the views hold sees the new faces.
    TextPipeline(ImFontAtlas& atlas, Fonts& fonts, float scale, platform::FontFinder* finder,
                 FontFallback::Log log = {});
    ~TextPipeline();
    TextPipeline(const TextPipeline&) = delete;
    TextPipeline& operator=(const TextPipeline&) = delete;

    [[nodiscard]] BidiCache::Shown shown(std::string_view logical,
                                         Direction direction = Direction::Auto);
    // Notes the characters of text drawn as it is (an input field's buffer).
    void noteGlyphs(std::string_view drawn);
    // Notes the characters typed this frame (ImGui's input queue).
    void noteTyped();

    // Between frames (after Render, before NewFrame): builds the atlas again
    // when characters are missing. True when it did: the renderer must
    // upload the new texture (the atlas's TexID is cleared).
    bool betweenFrames();
    // Characters wait to be baked: draw another frame.
    [[nodiscard]] bool pending() const { return m_demand.pending(); }
    [[nodiscard]] const FontFallback& fallback() const { return m_fallback; }
    [[nodiscard]] const BidiCache& bidi() const { return m_bidi; }
    [[nodiscard]] const Shaper& shaper() const { return m_shaper; }

private:
    ImFontAtlas& m_atlas;
    Fonts& m_fonts;
    float m_scale;
    BidiCache m_bidi;
    Shaper m_shaper; // after bidi: shapes the visual string's Indic runs
    GlyphDemand m_demand;
    FontFallback m_fallback;
};

// The current pipeline's answers; with none (a test drawing one widget), the
// text is drawn as stored.
[[nodiscard]] BidiCache::Shown shown(std::string_view logical,
                                     Direction direction = Direction::Auto);
void noteGlyphs(std::string_view drawn);
void noteTyped();
[[nodiscard]] TextPipeline* currentPipeline();

} // namespace rk::app::text
