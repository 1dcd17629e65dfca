#include "app/text/shaper.h"

#include "app/text/glyph_raster.h"
#include "app/text/utf8.h"
#include "assets/fonts.h"

#include <hb.h>

#include <cmath>

namespace rk::app::text {

namespace {

// Scripts whose letters change shape or order with their neighbours in ways
// ImGui's one-glyph-per-character drawing cannot show. Arabic is joined by
// FriBidi instead (app/text/bidi.h); Thai and Lao read well unshaped.
bool isComplex(char32_t c) {
    return (c >= 0x0900 && c <= 0x0DFF) || // Devanagari, Bengali, Gurmukhi, Gujarati, Odia,
                                           // Tamil, Telugu, Kannada, Malayalam, Sinhala
           (c >= 0x0F00 && c <= 0x0FFF) || // Tibetan
           (c >= 0x1000 && c <= 0x109F) || // Myanmar
           (c >= 0x1780 && c <= 0x17FF) || // Khmer
           (c >= 0x1CD0 && c <= 0x1CFF) || // Vedic extensions
           (c >= 0xA8E0 && c <= 0xA8FF);   // Devanagari extended
}

// ZWNJ and ZWJ choose between a conjunct, a half form and a visible virama:
// they belong to the run they sit in.
bool isJoiner(char32_t c) { return c == 0x200C || c == 0x200D; }

// A run is one script's letters: the face that has the first has the rest.
char32_t blockOf(char32_t c) { return c >> 7; }

float interEmRatio() {
    static const float ratio = emRatio(assets::interRegular(), 0);
    return ratio;
}

} // namespace

bool needsShaping(std::string_view utf8) {
    if (isAscii(utf8)) return false;
    for (size_t i = 0; i < utf8.size();)
        if (isComplex(nextCodePoint(utf8, i))) return true;
    return false;
}

// A face opened for shaping: its mapped file stays open while the app runs
// (address space, not memory; only faces of scripts actually shown).
struct Shaper::Face {
    platform::FontFace id;
    std::unique_ptr<platform::FontBytes> bytes;
    hb_blob_t* blob = nullptr;
    hb_face_t* face = nullptr;
    hb_font_t* font = nullptr;
    std::unique_ptr<GlyphRaster> raster;
    float emRatio = 1.f;

