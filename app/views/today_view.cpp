#include "app/views/today_view.h"

#include "app/theme/icons.h"
#include "app/widgets/widgets.h"
#include "core/repo/contact_repo.h"
#include "core/time/humanize.h"

#include <imgui.h>

namespace rk::app {

void TodayView::reload(ViewContext& ctx) { m_contactCount = ContactRepo(ctx.store.db()).count(); }

void TodayView::drawContent(ViewContext& ctx) {
    const Theme& t = ctx.theme;
    ImGui::PushFont(ctx.fonts.title);
    ImGui::TextUnformatted("Today");
    ImGui::PopFont();
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(t.textMuted));
    ImGui::TextUnformatted(weekdayDate(ctx.today).c_str());
    ImGui::PopStyleColor();

    if (m_contactCount == 0) {
        widgets::emptyState(RK_ICON_FIRE, "Welcome to Rekindle",
                            "Keep your network warm with a few minutes a day. Start by bringing "
                            "in your contacts, or explore with a demo network.",
                            t, ctx.fonts);
        if (widgets::primaryButton(RK_ICON_MAGIC "  Try a demo network", t))
            ctx.push(intent::LoadDemo{});
        if (widgets::secondaryButton(RK_ICON_DOWNLOAD "  Import contacts", t))
            ctx.push(intent::SwitchTab{Tab::More});
        return;
    }
    widgets::emptyState(RK_ICON_CHECK, "Nothing due today",
                        "Nobody needs a follow-up right now. Enjoy the quiet, or open the deck "
                        "and reach out to someone you miss.",
                        t, ctx.fonts);
    if (widgets::secondaryButton(RK_ICON_CLONE "  Open the deck", t))
        ctx.push(intent::SwitchTab{Tab::Deck});
}

} // namespace rk::app
