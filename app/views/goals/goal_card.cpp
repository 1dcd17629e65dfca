#include "app/views/goals/goal_card.h"

#include "app/theme/icons.h"
#include "app/widgets/widgets.h"

#include <imgui.h>

#include <algorithm>
#include <string>

namespace rk::app {

namespace {

// The history strip: one dot per past period, oldest on the left, its short
// name under it.
void drawHistory(const ViewContext& ctx, const GoalStatus& g, int weekStart, float width) {
    const Theme& t = ctx.theme;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float slot = std::min(t.px(52), width / static_cast<float>(std::max<std::size_t>(1, g.history.size())));
    const float r = t.px(6);
    ImFont* font = ctx.fonts.small;
    for (std::size_t i = 0; i < g.history.size(); ++i) {
        const PeriodResult& p = g.history[i];
        const ImVec2 c(at.x + slot * (static_cast<float>(i) + 0.5f), at.y + r + t.px(1));
        if (p.quiet) draw->AddLine(ImVec2(c.x - r, c.y), ImVec2(c.x + r, c.y), t.textMuted, t.px(2));
        else if (p.met) draw->AddCircleFilled(c, r, t.good);
        else draw->AddCircle(c, r - t.px(1), t.textMuted, 0, t.px(1.5f));
        const std::string name = periodShortName(g.goal.per, p.period, weekStart, ctx.today);
        const ImVec2 size = font->CalcTextSizeA(font->FontSize, 1e9f, 0.f, name.c_str());
        draw->AddText(font, font->FontSize, ImVec2(c.x - size.x * 0.5f, c.y + r + t.px(3)), t.textMuted,
                      name.c_str());
    }
    ImGui::Dummy(ImVec2(width, 2 * r + t.px(4) + font->FontSize));
}

void drawBar(const Theme& t, const GoalStatus& g, float width) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float h = t.px(10);
    draw->AddRectFilled(p, ImVec2(p.x + width, p.y + h), t.border, h * 0.5f);
    const float f = g.fraction();
    const ImU32 fill = g.goal.paused() ? t.textMuted : g.current.met ? t.good : t.accent;
    if (f > 0.f) draw->AddRectFilled(p, ImVec2(p.x + std::max(h, width * f), p.y + h), fill, h * 0.5f);
    ImGui::Dummy(ImVec2(width, h));
}

} // namespace

GoalCardAction drawGoalCard(const ViewContext& ctx, const GoalStatus& g, int weekStart, bool selected) {
    const Theme& t = ctx.theme;
    GoalCardAction action = GoalCardAction::None;
    ImGui::PushID(static_cast<int>(g.goal.id));
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->ChannelsSplit(2);
    draw->ChannelsSetCurrent(1);
    const ImVec2 start = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    const float pad = t.px(14);
    const float inner = width - 2 * pad;
    const bool paused = g.goal.paused();

    ImGui::SetCursorScreenPos(ImVec2(start.x + pad, start.y + pad));
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + inner);
    ImGui::PushFont(ctx.fonts.bodyBold);
    widgets::text(g.title, paused ? t.textMuted : t.text);
    ImGui::PopFont();

    ImGui::PushFont(ctx.fonts.small);
    std::string line = g.progressText();
    if (g.current.met && !paused) line = RK_ICON_CHECK "  " + line + " · met";
    line += " · " + g.timeText();
    widgets::text(line, g.current.met && !paused ? t.good : t.textMuted);
    ImGui::PopFont();
    ImGui::Dummy(ImVec2(0, t.px(2)));
    drawBar(t, g, inner);
    ImGui::Dummy(ImVec2(0, t.px(4)));
    drawHistory(ctx, g, weekStart, inner);

    ImGui::PushFont(ctx.fonts.small);
    if (!paused && !g.streakText().empty()) widgets::text(RK_ICON_FIRE "  " + g.streakText(), t.accent);
    if (!g.fitText().empty()) widgets::text(g.fitText(), t.warn);
    ImGui::PopFont();

    if (selected) {
        ImGui::Dummy(ImVec2(0, t.px(2)));
        if (g.fit != GoalFit::Fine) {
            const std::string better = "Use " + std::to_string(g.betterTarget) + "  (U)";
            if (widgets::primaryButton(better.c_str(), t, t.px(130))) action = GoalCardAction::UseBetterTarget;
            ImGui::SameLine();
        }
        if (widgets::secondaryButton(RK_ICON_PENCIL "  Edit  (E)", t, t.px(100))) action = GoalCardAction::Edit;
        ImGui::SameLine();
        if (widgets::secondaryButton(paused ? "Resume  (P)" : "Pause  (P)", t, t.px(110)))
            action = GoalCardAction::TogglePause;
        widgets::sameLineIfFits(t.px(120));
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(t.danger));
        if (widgets::secondaryButton(RK_ICON_TRASH "  Delete  (Del)", t, t.px(130))) action = GoalCardAction::Delete;
        ImGui::PopStyleColor();
    }
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    const float bottom = ImGui::GetItemRectMax().y + pad;

    // The card's face: a click anywhere that is not a button selects it.
    draw->ChannelsSetCurrent(0);
    const ImVec2 end(start.x + width, bottom);
    if (action == GoalCardAction::None && ImGui::IsMouseClicked(ImGuiMouseButton_Left) &&
        ImGui::IsWindowHovered() && ImGui::IsMouseHoveringRect(start, end) && !ImGui::IsAnyItemHovered())
        action = GoalCardAction::Select;
    draw->AddRectFilled(start, ImVec2(start.x + width, bottom), t.surface, t.px(14));
    if (selected) draw->AddRect(start, ImVec2(start.x + width, bottom), t.accent, t.px(14), 0, t.px(2));
    draw->ChannelsMerge();
    ImGui::SetCursorScreenPos(ImVec2(start.x, bottom + t.px(10)));
    ImGui::Dummy(ImVec2(0, 0));
    ImGui::PopID();
    return action;
}

} // namespace rk::app
