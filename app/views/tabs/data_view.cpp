#include "app/views/tabs/data_view.h"

#include "app/input/keys.h"
#include "app/input/shortcuts.h"
#include "app/theme/icons.h"
#include "app/views/sheets/sheet.h"
#include "app/widgets/dialog.h"
#include "app/widgets/widgets.h"

#include <imgui.h>

#include <algorithm>
#include <string>

namespace rk::app {

namespace {
constexpr const char* kRestorePopup = "##restore-backup";

std::string counted(std::int64_t n, const char* one, const char* many) {
    return grouped(static_cast<std::size_t>(std::max<std::int64_t>(n, 0))) + " " + (n == 1 ? one : many);
}

std::string holds(const BackupListing& b) {
    return counted(b.people, "person", "people") + " · " + counted(b.interactions, "interaction", "interactions");
}

const BackupListing* backupAt(const BackupList& list, const std::string& path) {
    for (const auto& b : list.backups)
        if (b.path == path) return &b;
    return nullptr;
}
} // namespace

void DataView::reset() {
    m_selected.clear();
    m_confirmPath.clear();
    m_confirmOpened = false;
}

void DataView::askToRestore(const BackupListing& backup) {
    if (!backup.readable) return;
    m_selected = backup.path;
    m_confirmPath = backup.path;
    m_confirmOpened = false;
}

void DataView::handleKeys(ViewContext& ctx) {
    if (!ctx.keyboardFree || confirmOpen() || ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId))
        return;
    if (keys::pressed(ImGuiKey_Escape)) {
        ctx.push(intent::ShowMoreScreen{MoreScreen::Main});
        return;
    }
    if (!keys::noMods()) return;
    if (keys::pressed(shortcut::DataBackupNow)) ctx.push(intent::BackupNow{});
    const auto& rows = ctx.models.backups().backups;
    if (rows.empty()) return;
    auto at = std::find_if(rows.begin(), rows.end(), [&](const BackupListing& b) { return b.path == m_selected; });
    const bool down = keys::pressed(ImGuiKey_DownArrow, true) || keys::pressed('J', true);
    const bool up = keys::pressed(ImGuiKey_UpArrow, true) || keys::pressed('K', true);
    if (down) m_selected = at == rows.end() || at + 1 == rows.end() ? rows.front().path : (at + 1)->path;
    if (up) m_selected = at == rows.end() || at == rows.begin() ? rows.back().path : (at - 1)->path;
    if (at == rows.end() || down || up) return;
    if (keys::pressed(shortcut::DataRestore)) askToRestore(*at);
}

// On a wide window the screen keeps a readable width, centred, like the contact page.
void DataView::draw(ViewContext& ctx) {
    const float avail = ImGui::GetContentRegionAvail().x;
    const float width = std::min(avail, ctx.theme.px(kMaxWidth));
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (avail - width) * 0.5f);
    ImGui::BeginChild("##data-page", ImVec2(width, 0), false, ImGuiWindowFlags_NoScrollbar);
    drawPage(ctx);
    ImGui::EndChild();
}

void DataView::drawPage(ViewContext& ctx) {
    const Theme& t = ctx.theme;
    handleKeys(ctx);
    const BackupList& list = ctx.models.backups();
    if (widgets::secondaryButton(RK_ICON_ARROW_LEFT "  Back  (Esc)", t, t.px(130))) {
        ctx.push(intent::ShowMoreScreen{MoreScreen::Main});
        return;
    }
    ImGui::PushFont(ctx.fonts.title);
    ImGui::TextUnformatted("Your data");
    ImGui::PopFont();

    ImGui::BeginChild("##data-list");
    widgets::text("Everything stays on this computer, in " + ctx.models.dataPath() + ". " +
                      counted(ctx.models.shelves().active, "person", "people") + " in your deck.",
                  t.textMuted);
    ImGui::Dummy(ImVec2(0, t.px(6)));
    ImGui::PushFont(ctx.fonts.bodyBold);
    widgets::text("Backups", t.textMuted, false);
    ImGui::PopFont();
    widgets::text("Rekindle copies your data each day it opens, and before a large import, emptying "
                  "the trash or a restore. Restoring one puts your data back as it was then; your "
                  "current data is kept as a backup first.",
                  t.textMuted);
    const char* label = RK_ICON_CLONE "  Back up now  (N)";
    if (widgets::secondaryButton(label, t, ImGui::CalcTextSize(label).x + t.px(40)))
        ctx.push(intent::BackupNow{});

    if (!list.problem.empty()) widgets::text(list.problem, t.danger);
    if (list.backups.empty()) {
        widgets::emptyState(RK_ICON_HISTORY, "No backups yet",
                            "Rekindle makes one each day it opens. Back up now to have one at once.",
                            t, ctx.fonts);
    } else {
        widgets::text("↑/↓ picks a backup, R restores it. In " + list.folder, t.textMuted);
        for (const BackupListing& b : list.backups)
            drawRow(ctx, b);
    }
    ImGui::Dummy(ImVec2(0, t.px(70))); // room above the toast
    ImGui::EndChild();
    drawRestoreConfirm(ctx);
}

