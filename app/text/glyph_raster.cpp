#include "app/text/glyph_raster.h"

// ImGui compiles its own copy of stb_truetype with static linkage; this one
// is ours, static too, so the two never clash.
#define STBTT_STATIC
#define STB_TRUETYPE_IMPLEMENTATION
#include <stb/stb_truetype.h>

namespace rk::app::text {

GlyphRaster::GlyphRaster(std::span<const unsigned char> file, int faceIndex)
    : m_info(std::make_unique<stbtt_fontinfo>()) {
    const int offset = stbtt_GetFontOffsetForIndex(file.data(), faceIndex);
    m_valid = offset >= 0 && stbtt_InitFont(m_info.get(), file.data(), offset) != 0;
}

GlyphRaster::~GlyphRaster() = default;

float GlyphRaster::scaleForPixelHeight(float px) const {
    return m_valid ? stbtt_ScaleForPixelHeight(m_info.get(), px) : 0.f;
}

GlyphRaster::Box GlyphRaster::box(int glyph, float scale) const {
    Box b;
    if (m_valid) stbtt_GetGlyphBitmapBox(m_info.get(), glyph, scale, scale, &b.x0, &b.y0, &b.x1, &b.y1);
    return b;
}

void GlyphRaster::draw(int glyph, float scale, unsigned char* out, int w, int h, int stride) const {
    if (m_valid) stbtt_MakeGlyphBitmap(m_info.get(), out, w, h, stride, scale, scale, glyph);
}

} // namespace rk::app::text
