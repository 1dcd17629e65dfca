#include "app/views/contact/contact_server_values.h"

#include "app/theme/icons.h"
#include "app/widgets/card.h"
#include "app/widgets/user_text.h"
#include "app/widgets/widgets.h"

#include <imgui.h>

namespace rk::app {

namespace {

std::string capitalised(std::string s) {
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 32);
    return s;
}

} // namespace

void drawServerValuesCard(ViewContext& ctx, const ContactPage& page) {
    if (page.serverValues.empty()) return;
    const Theme& t = ctx.theme;
    widgets::Card card(t, t.px(16), t.accent);
    widgets::sectionLabel("CHANGED ON BOTH SIDES", t, ctx.fonts.small);
    widgets::text("A sync found these changed here and on your server. Yours are kept; "
                  "take the server's where it is right.",
                  t.textMuted);
    const float w = card.innerWidth();
    for (const ServerValue& v : page.serverValues) {
        ImGui::PushID(static_cast<int>(v.id));
        ImGui::Dummy(ImVec2(0, t.px(4)));
        ImGui::PushFont(ctx.fonts.bodyBold);
        widgets::text(capitalised(v.field), t.text, false);
        ImGui::PopFont();
        widgets::text("Yours:", t.textMuted, false);
        ImGui::SameLine();
        widgets::userTextWrapped(v.mine);
        widgets::text("Server's:", t.textMuted, false);
        ImGui::SameLine();
        widgets::userTextWrapped(v.theirs);
        // Named by field, so each button says what it does with several listed.
        const std::string take = RK_ICON_CHECK "  Use the server's " + v.field;
        if (widgets::secondaryButton(take.c_str(), t, w)) ctx.push(intent::TakeServerValue{v.id});
        const std::string keep = "Keep my " + v.field;
        if (widgets::secondaryButton(keep.c_str(), t, w)) ctx.push(intent::KeepMyValue{v.id});
        ImGui::PopID();
    }
}

} // namespace rk::app
