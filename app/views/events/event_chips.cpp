#include "app/views/events/event_chips.h"

#include "app/text/text_pipeline.h"
#include "app/theme/icons.h"
#include "app/widgets/widgets.h"

#include <imgui.h>

#include <string>

namespace rk::app {

void drawEventChips(ViewContext& ctx, const ContactPage& page, float labelWidth) {
    if (page.events.empty()) return;
    const Theme& t = ctx.theme;
    const float x = ImGui::GetCursorPosX();
    widgets::text("Met at", t.textMuted, false);
    ImGui::SameLine(x + labelWidth);
    const float left = ImGui::GetCursorPosX();
    for (std::size_t i = 0; i < page.events.size(); ++i) {
        const EventLink& e = page.events[i];
        const std::string label = RK_ICON_CALENDAR " " + std::string(text::shown(e.name).text);
        if (i > 0) {
            widgets::sameLineIfFits(ImGui::CalcTextSize(label.c_str()).x + t.px(24));
            if (ImGui::GetCursorPosX() < left) ImGui::SetCursorPosX(left);
        }
        ImGui::PushID(static_cast<int>(e.id));
        if (widgets::pill(label.c_str(), false, t, widgets::PillSize::Compact))
            ctx.push(intent::ShowEvent{e.id});
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Open the event: %s", e.dateIso.c_str());
        ImGui::PopID();
    }
}

} // namespace rk::app
