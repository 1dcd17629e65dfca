#include "app/theme/fonts.h"

#include "app/theme/icons.h"
#include "assets/fonts.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <iterator>
#include <stdexcept>
#include <vector>
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

std::uint32_t be32(std::span<const unsigned char> b, size_t at) {
    return at + 4 > b.size() ? 0
                             : (std::uint32_t{b[at]} << 24) | (std::uint32_t{b[at + 1]} << 16) |
                                   (std::uint32_t{b[at + 2]} << 8) | b[at + 3];
}
int be16(std::span<const unsigned char> b, size_t at) {
    return at + 2 > b.size() ? 0 : (b[at] << 8) | b[at + 1];
}

// A fallback face is sized so that its em matches Inter's (see emRatio).
float interEmRatio() {
    static const float ratio = emRatio(assets::interRegular(), 0);
    return ratio;
}

// Zero-terminated [first, last] pairs, one per code point.
std::vector<ImWchar> pairsOf(const std::vector<ImWchar>& codePoints, const ImWchar* prefix = nullptr) {
    std::vector<ImWchar> out;
    for (const ImWchar* p = prefix; p && *p; ++p)
        out.push_back(*p);
    for (ImWchar c : codePoints) {
        out.push_back(c);
        out.push_back(c);
    }
    out.push_back(0);
    return out;
}

const ImWchar kText[] = {0x0020, 0x024F, // Latin, Latin-1, Latin Extended
                         0x0370, 0x03FF, // Greek
                         0x0400, 0x04FF, // Cyrillic
                         0x2000, 0x206F, // punctuation (– — · …)
                         0x20A0, 0x20CF, // currency
                         0x2190, 0x21FF, // arrows
                         0};

// The rule for every face at `size`.
void sample(ImFontConfig& config, float size) {
    // Two horizontal samples keep body text crisp at any sub-pixel position;
    // headings are big enough without, and a third of the atlas (bake time,
    // upload, memory) was theirs.
    config.OversampleH = size >= 20.f ? 1 : 2;
    config.OversampleV = 1;
}

// Merges the system faces into `font`. They go into the atlas's list
// directly, not through AddFont, which would copy each file (20 MB for a CJK
// collection) into the heap: the build reads the mapped bytes in place.
void mergeFallbacks(ImFontAtlas& atlas, ImFont* font, float size, bool bold, const ExtraGlyphs& extra,
                    std::vector<std::vector<ImWchar>>& ranges) {
    for (const ExtraGlyphs::Source& source : extra.sources) {
        if (source.bold != bold || source.codePoints.empty()) continue;
        ImFontConfig config;
        config.FontData = const_cast<unsigned char*>(source.bytes.data()); // read only, never freed by ImGui
        config.FontDataSize = static_cast<int>(source.bytes.size());
        config.FontDataOwnedByAtlas = false;
        config.FontNo = source.faceIndex;
        config.SizePixels = size * source.emRatio / interEmRatio();
        config.MergeMode = true;
        config.DstFont = font;
        sample(config, size);
        ranges.push_back(pairsOf(source.codePoints));
        config.GlyphRanges = ranges.back().data();
        atlas.ConfigData.push_back(config);
    }
}

ImFont* addFont(ImFontAtlas& atlas, std::span<const unsigned char> data, float size, bool withIcons,
                const ImWchar* text = kText) {
    ImFontConfig config;
    config.FontDataOwnedByAtlas = false; // the bytes are embedded in the binary
    sample(config, size);
    ImFont* font = atlas.AddFontFromMemoryTTF(const_cast<unsigned char*>(data.data()),
                                                  static_cast<int>(data.size()), size, &config, text);
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

// Inter has no U+FFFD, and ImGui draws a character a font lacks with the
// font's U+FFFD glyph when there is one ('?' otherwise, which would pass for
// text). So each font gets a box there, drawn into the atlas after the
// build: the visible "no font has this" placeholder, counted by
// text::countPlaceholders.
int addPlaceholder(ImFontAtlas& atlas, ImFont* font, float size) {
    const int w = static_cast<int>(size * 0.5f + 0.5f);
    const int h = static_cast<int>(size * 0.6f + 0.5f);
    const float side = std::round(size * 0.08f);
    return atlas.AddCustomRectFontGlyph(font, 0xFFFD, w, h, static_cast<float>(w) + 2 * side,
                                        ImVec2(side, std::round(size * 0.2f)));
}

void drawPlaceholder(ImFontAtlas& atlas, int rect, float size) {
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    atlas.GetTexDataAsAlpha8(&pixels, &width, &height);
    const ImFontAtlasCustomRect* r = atlas.GetCustomRectByIndex(rect);
    if (!pixels || !r || !r->IsPacked()) return;
    const int line = std::max(1, static_cast<int>(size / 14.f));
    for (int y = 0; y < r->Height; ++y)
        for (int x = 0; x < r->Width; ++x) {
            const bool edge = x < line || y < line || x >= r->Width - line || y >= r->Height - line;
            pixels[(r->Y + y) * width + r->X + x] = edge ? 0xFF : 0x00;
        }
}

} // namespace

