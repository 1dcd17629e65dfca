#include "app/views/tabs/settings_view.h"

#include "app/input/keys.h"
#include "app/theme/icons.h"
#include "app/widgets/widgets.h"

#include <imgui.h>

#include <algorithm>
#include <string>

namespace rk::app {

namespace {
void sectionTitle(const char* text, const ViewContext& ctx) {
    ImGui::Dummy(ImVec2(0, ctx.theme.px(8)));
    ImGui::PushFont(ctx.fonts.bodyBold);
    widgets::text(text, ctx.theme.textMuted, false);
    ImGui::PopFont();
}

std::string stepperText(Setting s, int value) {
    const std::string v = describeValue(s, value);
    return static_cast<int>(s) < kCircleCount ? "Every " + v : v;
}
} // namespace

void SettingsView::step(ViewContext& ctx, Setting s, int direction) {
    const SettingSpec& spec = specOf(s);
    const int now = ctx.models.settings()[s];
    int next = now + direction * spec.step;
    if (s == Setting::WeekStart) next = (next + 7) % 7; // the days go round
    // A value off the step (set elsewhere) lands on the step first.
    if (spec.step > 1 && now % spec.step != 0)
        next = direction > 0 ? (now / spec.step + 1) * spec.step : (now / spec.step) * spec.step;
    next = std::clamp(next, spec.min, spec.max);
    if (next != now) ctx.push(intent::ChangeSetting{s, next});
}

void SettingsView::handleKeys(ViewContext& ctx) {
    if (!ctx.keyboardFree || ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)) return;
    if (keys::pressed(ImGuiKey_Escape)) {
        ctx.push(intent::ShowMoreScreen{MoreScreen::Main});
        return;
    }
    if (!keys::noMods()) return;
    const int before = m_selected;
    if (keys::pressed(ImGuiKey_DownArrow, true) || keys::pressed('J', true))
        m_selected = (m_selected + 1) % kSettingCount;
    if (keys::pressed(ImGuiKey_UpArrow, true) || keys::pressed('K', true))
        m_selected = (m_selected + kSettingCount - 1) % kSettingCount;
    if (m_selected != before) m_scrollToSelected = true;
    const Setting s = selected();
    if (keys::pressed(ImGuiKey_RightArrow, true) || keys::typed('+') || keys::typed('='))
        step(ctx, s, +1);
    if (keys::pressed(ImGuiKey_LeftArrow, true) || keys::typed('-')) step(ctx, s, -1);
}

void SettingsView::drawStepper(ViewContext& ctx, Setting s, const char* name, const char* help) {
    const Theme& t = ctx.theme;
    ImGui::PushID(static_cast<int>(s));
    const ImVec2 start = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    const float buttonW = ImGui::GetFrameHeight();
    const float valueW = t.px(118);
    const float stepperW = 2 * buttonW + valueW;
    const float textW = std::max(t.px(80), width - stepperW - t.px(24));

    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->ChannelsSplit(2);
    draw->ChannelsSetCurrent(1);
    ImGui::SetCursorScreenPos(ImVec2(start.x + t.px(8), start.y + t.px(6)));
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + textW);
    ImGui::TextUnformatted(name);
    if (help && *help) {
        ImGui::PushFont(ctx.fonts.small);
        widgets::text(help, t.textMuted);
        ImGui::PopFont();
    }
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    const float textBottom = ImGui::GetItemRectMax().y;

    const int value = ctx.models.settings()[s];
    const SettingSpec& spec = specOf(s);
    ImGui::SetCursorScreenPos(ImVec2(start.x + width - stepperW - t.px(8), start.y + t.px(6)));
    ImGui::BeginDisabled(s != Setting::WeekStart && value <= spec.min);
    if (ImGui::Button("-", ImVec2(buttonW, 0))) step(ctx, s, -1);
    ImGui::EndDisabled();
    ImGui::SameLine(0, 0);
    const std::string shown = stepperText(s, value);
    const float textX =
        ImGui::GetCursorPosX() + (valueW - ImGui::CalcTextSize(shown.c_str()).x) * 0.5f;
    ImGui::SetCursorPosX(textX);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(shown.c_str());
    ImGui::SameLine(0, 0);
    ImGui::SetCursorScreenPos(ImVec2(start.x + width - buttonW - t.px(8), start.y + t.px(6)));
    ImGui::BeginDisabled(s != Setting::WeekStart && value >= spec.max);
    if (ImGui::Button("+", ImVec2(buttonW, 0))) step(ctx, s, +1);
    ImGui::EndDisabled();
    const float bottom = std::max(textBottom, ImGui::GetItemRectMax().y) + t.px(6);

    draw->ChannelsSetCurrent(0);
    const ImVec2 end(start.x + width, bottom);
    if (ImGui::IsMouseHoveringRect(start, end) && ImGui::IsMouseClicked(ImGuiMouseButton_Left))
        m_selected = static_cast<int>(s);
    if (m_selected == static_cast<int>(s))
        draw->AddRectFilled(start, end, widgets::withAlpha(t.accent, 0.12f), t.px(10));
    draw->ChannelsMerge();
    ImGui::SetCursorScreenPos(ImVec2(start.x, bottom + t.px(2)));
    ImGui::Dummy(ImVec2(0, 0));
    if (m_scrollToSelected && m_selected == static_cast<int>(s)) {
        ImGui::SetScrollHereY(0.5f);
        m_scrollToSelected = false;
    }
    ImGui::PopID();
}

