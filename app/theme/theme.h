#pragma once
#include "core/search/warmth.h"

#include <imgui.h>

namespace rk::app {

enum class ThemeMode { Light, Dark };

// The palette and sizes every view draws with. One instance lives in the App;
// `scale` is the OS content scale (HiDPI), applied to every size below.
struct Theme {
    ThemeMode mode = ThemeMode::Light;
    float scale = 1.f;

    ImU32 background = 0;
    ImU32 surface = 0;       // cards, sheets
    ImU32 surfaceRaised = 0; // hovered card
    ImU32 border = 0;
    ImU32 text = 0;
    ImU32 textMuted = 0;
    ImU32 accent = 0;        // the brand ember orange
    ImU32 accentSoft = 0;
    ImU32 onAccent = 0;
    ImU32 good = 0;
    ImU32 warn = 0;
    ImU32 danger = 0;
    ImU32 info = 0;
    ImU32 tabBar = 0;

    [[nodiscard]] float px(float logical) const { return logical * scale; }
    // How warm a relationship is, as a colour: the ember accent, amber, a cool blue.
    [[nodiscard]] ImU32 warmth(WarmthLevel level) const;

    // Sets the colours for `mode` and applies them (and the scale) to ImGui's style.
    void apply(ThemeMode newMode, float newScale);
};

// A stable, pleasant colour for a person's avatar, picked from their id.
[[nodiscard]] ImU32 avatarColor(long long id);

} // namespace rk::app
