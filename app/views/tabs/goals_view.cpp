#include "app/views/tabs/goals_view.h"

#include "app/input/keys.h"
#include "app/input/shortcuts.h"
#include "app/theme/icons.h"
#include "app/views/goals/goal_card.h"
#include "app/widgets/widgets.h"

#include <imgui.h>

#include <algorithm>

namespace rk::app {

namespace {

GoalDraft draftOf(const Goal& g) { return {g.kind, g.target, g.per}; }

const GoalStatus* find(const std::vector<GoalStatus>& goals, std::int64_t id) {
    for (const auto& g : goals)
        if (g.goal.id == id) return &g;
    return nullptr;
}

} // namespace

void GoalsView::act(ViewContext& ctx, const GoalStatus& g, int action) {
    m_selected = g.goal.id;
    switch (static_cast<GoalCardAction>(action)) {
    case GoalCardAction::None:
    case GoalCardAction::Select: break;
    case GoalCardAction::Edit: m_editor.openEdit(g.goal.id, draftOf(g.goal)); break;
    case GoalCardAction::TogglePause: ctx.push(intent::PauseGoal{g.goal.id, !g.goal.paused()}); break;
    case GoalCardAction::Delete: ctx.push(intent::DeleteGoal{g.goal.id}); break;
    case GoalCardAction::UseBetterTarget:
        if (g.fit != GoalFit::Fine) {
            GoalDraft d = draftOf(g.goal);
            d.target = g.betterTarget;
            ctx.push(intent::EditGoal{g.goal.id, d});
        }
        break;
    }
}

void GoalsView::handleKeys(ViewContext& ctx) {
    if (!ctx.keyboardFree || m_editor.isOpen() || m_freshStart.isOpen() ||
        ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId))
        return;
    if (keys::pressed(shortcut::GoalsNew)) {
        m_editor.openNew();
        return;
    }
    if (keys::pressed(shortcut::GoalsFreshStart)) {
        m_freshStart.open();
        return;
    }
    const auto& goals = ctx.models.goals().goals;
    if (goals.empty() || !keys::noMods()) return;
    auto at = std::find_if(goals.begin(), goals.end(), [&](const auto& g) { return g.goal.id == m_selected; });
    std::size_t i = at == goals.end() ? 0 : static_cast<std::size_t>(at - goals.begin());
    if (keys::pressed(ImGuiKey_DownArrow, true) || keys::pressed('J', true)) i = (i + 1) % goals.size();
    if (keys::pressed(ImGuiKey_UpArrow, true) || keys::pressed('K', true)) i = (i + goals.size() - 1) % goals.size();
    const GoalStatus& g = goals[i];
    m_selected = g.goal.id;
    if (keys::pressed(shortcut::GoalsEdit)) act(ctx, g, static_cast<int>(GoalCardAction::Edit));
    else if (keys::pressed(shortcut::GoalsPause)) act(ctx, g, static_cast<int>(GoalCardAction::TogglePause));
    else if (keys::pressed(shortcut::GoalsDelete)) act(ctx, g, static_cast<int>(GoalCardAction::Delete));
    else if (keys::pressed(shortcut::GoalsBetter)) act(ctx, g, static_cast<int>(GoalCardAction::UseBetterTarget));
}

void GoalsView::drawHeader(ViewContext& ctx) {
    const Theme& t = ctx.theme;
    ImGui::PushFont(ctx.fonts.title);
    ImGui::TextUnformatted("Goals");
    ImGui::PopFont();
    if (widgets::primaryButton(RK_ICON_PLUS "  New goal  (N)", t, t.px(160))) m_editor.openNew();
    ImGui::SameLine();
    if (widgets::secondaryButton(RK_ICON_MAGIC "  Fresh start  (F)", t, t.px(170))) m_freshStart.open();
    if (widgets::secondaryButton(RK_ICON_FIRE "  Insights: your habit over time  (Ctrl+I)", t))
        ctx.push(intent::OpenInsights{});
    ImGui::Dummy(ImVec2(0, t.px(4)));
}

void GoalsView::draw(ViewContext& ctx) {
    const Theme& t = ctx.theme;
    handleKeys(ctx);
    drawHeader(ctx);
    const GoalsBoard& board = ctx.models.goals();
    if (board.offerFreshStart && !m_freshStart.isOpen()) {
        widgets::text("A new year: pick this year's goals and a few people to get back in touch with. "
                      "Press F for a fresh start.",
                      t.info);
        ImGui::Dummy(ImVec2(0, t.px(4)));
    }
    if (board.goals.empty()) {
        widgets::emptyState(RK_ICON_FLAG, "No goals yet",
                            "Networking works best as a small, steady habit. A goal such as "
                            "\"reach out to 5 people a week\" keeps it going. Press N to set one.",
                            t, ctx.fonts);
    } else {
        if (!find(board.goals, m_selected)) m_selected = board.goals.front().goal.id;
        ImGui::BeginChild("##goals-list");
        for (const GoalStatus& g : board.goals) {
            const GoalCardAction a = drawGoalCard(ctx, g, board.weekStart, g.goal.id == m_selected);
            if (a != GoalCardAction::None) act(ctx, g, static_cast<int>(a));
        }
        widgets::text("↑/↓ picks a goal; E edits, P pauses, Delete deletes, and Ctrl+Z undoes any of them.",
                      t.textMuted);
        ImGui::Dummy(ImVec2(0, t.px(70))); // room above the toast
        ImGui::EndChild();
    }
    m_editor.draw(ctx);
    m_freshStart.draw(ctx);
}

} // namespace rk::app
