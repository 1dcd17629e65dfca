#include "app/views/tabs/log_view.h"
#include "app/widgets/user_text.h"

#include "app/theme/icons.h"
#include "app/widgets/widgets.h"
#include "core/time/humanize.h"

#include <imgui.h>

namespace rk::app {

std::size_t LogView::shownCount(const ReadModels& models) const {
    std::size_t n = 0;
    for (const auto& row : models.recentLog()) n += shows(row.interaction);
    return n;
}

void LogView::draw(ViewContext& ctx) {
    const Theme& t = ctx.theme;
    ImGui::PushFont(ctx.fonts.title);
    ImGui::TextUnformatted("Log");
    ImGui::PopFont();

    const std::vector<InteractionRow>& rows = ctx.models.recentLog();
    if (rows.empty()) {
        widgets::emptyState(RK_ICON_HISTORY, "No interactions yet",
                            "Every email, call and coffee you log shows up here, newest first.",
                            t, ctx.fonts);
        return;
    }
    drawKindChips(ctx);

    ImGui::BeginChild("##log");
    CivilDate shownDay{0, 1, 1};
    for (const auto& row : rows) {
        if (!shows(row.interaction)) continue;
        const CivilDate day = localDateOf(row.interaction.at);
        if (day != shownDay) {
            shownDay = day;
            ImGui::Dummy(ImVec2(0, t.px(4)));
            ImGui::PushFont(ctx.fonts.bodyBold);
            widgets::text(dayHeading(day, ctx.today), t.textMuted, false);
            ImGui::PopFont();
        }
        drawRow(ctx, row);
    }
    ImGui::EndChild();
}

// All, Email, Call, …: one kind at a time; a second click shows all again.
void LogView::drawKindChips(ViewContext& ctx) {
    const Theme& t = ctx.theme;
    if (widgets::pill("All", m_kindFilter < 0, t)) m_kindFilter = -1;
    for (int k = 0; k < kInteractionKindCount; ++k) {
        const auto kind = static_cast<InteractionKind>(k);
        const std::string label = std::string(widgets::kindIcon(kind)) + " " + std::string(kindName(kind));
        ImGui::SameLine();
        if (ImGui::GetCursorPosX() + ImGui::CalcTextSize(label.c_str()).x + t.px(24) > ImGui::GetContentRegionMax().x)
            ImGui::NewLine();
        ImGui::PushID(k);
        if (widgets::pill(label.c_str(), m_kindFilter == k, t)) m_kindFilter = m_kindFilter == k ? -1 : k;
        ImGui::PopID();
    }
}

void LogView::drawRow(ViewContext& ctx, const InteractionRow& row) {
    const Theme& t = ctx.theme;
    const Interaction& i = row.interaction;
    ImGui::PushID(static_cast<int>(i.id));
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float w = ImGui::GetContentRegionAvail().x;
    const float h = i.note.empty() ? t.px(54) : t.px(74);
    if (ImGui::InvisibleButton("##row", ImVec2(w, h))) ctx.push(intent::OpenContact{i.contactId});
    const bool hovered = ImGui::IsItemHovered();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(p, ImVec2(p.x + w, p.y + h), hovered ? t.surfaceRaised : t.surface, t.px(12));
    const float r = t.px(16);
    const ImVec2 c(p.x + t.px(12) + r, p.y + t.px(27));
    draw->AddCircleFilled(c, r, t.accentSoft, 32);
    const char* icon = widgets::kindIcon(i.kind);
    const ImVec2 is = ctx.fonts.body->CalcTextSizeA(ctx.fonts.body->FontSize, FLT_MAX, 0.f, icon);
    draw->AddText(ctx.fonts.body, ctx.fonts.body->FontSize, ImVec2(c.x - is.x * 0.5f, c.y - is.y * 0.5f), t.accent, icon);
    const float x = c.x + r + t.px(12);
    const ImVec4 clip(x, p.y, p.x + w - t.px(12), p.y + h);
    widgets::userText(draw, ctx.fonts.bodyBold, ImVec2(x, p.y + t.px(9)), t.text, row.contactName, &clip);
    std::string meta = std::string(kindName(i.kind)) + " · " +
                       (i.direction == Direction::Out ? "I reached out" : "They reached out") + " · " + clockTime(i.at);
    if (i.askedHelp) meta += " · asked for help";
    if (i.gaveHelp) meta += " · gave help";
    if (i.awaitingReply) meta += " · awaiting reply";
    draw->AddText(ctx.fonts.small, ctx.fonts.small->FontSize, ImVec2(x, p.y + t.px(31)), t.textMuted, meta.c_str(),
                  nullptr, 0.f, &clip);
    if (!i.note.empty())
        widgets::userText(draw, ctx.fonts.small, ImVec2(x, p.y + t.px(50)), t.text, i.note, &clip);
    ImGui::PopID();
}

} // namespace rk::app
