// The deck's filter row: circle, overdue, dormant, awaiting reply and
// archived chips, the exact tag / company / industry filters, and the sort.
// Changing any of them asks for a new search (DeckView::askForResults).
#include "app/input/keys.h"
#include "app/theme/icons.h"
#include "app/views/tabs/deck_view.h"
#include "app/widgets/widgets.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

namespace rk::app {

void DeckView::drawFilterChips(ViewContext& ctx) {
    const Theme& t = ctx.theme;
    auto toggleCircle = [&](Circle c) {
        auto it = std::find(m_filters.circles.begin(), m_filters.circles.end(), c);
        if (it == m_filters.circles.end()) m_filters.circles.push_back(c);
        else m_filters.circles.erase(it);
    };
    bool first = true;
    auto chip = [&](const std::string& label, bool on) {
        if (!first) widgets::sameLineIfFits(ImGui::CalcTextSize(label.c_str()).x + t.px(28));
        first = false;
        return widgets::pill(label.c_str(), on, t, widgets::PillSize::Compact);
    };
    for (int i = 0; i < kCircleCount; ++i) {
        const Circle c = static_cast<Circle>(i);
        const bool on = std::find(m_filters.circles.begin(), m_filters.circles.end(), c) != m_filters.circles.end();
        ImGui::PushID(i);
        if (chip(std::string(circleName(c)), on)) toggleCircle(c);
        ImGui::PopID();
    }
    if (chip("Overdue", m_filters.overdue)) m_filters.overdue = !m_filters.overdue;
    if (chip("Dormant", m_filters.dormant)) m_filters.dormant = !m_filters.dormant;
    if (chip("Awaiting reply", m_filters.awaitingReply)) m_filters.awaitingReply = !m_filters.awaitingReply;
    if (chip("Archived", m_filters.shelf == Shelf::Archived))
        m_filters.shelf = m_filters.shelf == Shelf::Archived ? Shelf::Active : Shelf::Archived;
    const bool more = !m_filters.tag.empty() || !m_filters.company.empty() || !m_filters.industry.empty();
    if (chip(more ? RK_ICON_TAG " Filters •" : RK_ICON_TAG " Filters…", more)) {
        m_tagFilter = m_filters.tag;
        m_companyFilter = m_filters.company;
        m_industryFilter = m_filters.industry;
        ImGui::OpenPopup("Filter the deck");
    }
    static constexpr const char* kSorts[] = {"Best match", "Name", "Last contact", "Next due"};
    const std::string sortLabel = std::string(RK_ICON_ARROW_DOWN " ") + kSorts[static_cast<int>(m_sort)];
    if (chip(sortLabel, false)) ImGui::OpenPopup("##sort");
    if (ImGui::BeginPopup("##sort")) {
        for (int i = 0; i < 4; ++i)
            if (ImGui::Selectable(kSorts[i], static_cast<int>(m_sort) == i)) m_sort = static_cast<SearchSort>(i);
        ImGui::EndPopup();
    }
    drawFilterPopup(ctx);
}

// The exact tag / company / industry filters, edited in a popup and applied together.
void DeckView::drawFilterPopup(ViewContext& ctx) {
    const Theme& t = ctx.theme;
    if (ImGui::BeginPopupModal("Filter the deck", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::TextUnformatted("Only show people with this exact…");
        ImGui::SetNextItemWidth(t.px(240));
        ImGui::InputTextWithHint("Tag", "e.g. mentor", &m_tagFilter);
        ImGui::SetNextItemWidth(t.px(240));
        ImGui::InputTextWithHint("Company", "e.g. Stripe", &m_companyFilter);
        ImGui::SetNextItemWidth(t.px(240));
        ImGui::InputTextWithHint("Industry", "e.g. Fintech", &m_industryFilter);
        if (widgets::primaryButton("Apply", t, t.px(110)) || keys::pressed(ImGuiKey_Enter)) {
            m_filters.tag = m_tagFilter;
            m_filters.company = m_companyFilter;
            m_filters.industry = m_industryFilter;
            ImGui::CloseCurrentPopup();
        }
        ImGui::SameLine();
        if (widgets::secondaryButton("Clear", t, t.px(90))) {
            m_filters.tag.clear();
            m_filters.company.clear();
            m_filters.industry.clear();
            ImGui::CloseCurrentPopup();
        }
        ImGui::SameLine();
        if (widgets::secondaryButton("Cancel", t, t.px(90)) || keys::pressed(ImGuiKey_Escape)) ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
    }
}

} // namespace rk::app
