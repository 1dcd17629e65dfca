#include "app/views/more_view.h"

#include "app/input/keys.h"
#include "app/theme/icons.h"
#include "app/widgets/widgets.h"
#include "core/repo/contact_repo.h"

#include <imgui.h>
#include <string>

namespace rk::app {

namespace {
void sectionTitle(const char* text, const ViewContext& ctx) {
    ImGui::Dummy(ImVec2(0, ctx.theme.px(6)));
    ImGui::PushFont(ctx.fonts.bodyBold);
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(ctx.theme.textMuted));
    ImGui::TextUnformatted(text);
    ImGui::PopStyleColor();
    ImGui::PopFont();
}
} // namespace

void MoreView::reload(ViewContext& ctx) {
    if (busy()) return; // the import's worker owns the store; its commit moves the revision anyway
    ContactRepo contacts(ctx.store.db());
    m_trashCount = contacts.count(Shelf::Trash);
    m_archivedCount = contacts.count(Shelf::Archived);
    m_contactCount = contacts.count(Shelf::Active);
}

void MoreView::drawImportExport(ViewContext& ctx) {
    const Theme& t = ctx.theme;
    const bool sheetOpen = m_import.isOpen() || m_export.isOpen();
    const bool keysFree = ctx.keyboardFree && keys::noMods() && !sheetOpen &&
                          !ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId);

    sectionTitle("Import", ctx);
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(t.textMuted));
    ImGui::TextWrapped("Bring people in from Apple, Google or Outlook (vCard), LinkedIn's Connections.csv, any "
                       "CSV, or a Rekindle backup. You see what will change before anything does. You can "
                       "also drop a file on the window.");
    ImGui::PopStyleColor();
    if (widgets::secondaryButton(RK_ICON_DOWNLOAD "  Import contacts…  (I)", t) || (keysFree && keys::pressed('I')))
        m_import.openPicker();

    sectionTitle("Export", ctx);
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(t.textMuted));
    ImGui::TextWrapped("Take your network anywhere: contacts as vCard or CSV, your follow-ups as a calendar, or "
                       "a complete backup.");
    ImGui::PopStyleColor();
    if (widgets::secondaryButton(RK_ICON_UPLOAD "  Export…  (E)", t) || (keysFree && keys::pressed('E')))
        m_export.open(ctx.today);
}

void MoreView::drawContent(ViewContext& ctx) {
    const Theme& t = ctx.theme;
    // Before anything is drawn: start what the sheet asked for last frame and
    // take in a finished worker (the store is free again after this if it was busy).
    m_import.update(ctx);
    ImGui::PushFont(ctx.fonts.title);
    ImGui::TextUnformatted("More");
    ImGui::PopFont();
    ImGui::BeginChild("##more");

    drawImportExport(ctx);

    sectionTitle("Your network", ctx);
    if (widgets::secondaryButton(RK_ICON_MAGIC "  Add a demo network (150 people)", t))
        ctx.push(intent::LoadDemo{});

    sectionTitle("Appearance", ctx);
    if (widgets::secondaryButton(t.mode == ThemeMode::Dark ? RK_ICON_SUN "  Switch to light theme"
                                                           : RK_ICON_SUN "  Switch to dark theme",
                                 t))
        ctx.push(intent::ToggleTheme{});
    if (widgets::secondaryButton(RK_ICON_KEYBOARD "  Keyboard shortcuts  (?)", t))
        ctx.push(intent::ShowKeys{});

    sectionTitle("Trash", ctx);
    ImGui::TextWrapped("%lld in the trash, %lld archived. People in the trash can be restored until "
                       "you empty it.",
                       static_cast<long long>(m_trashCount), static_cast<long long>(m_archivedCount));
    if (m_trashCount > 0) {
        if (widgets::secondaryButton(RK_ICON_TRASH "  Empty the trash", t))
            ImGui::OpenPopup("Empty the trash?");
        if (ImGui::BeginPopupModal("Empty the trash?", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
            ImGui::Text("%lld people and their history will be deleted.",
                        static_cast<long long>(m_trashCount));
            ImGui::TextUnformatted("You can still undo this with Ctrl+Z until you close Rekindle.");
            if (widgets::primaryButton("Empty the trash", t, t.px(160))) {
                ctx.push(intent::EmptyTrash{});
                ImGui::CloseCurrentPopup();
            }
            ImGui::SameLine();
            if (widgets::secondaryButton("Keep them", t, t.px(120)) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)))
                ImGui::CloseCurrentPopup();
            ImGui::EndPopup();
        }
    }

    sectionTitle("Your data", ctx);
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(t.textMuted));
    ImGui::TextWrapped("Everything stays on this computer, in %s", ctx.store.path().c_str());
    ImGui::TextWrapped("%lld people in your deck.", static_cast<long long>(m_contactCount));
    ImGui::PopStyleColor();
    ImGui::EndChild();

    m_import.draw(ctx);
    if (!m_import.isOpen()) m_export.draw(ctx);
}

} // namespace rk::app
