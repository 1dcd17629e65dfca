#pragma once
#include <imgui.h>

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

// Adds the fonts to the current ImGui context's atlas and builds it.
Fonts loadFonts(float scale);

} // namespace rk::app
