#pragma once
#include <imgui.h>

#include <exception>
#include <span>
#include <thread>
#include <vector>

namespace rk::app {

// The app's fonts: Inter (from Debian's fonts-inter) with Fork Awesome icons
// merged in, rasterised at the OS content scale so text is crisp on HiDPI.
struct Fonts {
    ImFont* body = nullptr;     // 16 px
    ImFont* bodyBold = nullptr; // 16 px semibold
    ImFont* small = nullptr;    // 13 px
    ImFont* title = nullptr;    // 22 px semibold
    ImFont* display = nullptr;  // 30 px semibold (avatars, big numbers)
};

// Characters baked on demand beyond the start-up atlas (see
// app/text/text_pipeline.h): Inter first, then faces found on the system.
struct ExtraGlyphs {
    std::vector<ImWchar> codePoints; // Inter draws those it has
    struct Source {
        std::span<const unsigned char> bytes; // the font file, alive until the build returns
        int faceIndex = 0;                    // within a .ttc collection
        bool bold = false;                    // for the semibold sizes
        float emRatio = 1.f;                  // its (ascent - descent) / em, to match Inter's letter size
        std::vector<ImWchar> codePoints;      // what it gives
    };
    std::vector<Source> sources; // first match wins, after Inter
    // Glyphs that are not characters (shaped Indic clusters, see
    // app/text/shaper.h): given a custom rect in every font before the build,
    // drawn into the atlas after it.
    class Painter {
    public:
        virtual ~Painter() = default;
        virtual void addGlyphs(ImFontAtlas& atlas, ImFont* font, float size) = 0;
        virtual void paint(ImFontAtlas& atlas) = 0;
    };
    Painter* painter = nullptr;
};

// A face's (ascent - descent) / em from its hhea and head tables: what
// ImGui's pixel size measures, so faces with taller lines look smaller at
// the same size. 1 when the tables cannot be read.
[[nodiscard]] float emRatio(std::span<const unsigned char> file, int faceIndex);

// Adds the fonts to `atlas` and builds it. Needs no ImGui context. With
// `extra`, the same atlas plus those characters in every size.
Fonts bakeFonts(ImFontAtlas& atlas, float scale, const ExtraGlyphs* extra = nullptr);
// The same on the current ImGui context's atlas.
Fonts loadFonts(float scale);

// Bakes the fonts on a worker thread into an atlas of its own. Opening the
// window (an OpenGL context: ~90 ms with Mesa's software renderer) and
// baking the atlas (~60 ms) are independent, so they run side by side.
// No ImGui context may exist until wait() returns: ImGui's allocator counts
// allocations in the current context, which the worker must not touch.
class FontBake {
public:
    explicit FontBake(float scale); // the scale the window is expected to have
    ~FontBake();                    // waits for the worker
    FontBake(const FontBake&) = delete;
    FontBake& operator=(const FontBake&) = delete;

    // Waits for the bake (re-baking at `scale` if the window's differs) and
    // hands over the fonts; rethrows what the worker threw.
    Fonts wait(float scale);
    // The baked atlas, for ImGui::CreateContext. Lives as long as this object.
    [[nodiscard]] ImFontAtlas* atlas() { return &m_atlas; }

private:
    float m_scale;
    ImFontAtlas m_atlas;
    Fonts m_fonts;
    std::exception_ptr m_error;
    std::thread m_worker;
};

} // namespace rk::app
