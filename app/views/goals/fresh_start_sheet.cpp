#include "app/views/goals/fresh_start_sheet.h"

#include "app/input/keys.h"
#include "app/input/shortcuts.h"
#include "app/theme/icons.h"
#include "app/widgets/user_text.h"
#include "app/widgets/widgets.h"
#include "core/goals/goal_text.h"

#include <imgui.h>

#include <algorithm>
#include <string>

namespace rk::app {

void FreshStartSheet::open() {
    m_step = Step::Goals;
    m_selected = 0;
    m_left.clear();
    // A steady, modest year: the first three are taken to begin with.
    m_goals = {{{GoalKind::ReachOut, 5, GoalPer::Week}, true},
               {{GoalKind::Reconnect, 4, GoalPer::Month}, true},
               {{GoalKind::AnswerReplies, 2, GoalPer::Week}, true},
               {{GoalKind::ClearToday, 4, GoalPer::Week}, false},
               {{GoalKind::MeetNew, 2, GoalPer::Month}, false},
               {{GoalKind::GiveHelp, 2, GoalPer::Month}, false}};
    openPopup();
}

void FreshStartSheet::handleKeys(ViewContext& ctx, int rows) {
    if (keys::pressed(ImGuiKey_Escape)) {
        m_step = Step::Closed;
        return;
    }
    if (!keys::noMods() || rows == 0) return;
    if (keys::pressed(ImGuiKey_DownArrow, true)) m_selected = (m_selected + 1) % rows;
    if (keys::pressed(ImGuiKey_UpArrow, true)) m_selected = (m_selected + rows - 1) % rows;
    if (!keys::pressed(shortcut::FreshStartToggle)) return;
    if (m_step == Step::Goals) {
        auto& g = m_goals[static_cast<size_t>(m_selected)];
        g.taken = !g.taken;
    } else {
        const auto& people = ctx.models.freshStartPeople();
        const std::int64_t id = people[static_cast<size_t>(std::min<int>(m_selected, static_cast<int>(people.size()) - 1))].id;
        if (!m_left.erase(id)) m_left.insert(id);
    }
}

void FreshStartSheet::drawStep(ViewContext& ctx) {
    if (m_step == Step::Goals) drawGoals(ctx);
    else if (m_step == Step::People) drawPeople(ctx);
}

void FreshStartSheet::drawGoals(ViewContext& ctx) {
    const Theme& t = ctx.theme;
    sheetTitle("A fresh start", ctx);
    widgets::text("Pick this year's goals: a few you will keep beat many you won't. Goals you already "
                  "have stay as they are.",
                  t.textMuted);
    ImGui::Dummy(ImVec2(0, t.px(4)));
    for (std::size_t i = 0; i < m_goals.size(); ++i) {
        Suggestion& s = m_goals[i];
        ImGui::PushID(static_cast<int>(i));
        const std::string label = std::string(s.taken ? RK_ICON_CHECK "  " : "      ") +
                                  goalTitle(s.draft.kind, s.draft.target, s.draft.per);
        if (widgets::pill(label.c_str(), s.taken, t)) {
            s.taken = !s.taken;
            m_selected = static_cast<int>(i);
        }
        if (static_cast<int>(i) == m_selected) {
            ImGui::SameLine();
            widgets::text(RK_ICON_ARROW_LEFT, t.accent, false);
        }
        ImGui::PopID();
    }
    ImGui::Dummy(ImVec2(0, t.px(6)));
    widgets::text("↑/↓ picks, Space takes or leaves, Enter goes on.", t.textMuted);
    const bool next = widgets::primaryButton("Next: people to reconnect with  (Enter)", t) ||
                      keys::pressed(shortcut::FreshStartNext);
    const bool cancel = widgets::secondaryButton("Not now  (Esc)", t);
    if (cancel) {
        m_step = Step::Closed;
        return;
    }
    if (next) {
        m_step = Step::People;
        m_selected = 0;
        return;
    }
    handleKeys(ctx, static_cast<int>(m_goals.size()));
}

void FreshStartSheet::drawPeople(ViewContext& ctx) {
    const Theme& t = ctx.theme;
    const auto& people = ctx.models.freshStartPeople();
    sheetTitle("People to reconnect with", ctx);
    const int picked = static_cast<int>(std::count_if(people.begin(), people.end(),
                                                      [&](const auto& p) { return !m_left.count(p.id); }));
    if (people.empty()) {
        widgets::text("Nobody has been quiet long enough to need a fresh start. Your goals are ready to go.",
                      t.textMuted);
    } else {
        const int days = (picked + kPerDay - 1) / kPerDay;
        widgets::text(std::to_string(picked) + (picked == 1 ? " person joins" : " people join") + " Today, " +
                          std::to_string(kPerDay) + " a day over " + std::to_string(days) +
                          (days == 1 ? " day" : " days") + ", each with an opener. No asking yet: just say hello.",
                      t.textMuted);
    }
    ImGui::Dummy(ImVec2(0, t.px(4)));
    const float listH = std::min(ImGui::GetIO().DisplaySize.y * 0.5f, t.px(420));
    ImGui::BeginChild("##fresh-people", ImVec2(0, people.empty() ? t.px(4) : listH));
    for (std::size_t i = 0; i < people.size(); ++i) {
        const FreshStartPerson& p = people[i];
        ImGui::PushID(static_cast<int>(p.id));
        bool on = !m_left.count(p.id);
        if (static_cast<int>(i) == m_selected) {
            const ImVec2 a = ImGui::GetCursorScreenPos();
            ImGui::GetWindowDrawList()->AddRectFilled(
                a, ImVec2(a.x + ImGui::GetContentRegionAvail().x, a.y + ImGui::GetFrameHeight()),
                widgets::withAlpha(t.accent, 0.12f), t.px(8));
        }
        if (ImGui::Checkbox("##take", &on)) {
            if (on) m_left.erase(p.id);
            else m_left.insert(p.id);
            m_selected = static_cast<int>(i);
        }
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        ImGui::PushFont(ctx.fonts.bodyBold);
        widgets::userText(p.name);
        ImGui::PopFont();
        ImGui::PushFont(ctx.fonts.small);
        ImGui::Indent(ImGui::GetFrameHeight() + ImGui::GetStyle().ItemSpacing.x);
        widgets::userTextWrapped(p.context);
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(t.textMuted));
        widgets::userTextWrapped(p.opener);
        ImGui::PopStyleColor();
        ImGui::Unindent(ImGui::GetFrameHeight() + ImGui::GetStyle().ItemSpacing.x);
        ImGui::PopFont();
        ImGui::Dummy(ImVec2(0, t.px(4)));
        ImGui::PopID();
    }
    ImGui::EndChild();
    const bool go = widgets::primaryButton(RK_ICON_CHECK "  Start the year  (Enter)", t) ||
                    keys::pressed(shortcut::FreshStartNext);
    const bool back = widgets::secondaryButton(RK_ICON_ARROW_LEFT "  Back to the goals", t);
    if (go) {
        start(ctx);
        return;
    }
    if (back) {
        m_step = Step::Goals;
        m_selected = 0;
        return;
    }
    handleKeys(ctx, static_cast<int>(people.size()));
}

void FreshStartSheet::start(ViewContext& ctx) {
    intent::FreshStart fresh;
    for (const Suggestion& s : m_goals)
        if (s.taken) fresh.goals.push_back(s.draft);
    for (const FreshStartPerson& p : ctx.models.freshStartPeople())
        if (!m_left.count(p.id)) fresh.people.push_back({p.id, p.opener});
    ctx.push(std::move(fresh));
    m_step = Step::Closed;
}

} // namespace rk::app
