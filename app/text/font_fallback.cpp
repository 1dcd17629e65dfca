#include "app/text/font_fallback.h"

#include "app/text/scripts.h"
#include "app/text/shaper.h"

#include <algorithm>
#include <cstdio>
#include <memory>
#include <utility>

namespace rk::app::text {

FontFallback::FontFallback(platform::FontFinder* finder, Log log)
    : m_finder(finder), m_log(std::move(log)) {
    if (!m_log) m_log = [](const std::string& line) { std::fprintf(stderr, "%s\n", line.c_str()); };
}

void FontFallback::sayMissing(char32_t c) {
    m_unavailable.insert(c);
    if (m_scriptsSaid.insert(scriptHintFor(c).script).second) m_log(missingFontMessage(c));
}

Fonts FontFallback::rebake(ImFontAtlas& atlas, float scale, const std::vector<char32_t>& wanted,
                           ExtraGlyphs::Painter* painter) {
    std::vector<char32_t> all = m_baked;
    for (char32_t c : wanted) {
        if (isShapedGlyph(c))
            continue; // the painter's
        else if (c > 0xFFFF)
            sayMissing(c); // ImWchar is 16 bits in this ImGui
        else if (std::find(all.begin(), all.end(), c) == all.end())
            all.push_back(c);
    }

    ExtraGlyphs extra;
    extra.painter = painter;
    for (char32_t c : all)
        extra.codePoints.push_back(static_cast<ImWchar>(c));
    // One source per face and weight, in the order the faces were first
    // needed; the bytes stay mapped only while the atlas is built.
    std::vector<std::unique_ptr<platform::FontBytes>> open;
    if (m_finder) {
        for (bool bold : {false, true}) {
            std::vector<std::pair<platform::FontFace, std::vector<ImWchar>>> faces;
            for (char32_t c : all) {
                std::optional<platform::FontFace> face = m_finder->faceFor(c, bold);
                if (!face && bold) face = m_finder->faceFor(c, false);
                if (!face) continue;
                auto it = std::find_if(faces.begin(), faces.end(),
                                       [&](const auto& f) { return f.first == *face; });
                if (it == faces.end()) it = faces.insert(faces.end(), {*face, {}});
                it->second.push_back(static_cast<ImWchar>(c));
            }
            for (auto& [face, codePoints] : faces) {
                std::unique_ptr<platform::FontBytes> bytes = m_finder->open(face);
                if (!bytes) continue;
                extra.sources.push_back({bytes->bytes(), face.index, bold,
                                         emRatio(bytes->bytes(), face.index),
                                         std::move(codePoints)});
                open.push_back(std::move(bytes));
            }
        }
    }
    Fonts fonts = bakeFonts(atlas, scale, &extra);
    ++m_rebakes;

    // What still has no glyph has no installed font: say so, and do not ask again.
    std::vector<char32_t> kept;
    for (char32_t c : all) {
        if (fonts.body->FindGlyphNoFallback(static_cast<ImWchar>(c)) != nullptr)
            kept.push_back(c);
        else
            sayMissing(c);
    }
    m_baked = std::move(kept);
    return fonts;
}

} // namespace rk::app::text
