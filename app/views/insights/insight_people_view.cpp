// Insights → the people behind one figure: a titled list whose rows open
// the contact page (↑/↓ pick, Enter opens, Esc back to the charts).
#include "app/views/insights/insights_view.h"

#include "app/input/keys.h"
#include "app/theme/icons.h"
#include "app/widgets/user_text.h"
#include "app/widgets/widgets.h"

#include <imgui.h>

#include <algorithm>

namespace rk::app {

void InsightsView::handlePeopleKeys(ViewContext& ctx) {
    if (!ctx.keyboardFree || ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)) return;
    if (keys::pressed(ImGuiKey_Escape)) {
        ctx.push(intent::ShowInsightPeople{});
        return;
    }
    if (!keys::noMods()) return;
    const auto& people = ctx.models.insightPeople().people;
    if (people.empty()) return;
    auto at = std::find_if(people.begin(), people.end(),
                           [&](const ContactCard& c) { return c.id == m_selectedPerson; });
    if (keys::pressed(ImGuiKey_DownArrow, true) || keys::pressed('J', true))
        m_selectedPerson = at == people.end() || at + 1 == people.end() ? people.front().id : (at + 1)->id;
    else if (keys::pressed(ImGuiKey_UpArrow, true) || keys::pressed('K', true))
        m_selectedPerson = at == people.end() || at == people.begin() ? people.back().id : (at - 1)->id;
    else if (at != people.end() && (keys::pressed(ImGuiKey_Enter) || keys::pressed(ImGuiKey_KeyPadEnter)))
        ctx.push(intent::OpenContact{m_selectedPerson});
}

void InsightsView::drawPeople(ViewContext& ctx) {
    const Theme& t = ctx.theme;
    handlePeopleKeys(ctx);
    if (widgets::secondaryButton(RK_ICON_ARROW_LEFT "  Insights  (Esc)", t, t.px(150))) {
        ctx.push(intent::ShowInsightPeople{});
        return;
    }
    const InsightPeople& list = ctx.models.insightPeople();
    const float width = ImGui::GetContentRegionAvail().x;
    ImGui::PushFont(ctx.fonts.title);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    widgets::userTextWrapped(list.title); // may hold a company's name
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
    const std::int64_t shown = static_cast<std::int64_t>(list.people.size());
    widgets::text(shown == list.total
                      ? std::to_string(list.total) + (list.total == 1 ? " person" : " people") +
                            ". Click one, or pick with ↑/↓ and press Enter, to open their page."
                      : "The first " + std::to_string(shown) + " of " + std::to_string(list.total) +
                            " people, by name.",
                  t.textMuted);

    ImGui::BeginChild("##insight-people");
    if (list.people.empty())
        widgets::emptyState(RK_ICON_USER, "Nobody here",
                            "No one is behind this figure right now.", t, ctx.fonts);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float rowH = t.px(56);
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(list.people.size()), rowH);
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const ContactCard& person = list.people[static_cast<size_t>(i)];
            ImGui::PushID(static_cast<int>(person.id));
            const ImVec2 a = ImGui::GetCursorScreenPos();
            const float w = ImGui::GetContentRegionAvail().x;
            const ImVec2 b(a.x + w, a.y + rowH - t.px(4));
            if (ImGui::InvisibleButton("##person", ImVec2(w, rowH - t.px(4)))) {
                m_selectedPerson = person.id;
                ctx.push(intent::OpenContact{person.id});
            }
            const bool hovered = ImGui::IsItemHovered();
            if (hovered || person.id == m_selectedPerson)
                draw->AddRectFilled(a, b, person.id == m_selectedPerson
                                              ? widgets::withAlpha(t.accent, 0.14f)
                                              : t.surface,
                                    t.px(10));
            const float r = t.px(18);
            widgets::avatar(draw, ImVec2(a.x + t.px(8) + r, (a.y + b.y) * 0.5f), r, person.id,
                            initialsOf(person.displayName), ctx.fonts.small);
            const float tx = a.x + t.px(16) + 2 * r;
            const ImVec4 clip(a.x, a.y, b.x - t.px(8), b.y);
            widgets::userText(draw, ctx.fonts.bodyBold, ImVec2(tx, a.y + t.px(7)), t.text,
                              person.displayName, &clip);
            const std::string role = person.roleLine();
            if (!role.empty())
                widgets::userText(draw, ctx.fonts.small,
                                  ImVec2(tx, a.y + t.px(9) + ctx.fonts.bodyBold->FontSize), t.textMuted,
                                  role, &clip);
            ImGui::SetCursorScreenPos(ImVec2(a.x, a.y + rowH));
            ImGui::Dummy(ImVec2(0, 0));
            ImGui::PopID();
        }
    }
    ImGui::Dummy(ImVec2(0, t.px(60)));
    ImGui::EndChild();
}

} // namespace rk::app
