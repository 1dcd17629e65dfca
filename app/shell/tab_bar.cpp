#include "app/shell/tab_bar.h"

#include "app/theme/icons.h"

#include <imgui.h>
#include <string>

namespace rk::app {

namespace {
struct TabInfo {
    const char* icon;
    const char* name;
};
constexpr std::array<TabInfo, kTabCount> kTabs = {{{RK_ICON_SUN, "Today"},
                                                   {RK_ICON_CLONE, "Deck"},
                                                   {RK_ICON_HISTORY, "Log"},
                                                   {RK_ICON_FLAG, "Goals"},
                                                   {RK_ICON_ELLIPSIS, "More"}}};
} // namespace

const char* tabName(Tab tab) { return kTabs[static_cast<size_t>(tab)].name; }

std::optional<Tab> drawTabBar(ImVec2 pos, ImVec2 size, Tab current, int dueCount,
                              const Theme& theme, const Fonts& fonts) {
    std::optional<Tab> picked;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(pos, ImVec2(pos.x + size.x, pos.y + size.y), theme.tabBar);
    draw->AddLine(pos, ImVec2(pos.x + size.x, pos.y), theme.border, theme.px(1));

    const float w = size.x / kTabCount;
    for (int i = 0; i < kTabCount; ++i) {
        const Tab tab = static_cast<Tab>(i);
        const ImVec2 cell(pos.x + w * static_cast<float>(i), pos.y);
        ImGui::SetCursorScreenPos(cell);
        ImGui::PushID(i);
        if (ImGui::InvisibleButton(kTabs[static_cast<size_t>(i)].name, ImVec2(w, size.y))) picked = tab;
        const bool hovered = ImGui::IsItemHovered();
        ImGui::PopID();

        const bool active = tab == current;
        const ImU32 ink = active ? theme.accent : (hovered ? theme.text : theme.textMuted);
        ImFont* iconFont = fonts.title;
        const char* icon = kTabs[static_cast<size_t>(i)].icon;
        const ImVec2 is = iconFont->CalcTextSizeA(iconFont->FontSize, FLT_MAX, 0.f, icon);
        const float cx = cell.x + w * 0.5f;
        const float iconY = cell.y + theme.px(10);
        draw->AddText(iconFont, iconFont->FontSize, ImVec2(cx - is.x * 0.5f, iconY), ink, icon);
        ImFont* labelFont = fonts.small;
        const char* name = kTabs[static_cast<size_t>(i)].name;
        const ImVec2 ls = labelFont->CalcTextSizeA(labelFont->FontSize, FLT_MAX, 0.f, name);
        draw->AddText(labelFont, labelFont->FontSize,
                      ImVec2(cx - ls.x * 0.5f, iconY + is.y + theme.px(3)), ink, name);

        if (tab == Tab::Today && dueCount > 0) {
            const std::string badge = dueCount > 99 ? "99+" : std::to_string(dueCount);
            const ImVec2 bs = labelFont->CalcTextSizeA(labelFont->FontSize * 0.9f, FLT_MAX, 0.f, badge.c_str());
            const float bh = theme.px(17);
            const float bw = std::max(bh, bs.x + theme.px(9));
            const ImVec2 bpos(cx + is.x * 0.35f, iconY - theme.px(5));
            draw->AddRectFilled(bpos, ImVec2(bpos.x + bw, bpos.y + bh), theme.accent, bh * 0.5f);
            draw->AddText(labelFont, labelFont->FontSize * 0.9f,
                          ImVec2(bpos.x + (bw - bs.x) * 0.5f, bpos.y + (bh - bs.y) * 0.5f),
                          theme.onAccent, badge.c_str());
        }
    }
    return picked;
}

} // namespace rk::app