// The date and kind beside the Restore button; below, what it holds (or why
// it can't be restored), across the whole width.
void DataView::drawRow(ViewContext& ctx, const BackupListing& backup) {
    const Theme& t = ctx.theme;
    ImGui::PushID(backup.path.c_str());
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->ChannelsSplit(2);
    draw->ChannelsSetCurrent(1);
    const ImVec2 start = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    const float pad = t.px(8);
    const float restoreW = t.px(96);
    const float lineH = ImGui::GetFrameHeight();
    const float nameW = std::max(t.px(60), width - restoreW - 3 * pad);

    ImGui::PushClipRect(start, ImVec2(start.x + pad + nameW, start.y + pad + lineH), true);
    ImGui::SetCursorScreenPos(ImVec2(start.x + pad, start.y + pad + (lineH - ImGui::GetTextLineHeight()) * 0.5f));
    ImGui::PushFont(ctx.fonts.bodyBold);
    ImGui::TextUnformatted(backup.when.c_str());
    ImGui::PopFont();
    ImGui::SameLine();
    widgets::text(backup.kind, t.textMuted, false);
    ImGui::PopClipRect();

    ImGui::SetCursorScreenPos(ImVec2(start.x + width - restoreW - pad, start.y + pad));
    ImGui::BeginDisabled(!backup.readable);
    if (widgets::secondaryButton("Restore…", t, restoreW)) askToRestore(backup);
    ImGui::EndDisabled();

    ImGui::SetCursorScreenPos(ImVec2(start.x + pad, start.y + pad + lineH + t.px(2)));
    ImGui::PushFont(ctx.fonts.small);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width - 2 * pad);
    if (backup.readable)
        widgets::text(holds(backup), t.textMuted);
    else
        widgets::text("Can't be restored: " + backup.problem, t.danger);
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
    const float bottom = ImGui::GetItemRectMax().y + pad;

    draw->ChannelsSetCurrent(0);
    if (backup.path == m_selected)
        draw->AddRectFilled(start, ImVec2(start.x + width, bottom), widgets::withAlpha(t.accent, 0.12f), t.px(10));
    draw->ChannelsMerge();
    ImGui::SetCursorScreenPos(ImVec2(start.x, bottom + t.px(2)));
    ImGui::Dummy(ImVec2(0, 0));
    ImGui::PopID();
}

void DataView::drawRestoreConfirm(ViewContext& ctx) {
    if (m_confirmPath.empty()) return;
    const Theme& t = ctx.theme;
    const BackupListing* backup = backupAt(ctx.models.backups(), m_confirmPath);
    if (!backup) { // gone from the folder since
        m_confirmPath.clear();
        return;
    }
    if (!m_confirmOpened) {
        ImGui::OpenPopup(kRestorePopup);
        m_confirmOpened = true;
    }
    widgets::Dialog dialog(kRestorePopup, t);
    if (!dialog.open) {
        m_confirmPath.clear();
        m_confirmOpened = false;
        return;
    }
    ImGui::PushFont(ctx.fonts.title);
    widgets::text("Restore the backup from " + backup->when + "?", t.text);
    ImGui::PopFont();
    widgets::text("It holds " + holds(*backup) +
                      ". It replaces the data you have now. Your current data is kept as a backup "
                      "first, so you can come back to it from this list.",
                  t.textMuted);
    ImGui::Dummy(ImVec2(0, t.px(2)));
    const bool confirm = widgets::primaryButton(RK_ICON_HISTORY "  Restore this backup  (Enter)", t) ||
                         keys::pressed(ImGuiKey_Enter) || keys::pressed(ImGuiKey_KeyPadEnter);
    bool close = widgets::secondaryButton("Keep my data  (Esc)", t) || keys::pressed(ImGuiKey_Escape);
    if (confirm && !close) {
        ctx.push(intent::RestoreBackup{m_confirmPath});
        close = true;
    }
    if (close) {
        m_confirmPath.clear();
        m_confirmOpened = false;
        ImGui::CloseCurrentPopup();
    }
}

} // namespace rk::app
