#include "app/theme/fonts.h"

#include "app/theme/icons.h"
#include "assets/fonts.h"

#include <stdexcept>
#include <utility>

namespace rk::app {

namespace {

// The code points of the icons the app uses. The atlas must be able to read
// the ranges until it is built, so they live as long as the program.
const ImWchar* usedIconRanges() {
    static ImVector<ImWchar> ranges = [] {
        ImFontGlyphRangesBuilder builder;
        for (const char* icon : kAllIcons) builder.AddText(icon);
        ImVector<ImWchar> out;
        builder.BuildRanges(&out);
        return out;
    }();
    return ranges.Data;
}

ImFont* addFont(ImFontAtlas& atlas, std::span<const unsigned char> data, float size, bool withIcons) {
    ImFontConfig config;
    config.FontDataOwnedByAtlas = false; // the bytes are embedded in the binary
    // Two horizontal samples keep body text crisp at any sub-pixel position;
    // headings are big enough without, and a third of the atlas (bake time,
    // upload, memory) was theirs.
    config.OversampleH = size >= 20.f ? 1 : 2;
    config.OversampleV = 1;
    static const ImWchar kText[] = {0x0020, 0x024F, // Latin, Latin-1, Latin Extended
                                    0x0370, 0x03FF, // Greek
                                    0x0400, 0x04FF, // Cyrillic
                                    0x2000, 0x206F, // punctuation (– — · …)
                                    0x20A0, 0x20CF, // currency
                                    0x2190, 0x21FF, // arrows
                                    0};
    ImFont* font = atlas.AddFontFromMemoryTTF(const_cast<unsigned char*>(data.data()),
                                                  static_cast<int>(data.size()), size, &config, kText);
    if (withIcons) {
        ImFontConfig merge;
        merge.MergeMode = true;
        merge.FontDataOwnedByAtlas = false;
        merge.GlyphMinAdvanceX = size;
        merge.GlyphOffset = ImVec2(0, size * 0.05f);
        const auto icons = assets::iconFont();
        atlas.AddFontFromMemoryTTF(const_cast<unsigned char*>(icons.data()),
                                       static_cast<int>(icons.size()), size * 0.9f, &merge, usedIconRanges());
    }
    return font;
}

} // namespace

Fonts bakeFonts(ImFontAtlas& atlas, float scale) {
    atlas.Clear();
    // OpenGL 3.3 takes any texture height; rounding it up to a power of two
    // made the atlas 2048 rows where the glyphs fill 1849 (at scale 1), and
    // every row is uploaded and kept on the GPU.
    atlas.Flags |= ImFontAtlasFlags_NoPowerOfTwoHeight;
    Fonts f;
    f.body = addFont(atlas, assets::interRegular(), 16.f * scale, true);
    f.bodyBold = addFont(atlas, assets::interSemiBold(), 16.f * scale, true);
    f.small = addFont(atlas, assets::interRegular(), 13.f * scale, true);
    f.title = addFont(atlas, assets::interSemiBold(), 22.f * scale, true);
    f.display = addFont(atlas, assets::interSemiBold(), 30.f * scale, true);
    if (!atlas.Build()) throw std::runtime_error("Rekindle could not prepare its fonts.");
    return f;
}

Fonts loadFonts(float scale) { return bakeFonts(*ImGui::GetIO().Fonts, scale); }

FontBake::FontBake(float scale) : m_scale(scale) {
    m_worker = std::thread([this] {
        try {
            m_fonts = bakeFonts(m_atlas, m_scale);
            // The OpenGL backend asks for RGBA on its first frame; convert here.
            unsigned char* pixels = nullptr;
            int width = 0, height = 0;
            m_atlas.GetTexDataAsRGBA32(&pixels, &width, &height);
        } catch (...) {
            m_error = std::current_exception();
        }
    });
}

FontBake::~FontBake() {
    if (m_worker.joinable()) m_worker.join();
}

Fonts FontBake::wait(float scale) {
    if (m_worker.joinable()) m_worker.join();
    if (m_error) std::rethrow_exception(std::exchange(m_error, nullptr));
    // The window opened on a monitor with another scale than the main one.
    if (scale != m_scale) {
        m_scale = scale;
        m_fonts = bakeFonts(m_atlas, m_scale);
    }
    return m_fonts;
}

} // namespace rk::app
