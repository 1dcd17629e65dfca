#pragma once
#include "app/theme/fonts.h"
#include "platform/font_finder.h"

#include <functional>
#include <set>
#include <string>
#include <vector>

namespace rk::app::text {

// Bakes characters Inter lacks from the fonts installed on the system. ImGui
// 1.86 has no growing atlas, so the whole atlas is built again (between two
// frames) with every character asked for so far; Inter's own glyphs come
// first, then faces the FontFinder picks, file by file, only for exactly
// the characters asked for. A character no installed font has is left to the
// placeholder, and the log says once per script which package brings it.
class FontFallback {
public:
    using Log = std::function<void(const std::string&)>;
    // `finder` may be null: then only Inter's own glyphs are added. The
    // default log writes to stderr.
    explicit FontFallback(platform::FontFinder* finder, Log log = {});

    // Builds `atlas` again at `scale` with what was baked before plus
    // `wanted`, and returns the new fonts (the old ImFont pointers are gone).
    // Shaped glyphs (app/text/shaper.h) are not characters: `painter` adds
    // them, and they are never looked for in the installed fonts.
    [[nodiscard]] Fonts rebake(ImFontAtlas& atlas, float scale,
                               const std::vector<char32_t>& wanted,
                               ExtraGlyphs::Painter* painter = nullptr);

    // Every extra character in the atlas, and those no installed font has.
    [[nodiscard]] const std::vector<char32_t>& baked() const { return m_baked; }
    [[nodiscard]] const std::set<char32_t>& unavailable() const { return m_unavailable; }
    // How many times the atlas was built again.
    [[nodiscard]] int rebakes() const { return m_rebakes; }

private:
    void sayMissing(char32_t codePoint);

    platform::FontFinder* m_finder;
    Log m_log;
    std::vector<char32_t> m_baked;
    std::set<char32_t> m_unavailable;
    std::set<std::string> m_scriptsSaid;
    int m_rebakes = 0;
};

} // namespace rk::app::text
