#include "app/views/tabs/goals_view.h"

#include "app/theme/icons.h"
#include "app/widgets/widgets.h"

#include <algorithm>
#include <imgui.h>

namespace rk::app {

void GoalsView::draw(ViewContext& ctx) {
    const Theme& t = ctx.theme;
    ImGui::PushFont(ctx.fonts.title);
    ImGui::TextUnformatted("Goals");
    ImGui::PopFont();
    if (widgets::secondaryButton(RK_ICON_FIRE "  Insights: your habit over time  (Ctrl+I)", t))
        ctx.push(intent::OpenInsights{});

    const std::vector<GoalProgress>& goals = ctx.models.goals();
    if (goals.empty()) {
        widgets::emptyState(RK_ICON_FLAG, "No goals yet",
                            "Networking works best as a small, steady habit. A goal such as "
                            "\"reach out to 5 people a week\" keeps it going.",
                            t, ctx.fonts);
        return;
    }
    for (const auto& g : goals) {
        ImGui::PushID(static_cast<int>(g.goal.id));
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const float w = ImGui::GetContentRegionAvail().x;
        const float h = t.px(92);
        ImDrawList* draw = ImGui::GetWindowDrawList();
        draw->AddRectFilled(p, ImVec2(p.x + w, p.y + h), t.surface, t.px(14));
        draw->AddText(ctx.fonts.bodyBold, ctx.fonts.bodyBold->FontSize, ImVec2(p.x + t.px(16), p.y + t.px(14)),
                      t.text, g.goal.title.c_str());
        const float fraction = std::min(1.f, static_cast<float>(g.done) / static_cast<float>(g.goal.target));
        const std::string status = std::to_string(g.done) + " of " + std::to_string(g.goal.target) +
                                   (g.goal.periodDays == 7 ? " this week" : " in the last " + std::to_string(g.goal.periodDays) + " days");
        draw->AddText(ctx.fonts.small, ctx.fonts.small->FontSize, ImVec2(p.x + t.px(16), p.y + t.px(38)),
                      fraction >= 1.f ? t.good : t.textMuted, status.c_str());
        const ImVec2 bar(p.x + t.px(16), p.y + t.px(64));
        const float bw = w - t.px(32);
        draw->AddRectFilled(bar, ImVec2(bar.x + bw, bar.y + t.px(10)), t.border, t.px(5));
        if (fraction > 0.f)
            draw->AddRectFilled(bar, ImVec2(bar.x + std::max(t.px(10), bw * fraction), bar.y + t.px(10)),
                                fraction >= 1.f ? t.good : t.accent, t.px(5));
        ImGui::Dummy(ImVec2(w, h));
        ImGui::PopID();
    }
}

} // namespace rk::app
