// The deck's filter row: circle, overdue, dormant, awaiting reply and
// archived chips, the exact tag / company / industry filters, and the sort.
// Changing any of them asks for a new search (DeckView::askForResults).
#include "app/input/keys.h"
#include "app/theme/icons.h"
#include "app/views/tabs/deck_view.h"
#include "app/widgets/dialog.h"
#include "app/widgets/widgets.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

namespace rk::app {

void DeckView::drawFilterChips(ViewContext& ctx) {
    const Theme& t = ctx.theme;
    auto toggleCircle = [&](Circle c) {
        auto it = std::find(m_filters.circles.begin(), m_filters.circles.end(), c);
        if (it == m_filters.circles.end())
            m_filters.circles.push_back(c);
        else
            m_filters.circles.erase(it);
    };
    bool first = true;
    auto chip = [&](const std::string& label, bool on) {
        if (!first) widgets::sameLineIfFits(ImGui::CalcTextSize(label.c_str()).x + t.px(28));
        first = false;
        return widgets::pill(label.c_str(), on, t, widgets::PillSize::Compact);
    };
    for (int i = 0; i < kCircleCount; ++i) {
        const Circle c = static_cast<Circle>(i);
        const bool on = std::find(m_filters.circles.begin(), m_filters.circles.end(), c) !=
                        m_filters.circles.end();
        ImGui::PushID(i);
        if (chip(std::string(circleName(c)), on)) toggleCircle(c);
        ImGui::PopID();
    }
    if (chip("Overdue", m_filters.overdue)) m_filters.overdue = !m_filters.overdue;
    if (chip("Dormant", m_filters.dormant)) m_filters.dormant = !m_filters.dormant;
    if (chip("Awaiting reply", m_filters.awaitingReply))
        m_filters.awaitingReply = !m_filters.awaitingReply;
    if (chip("Archived", m_filters.shelf == Shelf::Archived))
        m_filters.shelf = m_filters.shelf == Shelf::Archived ? Shelf::Active : Shelf::Archived;
    const bool more =
        !m_filters.tag.empty() || !m_filters.company.empty() || !m_filters.industry.empty();
    if (chip(more ? RK_ICON_TAG " Filters •" : RK_ICON_TAG " Filters…", more)) {
        m_tagFilter = m_filters.tag;
        m_companyFilter = m_filters.company;
        m_industryFilter = m_filters.industry;
        ImGui::OpenPopup("Filter the deck");
    }
    static constexpr const char* kSorts[] = {"Best match", "Name", "Last contact", "Next due"};
    const std::string sortLabel =
        std::string(RK_ICON_ARROW_DOWN " ") + kSorts[static_cast<int>(m_sort)];
    if (chip(sortLabel, false)) ImGui::OpenPopup("##sort");
    if (ImGui::BeginPopup("##sort")) {
        for (int i = 0; i < 4; ++i)
            if (ImGui::Selectable(kSorts[i], static_cast<int>(m_sort) == i))
                m_sort = static_cast<SearchSort>(i);
        ImGui::EndPopup();
    }
    drawFilterPopup(ctx);
}

// The exact tag / company / industry filters, edited in a popup and applied together.
void DeckView::drawFilterPopup(ViewContext& ctx) {
    const Theme& t = ctx.theme;
    widgets::Dialog dialog("Filter the deck", t); // the app's own sheet, not a stock title bar
    if (dialog.open) {
        ImGui::PushFont(ctx.fonts.title);
        ImGui::TextUnformatted("Filter the deck");
        ImGui::PopFont();
        widgets::text("Only show people with this exact…", t.textMuted);
        auto field = [&](const char* label, const char* hint, std::string& value) {
            widgets::sectionLabel(label, t, ctx.fonts.small);
            ImGui::SetNextItemWidth(-FLT_MIN);
            ImGui::PushID(label);
            ImGui::InputTextWithHint("##field", hint, &value);
            ImGui::PopID();
        };
        field("TAG", "e.g. mentor", m_tagFilter);
        field("COMPANY", "e.g. Stripe", m_companyFilter);
        field("INDUSTRY", "e.g. Fintech", m_industryFilter);
        ImGui::Dummy(ImVec2(0, t.px(4)));
        const float third =
            (ImGui::GetContentRegionAvail().x - 2 * ImGui::GetStyle().ItemSpacing.x) / 3.f;
        if (widgets::primaryButton("Apply", t, third) || keys::pressed(ImGuiKey_Enter)) {
            m_filters.tag = m_tagFilter;
            m_filters.company = m_companyFilter;
            m_filters.industry = m_industryFilter;
            ImGui::CloseCurrentPopup();
        }
        ImGui::SameLine();
        if (widgets::secondaryButton("Clear", t, third)) {
            m_filters.tag.clear();
            m_filters.company.clear();
            m_filters.industry.clear();
            ImGui::CloseCurrentPopup();
        }
        ImGui::SameLine();
        if (widgets::secondaryButton("Cancel", t, third) || keys::pressed(ImGuiKey_Escape))
            ImGui::CloseCurrentPopup();
    }
}

} // namespace rk::app