float emRatio(std::span<const unsigned char> file, int faceIndex) {
    size_t face = 0;
    if (be32(file, 0) == 0x74746366) // 'ttcf': a collection, one offset per face
        face = be32(file, 12 + 4 * static_cast<size_t>(faceIndex));
    const int tables = be16(file, face + 4);
    int unitsPerEm = 0, ascent = 0, descent = 0;
    for (int i = 0; i < tables; ++i) {
        const size_t record = face + 12 + 16 * static_cast<size_t>(i);
        const std::uint32_t tag = be32(file, record), at = be32(file, record + 8);
        if (tag == 0x68656164) unitsPerEm = be16(file, at + 18); // 'head'
        if (tag == 0x68686561) {                                 // 'hhea'
            ascent = static_cast<std::int16_t>(be16(file, at + 4));
            descent = static_cast<std::int16_t>(be16(file, at + 6));
        }
    }
    if (unitsPerEm <= 0 || ascent - descent <= 0) return 1.f;
    // Faces with very tall or very short lines would end up tiny or huge.
    return std::clamp(static_cast<float>(ascent - descent) / static_cast<float>(unitsPerEm), 0.9f, 2.f);
}

Fonts bakeFonts(ImFontAtlas& atlas, float scale, const ExtraGlyphs* extra) {
    atlas.Clear();
    // OpenGL 3.3 takes any texture height; rounding it up to a power of two
    // made the atlas 2048 rows where the glyphs fill 1849 (at scale 1), and
    // every row is uploaded and kept on the GPU.
    atlas.Flags |= ImFontAtlasFlags_NoPowerOfTwoHeight;
    // The glyph ranges must live until Build() returns.
    const std::vector<ImWchar> interText =
        extra ? pairsOf(extra->codePoints, kText) : std::vector<ImWchar>(std::begin(kText), std::end(kText));
    std::vector<std::vector<ImWchar>> ranges;
    auto add = [&](std::span<const unsigned char> data, float size, bool bold) {
        ImFont* font = addFont(atlas, data, size, true, interText.data());
        if (extra) mergeFallbacks(atlas, font, size, bold, *extra, ranges);
        return font;
    };
    Fonts f;
    std::vector<std::pair<int, float>> boxes; // a placeholder per font: its custom rect, its size
    auto addWithBox = [&](std::span<const unsigned char> data, float size, bool bold) {
        ImFont* font = add(data, size, bold);
        boxes.emplace_back(addPlaceholder(atlas, font, size), size);
        if (extra && extra->painter) extra->painter->addGlyphs(atlas, font, size);
        return font;
    };
    f.body = addWithBox(assets::interRegular(), 16.f * scale, false);
    f.bodyBold = addWithBox(assets::interSemiBold(), 16.f * scale, true);
    f.small = addWithBox(assets::interRegular(), 13.f * scale, false);
    f.title = addWithBox(assets::interSemiBold(), 22.f * scale, true);
    f.display = addWithBox(assets::interSemiBold(), 30.f * scale, true);
    if (!atlas.Build()) throw std::runtime_error("Rekindle could not prepare its fonts.");
    for (const auto& [rect, size] : boxes)
        drawPlaceholder(atlas, rect, size);
    if (extra && extra->painter) extra->painter->paint(atlas);
    // The mapped files may go once built: drop the atlas's pointers to them
    // (a later bake starts from Clear() and adds them again).
    for (ImFontConfig& config : atlas.ConfigData)
        if (!config.FontDataOwnedByAtlas) config.FontData = nullptr;
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