    ~Face() {
        hb_font_destroy(font);
        hb_face_destroy(face);
        hb_blob_destroy(blob);
    }
};

Shaper::Shaper(platform::FontFinder* finder) : m_finder(finder) {}
Shaper::~Shaper() = default;

int Shaper::faceFor(char32_t first) {
    if (!m_finder) return -1;
    const std::optional<platform::FontFace> id = m_finder->faceFor(first, false);
    if (!id) return -1;
    for (size_t i = 0; i < m_faces.size(); ++i)
        if (m_faces[i]->id == *id) return static_cast<int>(i);
    auto face = std::make_unique<Face>();
    face->id = *id;
    face->bytes = m_finder->open(*id);
    if (!face->bytes) return -1;
    const std::span<const unsigned char> b = face->bytes->bytes();
    face->raster = std::make_unique<GlyphRaster>(b, id->index);
    if (!face->raster->valid()) return -1;
    face->blob = hb_blob_create(reinterpret_cast<const char*>(b.data()),
                                static_cast<unsigned>(b.size()), HB_MEMORY_MODE_READONLY, nullptr,
                                nullptr);
    face->face = hb_face_create(face->blob, static_cast<unsigned>(id->index));
    face->font = hb_font_create(face->face); // scaled in font units: positions stay exact
    face->emRatio = emRatio(b, id->index);
    m_faces.push_back(std::move(face));
    return static_cast<int>(m_faces.size() - 1);
}

bool Shaper::shapeRun(std::u32string_view run, std::string& out) {
    const int f = faceFor(run.front());
    if (f < 0) return false;
    hb_buffer_t* buffer = hb_buffer_create();
    hb_buffer_add_utf32(buffer, reinterpret_cast<const uint32_t*>(run.data()),
                        static_cast<int>(run.size()), 0, static_cast<int>(run.size()));
    hb_buffer_guess_segment_properties(buffer); // script and direction from the letters
    hb_shape(m_faces[static_cast<size_t>(f)]->font, buffer, nullptr, 0);
    ++m_runsShaped;
    unsigned count = 0;
    const hb_glyph_info_t* info = hb_buffer_get_glyph_infos(buffer, &count);
    const hb_glyph_position_t* pos = hb_buffer_get_glyph_positions(buffer, &count);
    std::string shaped;
    bool ok = true;
    for (unsigned i = 0; i < count && ok; ++i) {
        // .notdef: the face lacks a letter; drawn unshaped, the fallback shows
        // the placeholder for it and says which package would help.
        if (info[i].codepoint == 0) {
            ok = false;
            break;
        }
        // A glyph with its offsets is one code point: a mark's place above or
        // below depends on its base (GPOS), so the same mark glyph at two
        // places is two atlas glyphs, each with a fixed offset.
        const Glyph g{f, info[i].codepoint, pos[i].x_advance, pos[i].x_offset, pos[i].y_offset};
        auto it = m_codes.find(g);
        if (it == m_codes.end()) {
            const char32_t code = kShapedFirst + static_cast<char32_t>(m_glyphs.size());
            if (code > kShapedLast) { // the range is full: draw the rest as stored
                ok = false;
                break;
            }
            it = m_codes.emplace(g, code).first;
            m_glyphs.push_back(g);
        }
        appendUtf8(shaped, it->second);
    }
    hb_buffer_destroy(buffer);
    if (ok) out += shaped;
    return ok;
}

std::string_view Shaper::get(std::string_view visual) {
    if (!m_finder || !needsShaping(visual)) return visual;
    if (auto it = m_cache.find(visual); it != m_cache.end()) return it->second;
    std::string out;
    out.reserve(visual.size());
    std::u32string run;
    auto flush = [&] {
        if (run.empty()) return;
        if (!shapeRun(run, out)) out += encodeUtf8(run);
        run.clear();
    };
    for (size_t i = 0; i < visual.size();) {
        const char32_t c = nextCodePoint(visual, i);
        const bool continues =
            !run.empty() && (isJoiner(c) || (isComplex(c) && blockOf(c) == blockOf(run.front())));
        if (continues) {
            run += c;
            continue;
        }
        flush();
        if (isComplex(c))
            run += c;
        else
            appendUtf8(out, c);
    }
    flush();
    return m_cache.emplace(std::string(visual), std::move(out)).first->second;
}

void Shaper::trim() {
    if (m_cache.size() > 2048) m_cache.clear();
}

const Shaper::Glyph* Shaper::glyphOf(char32_t shaped) const {
    if (!isShapedGlyph(shaped) || shaped - kShapedFirst >= m_glyphs.size()) return nullptr;
    return &m_glyphs[shaped - kShapedFirst];
}

void Shaper::addGlyphs(ImFontAtlas& atlas, ImFont* font, float size) {
    for (size_t i = 0; i < m_glyphs.size(); ++i) {
        const Glyph& g = m_glyphs[i];
        const Face& face = *m_faces[static_cast<size_t>(g.face)];
        // The size rule of the fallback faces merged into the same font
        // (app/theme/fonts.cpp): the face's em matches Inter's.
        const float scale = face.raster->scaleForPixelHeight(size * face.emRatio / interEmRatio());
        const GlyphRaster::Box box = face.raster->box(static_cast<int>(g.index), scale);
        // An empty glyph still needs a rect: a 1x1 one, left blank.
        const int w = std::max(1, box.x1 - box.x0), h = std::max(1, box.y1 - box.y0);
        // From the baseline (y down); the font's ascent is only known after
        // the build, so paint() moves the glyph down by it.
        const ImVec2 offset(static_cast<float>(box.x0) + static_cast<float>(g.xOffset) * scale,
                            static_cast<float>(box.y0) - static_cast<float>(g.yOffset) * scale);
        const char32_t code = kShapedFirst + static_cast<char32_t>(i);
        const int rect = atlas.AddCustomRectFontGlyph(font, static_cast<ImWchar>(code), w, h,
                                                      static_cast<float>(g.xAdvance) * scale, offset);
        m_rects.push_back({rect, code, scale});
    }
}

void Shaper::paint(ImFontAtlas& atlas) {
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    if (!m_rects.empty()) atlas.GetTexDataAsAlpha8(&pixels, &width, &height);
    for (const Rect& r : m_rects) {
        const ImFontAtlasCustomRect* cr = atlas.GetCustomRectByIndex(r.rect);
        if (!pixels || !cr || !cr->IsPacked() || !cr->Font) continue;
        const Glyph& g = m_glyphs[r.code - kShapedFirst];
        const Face& face = *m_faces[static_cast<size_t>(g.face)];
        const GlyphRaster::Box box = face.raster->box(static_cast<int>(g.index), r.scale);
        const bool ink = box.x1 > box.x0 && box.y1 > box.y0;
        if (ink)
            face.raster->draw(static_cast<int>(g.index), r.scale, pixels + cr->Y * width + cr->X,
                              cr->Width, cr->Height, width);
        auto* glyph = const_cast<ImFontGlyph*>(cr->Font->FindGlyphNoFallback(static_cast<ImWchar>(r.code)));
        if (!glyph) continue;
        const float ascent = std::round(cr->Font->Ascent); // as ImGui places its own glyphs
        glyph->Y0 += ascent;
        glyph->Y1 += ascent;
        if (!ink) glyph->Visible = 0;
    }
    m_rects.clear();
}

} // namespace rk::app::text
