#include "app/views/contact/contact_connections.h"

#include "app/photos/photo_cache.h"
#include "app/theme/icons.h"
#include "app/widgets/card.h"
#include "app/widgets/user_text.h"
#include "app/widgets/widgets.h"

#include <imgui.h>

namespace rk::app {

ConnectionsAction drawConnectionsCard(ViewContext& ctx, const ContactPage& page) {
    const Theme& t = ctx.theme;
    widgets::Card card(t, t.px(16));
    widgets::sectionLabel("HOW YOU'RE CONNECTED", t, ctx.fonts.small);
    const float w = card.innerWidth();
    const float x = ImGui::GetCursorPosX();
    if (page.links.empty())
        widgets::text("No links yet. Record who knows them, and Rekindle can find you a warm "
                      "introduction through them.",
                      t.textMuted);
    for (const PersonLink& link : page.links) {
        ImGui::PushID(static_cast<int>(link.linkId));
        const float r = t.px(15);
        const ImVec2 p = ImGui::GetCursorScreenPos();
        widgets::avatar(ImGui::GetWindowDrawList(), ImVec2(p.x + r, p.y + r), r, link.other.id,
                        initialsOf(link.other.displayName), ctx.fonts.small,
                        avatarPhoto(ctx, link.other.id, link.other.hasPhoto));
        const float d = t.px(26);
        // The name opens their page; the relation reads after it.
        ImGui::SetCursorScreenPos(ImVec2(p.x + 2 * r + t.px(10), p.y));
        ImGui::InvisibleButton("##open", ImVec2(w - 2 * r - t.px(18) - d, 2 * r));
        const bool hovered = ImGui::IsItemHovered();
        if (ImGui::IsItemClicked()) ctx.push(intent::OpenContact{link.other.id});
        if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        ImDrawList* draw = ImGui::GetWindowDrawList();
        const ImVec2 at(p.x + 2 * r + t.px(10), p.y + t.px(1));
        widgets::userText(draw, ctx.fonts.body, at, hovered ? t.accent : t.text,
                          link.other.displayName);
        std::string relation = link.relation();
        if (!link.note.empty()) relation += " · " + link.note;
        widgets::userText(draw, ctx.fonts.small, ImVec2(at.x, at.y + ctx.fonts.body->FontSize),
                          t.textMuted, relation);
        ImGui::SameLine(x + w - d);
        ImGui::SetCursorScreenPos(ImVec2(ImGui::GetCursorScreenPos().x, p.y + r - d * 0.5f));
        if (widgets::iconButton("##unlink", RK_ICON_TIMES,
                                "Remove this link (Ctrl+Z brings it back)", t, d, t.textMuted))
            ctx.push(intent::UnlinkPeople{link.linkId});
        ImGui::SetCursorScreenPos(ImVec2(p.x, p.y + 2 * r + t.px(6)));
        ImGui::Dummy(ImVec2(0, 0));
        ImGui::PopID();
    }
    ConnectionsAction action = ConnectionsAction::None;
    const float half = (w - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
    if (widgets::secondaryButton(RK_ICON_PLUS "  Link someone  (C)", t, half))
        action = ConnectionsAction::LinkSomeone;
    ImGui::SameLine();
    if (widgets::secondaryButton(RK_ICON_USERS "  Find a way in  (W)", t, half))
        action = ConnectionsAction::WhoIntroduces;
    return action;
}

} // namespace rk::app
