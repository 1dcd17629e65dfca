#include "app/views/tabs/more_view.h"

#include "app/input/keys.h"
#include "app/theme/icons.h"
#include "app/widgets/dialog.h"
#include "app/widgets/widgets.h"

#include <imgui.h>
#include <string>

namespace rk::app {

namespace {
constexpr const char* kDemoPopup = "Add the demo network?";

void sectionTitle(const char* text, const ViewContext& ctx) {
    ImGui::Dummy(ImVec2(0, ctx.theme.px(6)));
    ImGui::PushFont(ctx.fonts.bodyBold);
    widgets::text(text, ctx.theme.textMuted, false);
    ImGui::PopFont();
}
} // namespace

void MoreView::drawImportExport(ViewContext& ctx) {
    const Theme& t = ctx.theme;
    const bool sheetOpen = m_import.isOpen() || m_export.isOpen();
    const bool keysFree = ctx.keyboardFree && keys::noMods() && !sheetOpen &&
                          !ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId);

    sectionTitle("Import", ctx);
    widgets::text("Bring people in from Apple, Google or Outlook (vCard), LinkedIn's Connections.csv, any "
                  "CSV, or a Rekindle backup. You see what will change before anything does. You can "
                  "also drop a file on the window.",
                  t.textMuted);
    if (widgets::secondaryButton(RK_ICON_DOWNLOAD "  Import contacts…  (I)", t) || (keysFree && keys::pressed('I')))
        m_import.openPicker();

    sectionTitle("Export", ctx);
    widgets::text("Take your network anywhere: contacts as vCard or CSV, your follow-ups as a calendar, or "
                  "a complete backup.",
                  t.textMuted);
    if (widgets::secondaryButton(RK_ICON_UPLOAD "  Export…  (E)", t) || (keysFree && keys::pressed('E')))
        m_export.open(ctx.today);
}

void MoreView::drawTrash(ViewContext& ctx) {
    const Theme& t = ctx.theme;
    const ShelfCounts& shelves = ctx.models.shelves();
    sectionTitle("Trash", ctx);
    ImGui::TextWrapped("%lld in the trash, %lld archived. People in the trash can be restored until "
                       "you empty it.",
                       static_cast<long long>(shelves.trash), static_cast<long long>(shelves.archived));
    if (shelves.trash == 0) return;
    if (widgets::secondaryButton(RK_ICON_TRASH "  Empty the trash", t)) ImGui::OpenPopup("Empty the trash?");
    if (ImGui::BeginPopupModal("Empty the trash?", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::Text("%lld people and their history will be deleted.", static_cast<long long>(shelves.trash));
        ImGui::TextUnformatted("You can still undo this with Ctrl+Z until you close Rekindle.");
        if (widgets::primaryButton("Empty the trash", t, t.px(160))) {
            ctx.push(intent::EmptyTrash{});
            ImGui::CloseCurrentPopup();
        }
        ImGui::SameLine();
        if (widgets::secondaryButton("Keep them", t, t.px(120)) || keys::pressed(ImGuiKey_Escape))
            ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
    }
}

// The demo goes straight into an empty deck; beside people of one's own it
// asks first. Core refuses to add it twice (countDemoPeople), and says so.
void MoreView::drawDemo(ViewContext& ctx) {
    const Theme& t = ctx.theme;
    sectionTitle("Your network", ctx);
    if (widgets::secondaryButton(RK_ICON_MAGIC "  Add a demo network (150 people)", t)) {
        if (ctx.models.shelves().active == 0)
            ctx.push(intent::LoadDemo{});
        else
            m_confirmDemo = true;
    }
    if (!m_confirmDemo) return;
    if (!m_confirmDemoOpened) {
        ImGui::OpenPopup(kDemoPopup);
        m_confirmDemoOpened = true;
    }
    widgets::Dialog dialog(kDemoPopup, t);
    if (!dialog.open) {
        m_confirmDemo = m_confirmDemoOpened = false;
        return;
    }
    ImGui::PushFont(ctx.fonts.title);
    ImGui::TextWrapped("Add 150 demo people to your deck?");
    ImGui::PopFont();
    widgets::text(
        "You already have " + std::to_string(ctx.models.shelves().active) +
            (ctx.models.shelves().active == 1 ? " person" : " people") +
            ". The demo people are made up (their addresses end in .example) and "
            "mix in with yours; Ctrl+Z takes them out again. If the demo is already here, "
            "nothing is added.",
        t.textMuted);
    ImGui::Dummy(ImVec2(0, t.px(2)));
    const bool confirm =
        widgets::primaryButton(RK_ICON_MAGIC "  Add the demo people  (Enter)", t) ||
        keys::pressed(ImGuiKey_Enter) || keys::pressed(ImGuiKey_KeyPadEnter);
    bool close = widgets::secondaryButton("Not now  (Esc)", t) || keys::pressed(ImGuiKey_Escape);
    if (confirm && !close) {
        ctx.push(intent::LoadDemo{});
        close = true;
    }
    if (close) {
        m_confirmDemo = m_confirmDemoOpened = false;
        ImGui::CloseCurrentPopup();
    }
}

void MoreView::draw(ViewContext& ctx) {
    const Theme& t = ctx.theme;
    ImGui::PushFont(ctx.fonts.title);
    ImGui::TextUnformatted("More");
    ImGui::PopFont();
    ImGui::BeginChild("##more");

    drawImportExport(ctx);

    drawDemo(ctx);

    sectionTitle("Appearance", ctx);
    if (widgets::secondaryButton(t.mode == ThemeMode::Dark ? RK_ICON_SUN "  Switch to light theme"
                                                           : RK_ICON_SUN "  Switch to dark theme",
                                 t))
        ctx.push(intent::ToggleTheme{});
    if (widgets::secondaryButton(RK_ICON_KEYBOARD "  Keyboard shortcuts  (?)", t))
        ctx.push(intent::ShowKeys{});

    drawTrash(ctx);

    sectionTitle("Your data", ctx);
    widgets::text("Everything stays on this computer, in " + ctx.models.dataPath(), t.textMuted);
    widgets::text(std::to_string(ctx.models.shelves().active) + " people in your deck.", t.textMuted);
    ImGui::EndChild();

    m_import.draw(ctx);
    if (!m_import.isOpen()) m_export.draw(ctx);
}

} // namespace rk::app
