#pragma once
#include "app/theme/fonts.h"
#include "platform/font_finder.h"

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <vector>

namespace rk::app::text {

// Indic scripts (Devanagari, Bengali, Tamil, …) need OpenType shaping: a
// virama joins consonants into conjuncts (प + ् + र → प्र), the i-matra is
// written before the consonant it follows in memory, a repha rides on top.
// ImGui 1.86 draws one glyph per code point, left to right, so HarfBuzz
// shapes such runs and each positioned glyph it returns is given a code
// point of its own from the Private Use Area. The atlas gets a custom glyph
// for it (drawn by glyph index with stb_truetype after the build), and the
// string ImGui draws carries those code points. Stored text never does: this
// is the drawing path only, after bidi, like the Arabic presentation forms.
//
// U+E000–U+EFFF: Fork Awesome's icons live at U+F000 and up in the same fonts.
constexpr char32_t kShapedFirst = 0xE000;
constexpr char32_t kShapedLast = 0xEFFF;
[[nodiscard]] constexpr bool isShapedGlyph(char32_t c) {
    return c >= kShapedFirst && c <= kShapedLast;
}

// True when `utf8` holds a letter of a script drawn through the shaper.
[[nodiscard]] bool needsShaping(std::string_view utf8);

// Shapes the runs of complex scripts in (visual) text, caches the result
// per string, and paints the glyphs it handed out into every atlas build.
class Shaper final : public ExtraGlyphs::Painter {
public:
    // `finder` gives the face for a run (the same one the fallback bakes for
    // its letters); null: nothing is shaped.
    explicit Shaper(platform::FontFinder* finder);
    ~Shaper() override;
    Shaper(const Shaper&) = delete;
    Shaper& operator=(const Shaper&) = delete;

    // `visual` with its complex runs replaced by shaped glyphs; text without
    // any is returned as it is. Valid until trim().
    [[nodiscard]] std::string_view get(std::string_view visual);
    // Between frames, never while a frame holds views into the cache.
    void trim();

    // How many runs HarfBuzz shaped (a cached string is not shaped again).
    [[nodiscard]] int runsShaped() const { return m_runsShaped; }
    [[nodiscard]] size_t glyphCount() const { return m_glyphs.size(); }

    // A handed-out glyph, for tests: its face's glyph index and position in
    // font units (HarfBuzz's, y up).
    struct Glyph {
        int face = 0;
        unsigned index = 0;
        int xAdvance = 0, xOffset = 0, yOffset = 0;
        friend auto operator<=>(const Glyph&, const Glyph&) = default;
    };
    [[nodiscard]] const Glyph* glyphOf(char32_t shaped) const;

    // ExtraGlyphs::Painter
    void addGlyphs(ImFontAtlas& atlas, ImFont* font, float size) override;
    void paint(ImFontAtlas& atlas) override;

private:
    struct Face;
    [[nodiscard]] int faceFor(char32_t first);
    // Appends the shaped run, or returns false (then it is drawn as stored).
    bool shapeRun(std::u32string_view run, std::string& out);

    platform::FontFinder* m_finder;
    std::vector<std::unique_ptr<Face>> m_faces;
    std::map<Glyph, char32_t> m_codes;
    std::vector<Glyph> m_glyphs; // [code - kShapedFirst]
    struct Rect {
        int rect;
        char32_t code;
        float scale;
    };
    std::vector<Rect> m_rects; // this build's custom rects, painted after it
    struct Hash {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    std::unordered_map<std::string, std::string, Hash, std::equal_to<>> m_cache;
    int m_runsShaped = 0;
};

} // namespace rk::app::text
