#include "app/theme/theme.h"

namespace rk::app {

namespace {
ImU32 rgb(unsigned hex, int alpha = 255) {
    return IM_COL32((hex >> 16) & 0xff, (hex >> 8) & 0xff, hex & 0xff, alpha);
}
ImVec4 vec(ImU32 c) { return ImGui::ColorConvertU32ToFloat4(c); }
} // namespace

ImU32 Theme::warmth(WarmthLevel level) const {
    switch (level) {
    case WarmthLevel::Warm: return accent;
    case WarmthLevel::Cooling: return warn;
    case WarmthLevel::Cold: return info;
    }
    return textMuted;
}

void Theme::apply(ThemeMode newMode, float newScale) {
    mode = newMode;
    scale = newScale;
    const bool dark = mode == ThemeMode::Dark;
    background = dark ? rgb(0x15171C) : rgb(0xF6F3EF);
    surface = dark ? rgb(0x20232A) : rgb(0xFFFFFF);
    surfaceRaised = dark ? rgb(0x2A2E37) : rgb(0xFBF8F5);
    border = dark ? rgb(0x343845) : rgb(0xE7E1DA);
    text = dark ? rgb(0xECEDEF) : rgb(0x1E1F24);
    textMuted = dark ? rgb(0x9A9FAB) : rgb(0x6E6A66);
    accent = rgb(0xE8663D);
    accentSoft = dark ? rgb(0xE8663D, 50) : rgb(0xE8663D, 36);
    onAccent = rgb(0xFFFFFF);
    good = dark ? rgb(0x4CC38A) : rgb(0x2E9E6A);
    warn = dark ? rgb(0xF2B544) : rgb(0xC98A12);
    danger = dark ? rgb(0xF06A6A) : rgb(0xD64545);
    info = dark ? rgb(0x6AA8F0) : rgb(0x3B7DD8);
    tabBar = dark ? rgb(0x1B1E24) : rgb(0xFFFFFF);

    ImGuiStyle style;
    dark ? ImGui::StyleColorsDark(&style) : ImGui::StyleColorsLight(&style);
    style.WindowRounding = 0.f;
    style.ChildRounding = 12.f;
    style.FrameRounding = 10.f;
    style.PopupRounding = 12.f;
    style.GrabRounding = 10.f;
    style.ScrollbarRounding = 10.f;
    style.TabRounding = 10.f;
    style.WindowBorderSize = 0.f;
    style.ChildBorderSize = 0.f;
    style.PopupBorderSize = 1.f;
    style.FrameBorderSize = 0.f;
    style.WindowPadding = ImVec2(16, 16);
    style.FramePadding = ImVec2(12, 8);
    style.ItemSpacing = ImVec2(10, 10);
    style.ItemInnerSpacing = ImVec2(8, 6);
    style.ScrollbarSize = 10.f;
    style.Colors[ImGuiCol_WindowBg] = vec(background);
    style.Colors[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
    style.Colors[ImGuiCol_PopupBg] = vec(surface);
    style.Colors[ImGuiCol_Text] = vec(text);
    style.Colors[ImGuiCol_TextDisabled] = vec(textMuted);
    style.Colors[ImGuiCol_Border] = vec(border);
    style.Colors[ImGuiCol_FrameBg] = vec(dark ? rgb(0x2A2E37) : rgb(0xEFEAE4));
    style.Colors[ImGuiCol_FrameBgHovered] = vec(dark ? rgb(0x323744) : rgb(0xE8E2DB));
    style.Colors[ImGuiCol_FrameBgActive] = vec(dark ? rgb(0x3A3F4D) : rgb(0xE2DBD3));
    style.Colors[ImGuiCol_Button] = vec(accent);
    style.Colors[ImGuiCol_ButtonHovered] = vec(rgb(0xF07A52));
    style.Colors[ImGuiCol_ButtonActive] = vec(rgb(0xD4552E));
    style.Colors[ImGuiCol_Header] = vec(accentSoft);
    style.Colors[ImGuiCol_HeaderHovered] = vec(accentSoft);
    style.Colors[ImGuiCol_HeaderActive] = vec(accentSoft);
    style.Colors[ImGuiCol_CheckMark] = vec(accent);
    style.Colors[ImGuiCol_SliderGrab] = vec(accent);
    style.Colors[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
    style.Colors[ImGuiCol_NavHighlight] = vec(accent);
    style.Colors[ImGuiCol_TextSelectedBg] = vec(rgb(0xE8663D, 90));
    style.Colors[ImGuiCol_ModalWindowDimBg] = ImVec4(0, 0, 0, dark ? 0.55f : 0.35f);
    style.ScaleAllSizes(scale);
    ImGui::GetStyle() = style;
}

ImU32 avatarColor(long long id) {
    static constexpr unsigned kPalette[] = {0xE8663D, 0x3B7DD8, 0x2E9E6A, 0x8E5BD8, 0xD64F8C,
                                            0x1F9BAA, 0xC98A12, 0x5B6BD8, 0xB8552E, 0x4F8C3A};
    const auto n = static_cast<unsigned long long>(id) * 2654435761ull;
    return rgb(kPalette[(n >> 8) % (sizeof kPalette / sizeof kPalette[0])]);
}

} // namespace rk::app
