#include "app/views/deck_view.h"

#include "app/theme/icons.h"
#include "app/widgets/widgets.h"
#include "core/model/contact.h"
#include "core/time/humanize.h"

#include <imgui.h>

namespace rk::app {

void DeckView::reload(ViewContext& ctx) {
    m_cards = ContactRepo(ctx.store.db()).cards(Shelf::Active, ContactSort::Name);
}

void DeckView::drawContent(ViewContext& ctx) {
    const Theme& t = ctx.theme;
    ImGui::PushFont(ctx.fonts.title);
    ImGui::TextUnformatted("Deck");
    ImGui::PopFont();
    ImGui::SameLine();
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(t.textMuted));
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + t.px(5));
    ImGui::Text("%zu %s", m_cards.size(), m_cards.size() == 1 ? "person" : "people");
    ImGui::PopStyleColor();

    if (m_cards.empty()) {
        widgets::emptyState(RK_ICON_USERS, "Your deck is empty",
                            "Bring in the people you know, or try Rekindle with a demo network "
                            "first. You can remove the demo people later.",
                            t, ctx.fonts);
        if (widgets::primaryButton(RK_ICON_MAGIC "  Try a demo network", t))
            ctx.push(intent::LoadDemo{});
        if (widgets::secondaryButton(RK_ICON_DOWNLOAD "  Import contacts", t))
            ctx.push(intent::SwitchTab{Tab::More});
        return;
    }

    const float cardH = t.px(84);
    const float gap = t.px(10);
    ImGui::BeginChild("##deck", ImVec2(0, 0), false, ImGuiWindowFlags_NoScrollbar);
    // Rows are exactly card + gap tall, so the clipper's arithmetic is exact.
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ImGui::GetStyle().ItemSpacing.x, 0));
    const float width = ImGui::GetContentRegionAvail().x;
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(m_cards.size()), cardH + gap);
    bool first = true;
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            if (first) {
                m_firstVisible = i;
                first = false;
            }
            const ContactCard& card = m_cards[static_cast<size_t>(i)];
            ImGui::PushID(static_cast<int>(card.id));
            drawCard(ctx, card, width, cardH);
            ImGui::PopID();
            ImGui::Dummy(ImVec2(0, gap));
        }
    }
    m_scrollY = ImGui::GetScrollY();
    ImGui::PopStyleVar();
    ImGui::EndChild();
}

void DeckView::drawCard(ViewContext& ctx, const ContactCard& card, float width, float height) {
    const Theme& t = ctx.theme;
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const bool clicked = ImGui::InvisibleButton("##card", ImVec2(width, height));
    const bool hovered = ImGui::IsItemHovered();
    if (clicked) ctx.push(intent::OpenContact{card.id});

    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 q(p.x + width, p.y + height);
    draw->AddRectFilled(p, q, hovered ? t.surfaceRaised : t.surface, t.px(14));
    draw->AddRect(p, q, t.border, t.px(14));

    Contact forInitials;
    forInitials.displayName = card.displayName;
    const float r = t.px(22);
    widgets::avatar(draw, ImVec2(p.x + t.px(14) + r, p.y + height * 0.5f), r, card.id,
                    forInitials.initials(), ctx.fonts.bodyBold);

    const float x = p.x + t.px(14) + 2 * r + t.px(12);
    const float right = q.x - t.px(14);
    ImFont* bold = ctx.fonts.bodyBold;
    ImFont* small = ctx.fonts.small;
    const ImVec4 clip(x, p.y, right, q.y);
    draw->AddText(bold, bold->FontSize, ImVec2(x, p.y + t.px(13)), t.text, card.displayName.c_str(),
                  nullptr, 0.f, &clip);

    std::string role = card.title.empty() ? card.company
                       : card.company.empty() ? card.title
                                              : card.title + " at " + card.company;
    draw->AddText(small, small->FontSize, ImVec2(x, p.y + t.px(35)), t.textMuted, role.c_str(),
                  nullptr, 0.f, &clip);

    std::string last = card.lastContactAt
                           ? "Last talked " + agoText(localDateOf(*card.lastContactAt), ctx.today)
                           : std::string("Not in touch yet");
    const bool overdue = !card.nextDue.empty() && card.nextDue < ctx.today.iso();
    draw->AddText(small, small->FontSize, ImVec2(x, p.y + t.px(56)),
                  overdue ? t.warn : t.textMuted, last.c_str(), nullptr, 0.f, &clip);

    // Circle chip on the right of the name line.
    const std::string circle(circleName(card.circle));
    const float cw = widgets::chipWidth(circle, small);
    if (right - cw > x + t.px(120))
        widgets::chip(draw, ImVec2(right - cw, p.y + t.px(12)), circle, t.accentSoft, t.accent, small);
}

} // namespace rk::app