void SettingsView::drawTheme(ViewContext& ctx) {
    const Theme& t = ctx.theme;
    const bool dark = t.mode == ThemeMode::Dark;
    if (m_selected == static_cast<int>(Setting::DarkTheme)) {
        const ImVec2 p = ImGui::GetCursorScreenPos();
        ImGui::GetWindowDrawList()->AddRectFilled(p,
                                                  ImVec2(p.x + ImGui::GetContentRegionAvail().x,
                                                         p.y + ImGui::GetFrameHeight() + t.px(12)),
                                                  widgets::withAlpha(t.accent, 0.12f), t.px(10));
    }
    ImGui::SetCursorPos(ImVec2(ImGui::GetCursorPosX() + t.px(8), ImGui::GetCursorPosY() + t.px(6)));
    if (widgets::pill(RK_ICON_SUN " Light", !dark, t) && dark)
        ctx.push(intent::ChangeSetting{Setting::DarkTheme, 0});
    ImGui::SameLine();
    if (widgets::pill("Dark", dark, t) && !dark)
        ctx.push(intent::ChangeSetting{Setting::DarkTheme, 1});
    if (m_scrollToSelected && m_selected == static_cast<int>(Setting::DarkTheme)) {
        ImGui::SetScrollHereY(0.5f);
        m_scrollToSelected = false;
    }
}

// On a wide window the screen keeps a readable width, centred, like the contact page.
void SettingsView::draw(ViewContext& ctx) {
    const float avail = ImGui::GetContentRegionAvail().x;
    const float width = std::min(avail, ctx.theme.px(kMaxWidth));
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (avail - width) * 0.5f);
    ImGui::BeginChild("##settings-page", ImVec2(width, 0), false, ImGuiWindowFlags_NoScrollbar);
    drawPage(ctx);
    ImGui::EndChild();
}

void SettingsView::drawPage(ViewContext& ctx) {
    const Theme& t = ctx.theme;
    handleKeys(ctx);
    if (widgets::secondaryButton(RK_ICON_ARROW_LEFT "  Back  (Esc)", t, t.px(130))) {
        ctx.push(intent::ShowMoreScreen{MoreScreen::Main});
        return;
    }
    ImGui::PushFont(ctx.fonts.title);
    ImGui::TextUnformatted("Settings");
    ImGui::PopFont();

    // Like the contact page: no scrollbar on a phone-styled screen; the wheel,
    // a drag and the arrow keys (the selection follows) scroll it.
    ImGui::BeginChild("##settings", ImVec2(0, 0), false, ImGuiWindowFlags_NoScrollbar);
    ImGui::PushFont(ctx.fonts.small);
    widgets::text("↑/↓ picks a setting, ←/→ changes it. Every change can be undone with Ctrl+Z.",
                  t.textMuted);
    ImGui::PopFont();

    sectionTitle("Keep in touch, by circle", ctx);
    ImGui::PushFont(ctx.fonts.small);
    widgets::text("How often someone in each circle is due, unless they have their own rhythm.",
                  t.textMuted);
    ImGui::PopFont();
    for (int i = 0; i < kCircleCount; ++i) {
        const auto circle = static_cast<Circle>(i);
        drawStepper(ctx, cadenceSetting(circle), std::string(circleName(circle)).c_str(), nullptr);
    }

    sectionTitle("Today", ctx);
    drawStepper(ctx, Setting::AwaitingDays, "Wait for a reply",
                "A message marked \"awaiting their reply\" comes back to Today after this long.");
    drawStepper(ctx, Setting::DormantDays, "Dormant after",
                "Quiet for longer than this, someone is cold in the deck and may be offered to "
                "rekindle.");
    drawStepper(ctx, Setting::RekindleBatch, "Rekindle each day",
                "How many dormant people Today suggests reconnecting with.");
    drawStepper(ctx, Setting::WeekStart, "Week starts on",
                "Snoozing until next week brings people back on this day.");

    sectionTitle("People you meet", ctx);
    drawStepper(ctx, Setting::MetFollowUpHours, "Follow up within",
                "Someone you add with \"I met someone\" (Ctrl+M) is in Today this soon after "
                "the day you met.");

    sectionTitle("Appearance", ctx);
    drawTheme(ctx);
    ImGui::Dummy(ImVec2(0, t.px(70))); // room above the toast
    ImGui::EndChild();
}

} // namespace rk::app
