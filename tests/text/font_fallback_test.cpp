#include "app/text/font_fallback.h"
#include "app/text/glyph_demand.h"
#include "app/text/scripts.h"
#include "platform/fontconfig_finder.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace rk;
using namespace rk::app;

namespace {

// A computer with no font beyond the app's own.
class NoFonts final : public platform::FontFinder {
public:
    std::optional<platform::FontFace> faceFor(char32_t, bool) override { return std::nullopt; }
    std::unique_ptr<platform::FontBytes> open(const platform::FontFace&) override {
        return nullptr;
    }
};

bool has(const Fonts& f, char32_t c) {
    for (ImFont* font : {f.body, f.bodyBold, f.small, f.title, f.display})
        if (!font->FindGlyphNoFallback(static_cast<ImWchar>(c))) return false;
    return true;
}

} // namespace

TEST_CASE("The start-up atlas has Inter's scripts and the placeholder, nothing more",
          "[text][fonts]") {
    ImFontAtlas atlas;
    const Fonts fonts = bakeFonts(atlas, 1.f);
    CHECK(has(fonts, U'é'));
    CHECK(has(fonts, U'Ω'));
    CHECK(has(fonts, U'Ж'));
    CHECK(has(fonts, 0xFFFD));
    CHECK(fonts.body->FallbackChar == 0xFFFD); // what a missing character is drawn as
    CHECK_FALSE(has(fonts, U'李'));
    CHECK_FALSE(has(fonts, U'م'));
}

TEST_CASE("Characters Inter lacks are baked from the system's fonts, in every size",
          "[text][fonts]") {
    ImFontAtlas atlas;
    Fonts fonts = bakeFonts(atlas, 1.f);
    const int startHeight = atlas.TexHeight;
    auto finder = platform::makeFontconfigFinder();
    std::vector<std::string> log;
    text::FontFallback fallback(finder.get(),
                                [&](const std::string& line) { log.push_back(line); });

    // Chinese, Japanese, Korean, Arabic (a joined form), Hebrew, Devanagari,
    // and a Vietnamese letter Inter has but the start-up atlas leaves out.
    const std::vector<char32_t> wanted = {U'李', U'山', U'た', U'김', 0xFEE3, U'ש', U'क', U'ễ'};
    fonts = fallback.rebake(atlas, 1.f, wanted);
    for (char32_t c : wanted) {
        INFO("U+" << std::hex << static_cast<unsigned>(c));
        CHECK(has(fonts, c));
    }
    CHECK(log.empty());
    CHECK(atlas.TexHeight >= startHeight);
    // The start-up glyphs are all still there.
    CHECK(has(fonts, U'é'));

    // The next bake keeps what was baked before.
    fonts = fallback.rebake(atlas, 1.f, {U'伟'});
    CHECK(has(fonts, U'李'));
    CHECK(has(fonts, U'伟'));
    CHECK(fallback.rebakes() == 2);
}

TEST_CASE("A script no installed font has is said once, with the package that brings it",
          "[text][fonts]") {
    ImFontAtlas atlas;
    NoFonts none;
    std::vector<std::string> log;
    text::FontFallback fallback(&none, [&](const std::string& line) { log.push_back(line); });
    const Fonts fonts = fallback.rebake(atlas, 1.f, {U'李', U'伟', U'م'});
    CHECK_FALSE(has(fonts, U'李'));
    REQUIRE(log.size() == 2); // once for CJK, once for Arabic
    CHECK(log[0].find("Chinese, Japanese and Korean") != std::string::npos);
    CHECK(log[0].find("fonts-noto-cjk") != std::string::npos);
    CHECK(log[1].find("Arabic") != std::string::npos);
    CHECK(log[1].find("fonts-noto-core") != std::string::npos);
    CHECK(fallback.unavailable().count(U'李') == 1);
    // Not asked again, not said again.
    (void)fallback.rebake(atlas, 1.f, {U'李'});
    CHECK(log.size() == 2);
}

TEST_CASE("Glyph demand notes each missing character once", "[text][fonts]") {
    ImFontAtlas atlas;
    const Fonts fonts = bakeFonts(atlas, 1.f);
    text::GlyphDemand demand;
    demand.note("Ana García", *fonts.body);
    CHECK_FALSE(demand.pending());
    demand.note("李伟 and 李", *fonts.body);
    CHECK(demand.take() == std::vector<char32_t>{U'李', U'伟'});
    demand.note("李伟", *fonts.body);
    CHECK_FALSE(demand.pending());
}

TEST_CASE("Placeholders drawn are counted from the frame's vertices", "[text][fonts]") {
    ImFontAtlas atlas;
    (void)bakeFonts(atlas, 1.f);
    ImGui::CreateContext(&atlas);
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(400, 300);
    io.DeltaTime = 1.f / 60.f;
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    atlas.GetTexDataAsRGBA32(&pixels, &w, &h);
    auto frame = [&](const char* s) {
        ImGui::NewFrame();
        ImGui::Begin("t");
        ImGui::TextUnformatted(s);
        ImGui::End();
        ImGui::Render();
        return text::countPlaceholders(*ImGui::GetDrawData(), atlas);
    };
    CHECK(frame("Ana García Ω Ж") == 0);
    CHECK(frame("李伟 م") == 3);
    CHECK(frame("\xF0\x9F\x98\x80") == 1); // an emoji: past U+FFFF, always the placeholder
    ImGui::DestroyContext();
}

TEST_CASE("The missing-font message names the script and the package", "[text][fonts]") {
    CHECK(text::scriptHintFor(U'ก').script == std::string("Thai"));
    CHECK(text::scriptHintFor(U'한').package == std::string("fonts-noto-cjk"));
    CHECK(text::missingFontMessage(U'ש').find(
              "Hebrew (U+05E9); the Debian package fonts-noto-core") != std::string::npos);
}
