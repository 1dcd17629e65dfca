#include "app/text/shaper.h"
#include "app/text/text_pipeline.h"
#include "app/text/utf8.h"
#include "platform/fontconfig_finder.h"

#include <catch2/catch.hpp>
#include <hb.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

using namespace rk;
using namespace rk::app;

namespace {

// The glyph HarfBuzz would use for `c` alone in `file` (no shaping).
unsigned nominal(const std::string& file, char32_t c) {
    hb_blob_t* blob = hb_blob_create_from_file(file.c_str());
    hb_face_t* face = hb_face_create(blob, 0);
    hb_font_t* font = hb_font_create(face);
    hb_codepoint_t glyph = 0;
    hb_font_get_nominal_glyph(font, c, &glyph);
    hb_font_destroy(font);
    hb_face_destroy(face);
    hb_blob_destroy(blob);
    return glyph;
}

std::vector<text::Shaper::Glyph> glyphsOf(const text::Shaper& shaper, std::string_view shown) {
    std::vector<text::Shaper::Glyph> out;
    for (char32_t c : text::decodeUtf8(shown)) {
        const text::Shaper::Glyph* g = shaper.glyphOf(c);
        REQUIRE(g != nullptr);
        out.push_back(*g);
    }
    return out;
}

} // namespace

TEST_CASE("Devanagari is shaped: a conjunct, the i-matra before its consonant, no halant",
          "[text][shaping]") {
    auto finder = platform::makeFontconfigFinder();
    const std::optional<platform::FontFace> face = finder->faceFor(U'प', false);
    REQUIRE(face);
    INFO("face: " << face->file);
    text::Shaper shaper(finder.get());
    const std::string logical = "प्रिया"; // प ् र ि य ा: six code points
    const std::string shown(shaper.get(logical));
    const auto glyphs = glyphsOf(shaper, shown);

    // प्र is one conjunct glyph: fewer glyphs than letters, no halant left alone.
    CHECK(glyphs.size() < text::decodeUtf8(logical).size());
    const unsigned halant = nominal(face->file, 0x094D);
    CHECK(std::none_of(glyphs.begin(), glyphs.end(),
                       [&](const auto& g) { return g.index == halant; }));
    CHECK(std::none_of(glyphs.begin(), glyphs.end(),
                       [&](const auto& g) { return g.index == nominal(face->file, U'प'); }));
    // The i-matra is stored after प्र and drawn before it.
    REQUIRE(glyphs.size() >= 2);
    CHECK(glyphs.front().index != nominal(face->file, U'प'));
    CHECK(glyphs.front().index != nominal(face->file, U'र'));
    CHECK(glyphs[1].index != nominal(face->file, U'य'));
    CHECK(glyphs.back().index == nominal(face->file, 0x093E)); // ा ends the name
    // Every glyph moves the pen, or is a mark placed by GPOS: none is lost.
    for (const auto& g : glyphs)
        CHECK(g.index != 0);
}

TEST_CASE("A shaped string is cached: shown again, it is not shaped again", "[text][shaping]") {
    auto finder = platform::makeFontconfigFinder();
    text::Shaper shaper(finder.get());
    const std::string first(shaper.get("प्रिया शर्मा"));
    const int runs = shaper.runsShaped();
    CHECK(runs == 2); // two words, two runs
    const size_t glyphs = shaper.glyphCount();
    CHECK(shaper.get("प्रिया शर्मा") == first);
    CHECK(shaper.runsShaped() == runs);
    CHECK(shaper.glyphCount() == glyphs);
    // The same glyphs in another string reuse their code points.
    (void)shaper.get("शर्मा");
    CHECK(shaper.glyphCount() == glyphs);
}

TEST_CASE("Latin, Arabic and CJK text does not go through the shaper", "[text][shaping]") {
    auto finder = platform::makeFontconfigFinder();
    text::Shaper shaper(finder.get());
    for (const std::string s : {"Ana García", "محمد الأحمد", "李伟", "Ωμέγα", "山田 太郎"}) {
        CHECK_FALSE(text::needsShaping(s));
        const std::string_view out = shaper.get(s);
        CHECK(out.data() == s.data()); // the very same bytes, not a copy
    }
    CHECK(shaper.runsShaped() == 0);
    CHECK(text::needsShaping("इन्फोसिस"));
}

TEST_CASE("Only the Indic run of a mixed string is shaped; the rest is kept", "[text][shaping]") {
    auto finder = platform::makeFontconfigFinder();
    text::Shaper shaper(finder.get());
    const std::u32string out = text::decodeUtf8(shaper.get("Meet प्रिया at 5"));
    const std::u32string prefix = U"Meet ", suffix = U" at 5";
    REQUIRE(out.size() > prefix.size() + suffix.size());
    CHECK(out.substr(0, prefix.size()) == prefix);
    CHECK(out.substr(out.size() - suffix.size()) == suffix);
    for (size_t i = prefix.size(); i < out.size() - suffix.size(); ++i)
        CHECK(text::isShapedGlyph(out[i]));
}

TEST_CASE("The pipeline draws shaped glyphs and bakes them; the stored text is untouched",
          "[text][shaping][fonts]") {
    auto finder = platform::makeFontconfigFinder();
    ImFontAtlas atlas;
    Fonts fonts = bakeFonts(atlas, 1.f);
    text::TextPipeline pipeline(atlas, fonts, 1.f, finder.get());
    const std::string logical = "प्रिया शर्मा";
    const std::string copy = logical;
    const std::string shown(pipeline.shown(logical).text);
    CHECK(logical == copy);
    CHECK(shown != logical);
    REQUIRE(pipeline.pending()); // the glyphs are not in the start-up atlas
    REQUIRE(pipeline.betweenFrames());
    CHECK_FALSE(pipeline.pending());
    for (ImFont* font : {fonts.body, fonts.bodyBold, fonts.small, fonts.title, fonts.display}) {
        float lowest = 0.f;
        for (char32_t c : text::decodeUtf8(shown)) {
            if (c == ' ') continue;
            const ImFontGlyph* g = font->FindGlyphNoFallback(static_cast<ImWchar>(c));
            REQUIRE(g != nullptr);
            lowest = std::max(lowest, g->Y1);
        }
        // The letters sit on Inter's baseline (a repha rides above it), not
        // at the top of the line.
        CHECK(lowest >= std::round(font->Ascent) - 1.f);
    }
    // No Devanagari letter was baked for this: the shaped glyphs draw it.
    CHECK(std::none_of(pipeline.fallback().baked().begin(), pipeline.fallback().baked().end(),
                       [](char32_t c) { return c >= 0x0900 && c <= 0x097F; }));
    // Another bake (a new Chinese name) keeps the shaped glyphs.
    (void)pipeline.shown("李伟");
    REQUIRE(pipeline.betweenFrames());
    for (char32_t c : text::decodeUtf8(shown))
        if (c != ' ') CHECK(fonts.body->FindGlyphNoFallback(static_cast<ImWchar>(c)) != nullptr);
}
