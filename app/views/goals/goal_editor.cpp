#include "app/views/goals/goal_editor.h"

#include "app/input/keys.h"
#include "app/input/shortcuts.h"
#include "app/theme/icons.h"
#include "app/widgets/dialog.h"
#include "app/widgets/widgets.h"
#include "core/goals/goal_text.h"

#include <imgui.h>

#include <algorithm>
#include <string>

namespace rk::app {

namespace {
constexpr const char* kPopup = "##goal-editor";

// A sensible number to start from for each kind, a week at a time.
int startingTarget(GoalKind kind) {
    switch (kind) {
    case GoalKind::ReachOut: return 5;
    case GoalKind::LogInteractions: return 10;
    case GoalKind::ClearToday: return 4;
    case GoalKind::Reconnect: return 2;
    case GoalKind::MeetNew: return 2;
    case GoalKind::AnswerReplies: return 2;
    case GoalKind::GiveHelp: return 1;
    }
    return 1;
}
} // namespace

void GoalEditor::openNew() {
    m_open = true;
    m_popupOpened = false;
    m_id = 0;
    m_draft = {};
    m_draft.target = startingTarget(m_draft.kind);
}

void GoalEditor::openEdit(std::int64_t id, const GoalDraft& draft) {
    m_open = true;
    m_popupOpened = false;
    m_id = id;
    m_draft = draft;
}

void GoalEditor::close() {
    m_open = false;
    m_popupOpened = false;
}

void GoalEditor::setKind(GoalKind kind) {
    if (kind == m_draft.kind) return;
    m_draft.kind = kind;
    m_draft.target = startingTarget(kind);
}

void GoalEditor::step(int direction) {
    m_draft.target = std::clamp(m_draft.target + direction, 1, maxGoalTarget(m_draft.kind, m_draft.per));
}

void GoalEditor::save(ViewContext& ctx) {
    if (m_id == 0) ctx.push(intent::AddGoal{m_draft});
    else ctx.push(intent::EditGoal{m_id, m_draft});
    close();
}

void GoalEditor::handleKeys(ViewContext& ctx) {
    if (!keys::noMods()) return;
    const int kind = static_cast<int>(m_draft.kind);
    if (keys::pressed(ImGuiKey_DownArrow, true)) setKind(static_cast<GoalKind>((kind + 1) % kGoalKindCount));
    if (keys::pressed(ImGuiKey_UpArrow, true))
        setKind(static_cast<GoalKind>((kind + kGoalKindCount - 1) % kGoalKindCount));
    if (keys::pressed(ImGuiKey_RightArrow, true) || keys::typed('+')) step(+1);
    if (keys::pressed(ImGuiKey_LeftArrow, true) || keys::typed('-')) step(-1);
    if (keys::pressed('W')) m_draft.per = GoalPer::Week;
    if (keys::pressed('M')) m_draft.per = GoalPer::Month;
    m_draft.target = std::min(m_draft.target, maxGoalTarget(m_draft.kind, m_draft.per));
    if (keys::pressed(shortcut::GoalEditorSave) || keys::pressed(ImGuiKey_KeyPadEnter)) save(ctx);
}

void GoalEditor::draw(ViewContext& ctx) {
    if (!m_open) return;
    const Theme& t = ctx.theme;
    // The key that opened the editor (Enter on a goal) must not also save it.
    const bool justOpened = !m_popupOpened;
    if (!m_popupOpened) {
        ImGui::OpenPopup(kPopup);
        m_popupOpened = true;
    }
    widgets::Dialog dialog(kPopup, t);
    if (!dialog.open) {
        close();
        return;
    }
    ImGui::PushFont(ctx.fonts.title);
    widgets::text(m_id == 0 ? "New goal" : "Change the goal", t.text);
    ImGui::PopFont();

    widgets::sectionLabel("WHAT TO COUNT  (↑/↓)", t, ctx.fonts.small);
    for (int i = 0; i < kGoalKindCount; ++i) {
        const auto kind = static_cast<GoalKind>(i);
        const std::string label(goalKindName(kind));
        if (i > 0) widgets::sameLineIfFits(ImGui::CalcTextSize(label.c_str()).x + t.px(20));
        if (widgets::pill(label.c_str(), m_draft.kind == kind, t)) setKind(kind);
    }

    widgets::sectionLabel(m_draft.kind == GoalKind::AnswerReplies ? "WITHIN  (←/→)" : "HOW MANY  (←/→)", t,
                          ctx.fonts.small);
    const float button = ImGui::GetFrameHeight() * 1.2f;
    if (widgets::secondaryButton("-##fewer", t, button)) step(-1);
    ImGui::SameLine();
    ImGui::PushFont(ctx.fonts.bodyBold);
    const std::string count = std::to_string(m_draft.target) + " " + goalUnit(m_draft.kind, m_draft.target);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(count.c_str());
    ImGui::PopFont();
    ImGui::SameLine();
    if (widgets::secondaryButton("+##more", t, button)) step(+1);

    widgets::sectionLabel(m_draft.kind == GoalKind::AnswerReplies ? "CHECKED EACH  (W/M)" : "EACH  (W/M)", t,
                          ctx.fonts.small);
    if (widgets::pill("Week", m_draft.per == GoalPer::Week, t)) m_draft.per = GoalPer::Week;
    ImGui::SameLine();
    if (widgets::pill("Month", m_draft.per == GoalPer::Month, t)) m_draft.per = GoalPer::Month;
    m_draft.target = std::min(m_draft.target, maxGoalTarget(m_draft.kind, m_draft.per));

    ImGui::Dummy(ImVec2(0, t.px(6)));
    ImGui::PushFont(ctx.fonts.bodyBold);
    widgets::text(goalTitle(m_draft.kind, m_draft.target, m_draft.per), t.accent);
    ImGui::PopFont();
    ImGui::Dummy(ImVec2(0, t.px(4)));

    const bool saveClicked = widgets::primaryButton(RK_ICON_CHECK "  Save  (Enter)", t);
    const bool cancel =
        widgets::secondaryButton("Cancel  (Esc)", t) || (!justOpened && keys::pressed(ImGuiKey_Escape));
    if (cancel) {
        close();
    } else if (saveClicked) {
        save(ctx);
    } else if (!justOpened) {
        handleKeys(ctx);
    }
    if (!m_open) ImGui::CloseCurrentPopup();
}

} // namespace rk::app
