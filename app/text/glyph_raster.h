#pragma once
#include <memory>
#include <span>

struct stbtt_fontinfo;

namespace rk::app::text {

// One face's glyphs drawn by glyph index, which is what a shaper hands out
// (ImGui's own build only draws by code point). stb_truetype, the rasteriser
// ImGui uses, so shaped glyphs look like their unshaped neighbours.
class GlyphRaster {
public:
    // `file` must stay readable while this object lives.
    GlyphRaster(std::span<const unsigned char> file, int faceIndex);
    ~GlyphRaster();
    GlyphRaster(const GlyphRaster&) = delete;
    GlyphRaster& operator=(const GlyphRaster&) = delete;

    [[nodiscard]] bool valid() const { return m_valid; }
    // Pixels per font unit for ImGui's size rule (ascent - descent = px).
    [[nodiscard]] float scaleForPixelHeight(float px) const;

    // The glyph's ink box at `scale`, in pixels, y down from the baseline.
    struct Box {
        int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    };
    [[nodiscard]] Box box(int glyph, float scale) const;
    // Draws the glyph's coverage into `out` (w x h pixels, `stride` bytes a row).
    void draw(int glyph, float scale, unsigned char* out, int w, int h, int stride) const;

private:
    std::unique_ptr<stbtt_fontinfo> m_info;
    bool m_valid = false;
};

} // namespace rk::app::text
