#include "app/theme/fonts.h"

#include "app/theme/icons.h"
#include "assets/fonts.h"

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

ImFont* addFont(std::span<const unsigned char> data, float size, bool withIcons) {
    ImGuiIO& io = ImGui::GetIO();
    ImFontConfig config;
    config.FontDataOwnedByAtlas = false; // the bytes are embedded in the binary
    config.OversampleH = 2;
    config.OversampleV = 1;
    static const ImWchar kText[] = {0x0020, 0x024F, // Latin, Latin-1, Latin Extended
                                    0x0370, 0x03FF, // Greek
                                    0x0400, 0x04FF, // Cyrillic
                                    0x2000, 0x206F, // punctuation (– — · …)
                                    0x20A0, 0x20CF, // currency
                                    0x2190, 0x21FF, // arrows
                                    0};
    ImFont* font = io.Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(data.data()),
                                                  static_cast<int>(data.size()), size, &config, kText);
    if (withIcons) {
        ImFontConfig merge;
        merge.MergeMode = true;
        merge.FontDataOwnedByAtlas = false;
        merge.GlyphMinAdvanceX = size;
        merge.GlyphOffset = ImVec2(0, size * 0.05f);
        const auto icons = assets::iconFont();
        io.Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(icons.data()),
                                       static_cast<int>(icons.size()), size * 0.9f, &merge, usedIconRanges());
    }
    return font;
}

} // namespace

Fonts loadFonts(float scale) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    Fonts f;
    f.body = addFont(assets::interRegular(), 16.f * scale, true);
    f.bodyBold = addFont(assets::interSemiBold(), 16.f * scale, true);
    f.small = addFont(assets::interRegular(), 13.f * scale, true);
    f.title = addFont(assets::interSemiBold(), 22.f * scale, true);
    f.display = addFont(assets::interSemiBold(), 30.f * scale, true);
    io.Fonts->Build();
    return f;
}

} // namespace rk::app
