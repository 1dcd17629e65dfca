#include "app/views/tabs/trash_view.h"
#include "app/widgets/user_text.h"

#include "app/input/keys.h"
#include "app/input/shortcuts.h"
#include "app/theme/icons.h"
#include "app/widgets/dialog.h"
#include "app/widgets/widgets.h"
#include "core/time/humanize.h"

#include <imgui.h>

#include <algorithm>
#include <string>

namespace rk::app {

namespace {
constexpr const char* kEmptyPopup = "##empty-trash";

// Everyone on both shelves in the order drawn: the trash, then the archive.
std::vector<const ShelfPerson*> rowsOf(const ShelfLists& lists) {
    std::vector<const ShelfPerson*> rows;
    for (const auto& p : lists.trash)
        rows.push_back(&p);
    for (const auto& p : lists.archived)
        rows.push_back(&p);
    return rows;
}

bool inTrash(const ShelfLists& lists, ContactId id) {
    return std::any_of(lists.trash.begin(), lists.trash.end(),
                       [&](const ShelfPerson& p) { return p.id == id; });
}
} // namespace

void TrashView::reset() {
    m_selected = 0;
    m_confirmEmpty = false;
    m_confirmOpened = false;
}

void TrashView::act(ViewContext& ctx, ContactId id, bool trash, bool forever) {
    if (forever)
        ctx.push(intent::DeleteForever{id});
    else if (trash)
        ctx.push(intent::RestoreFromTrash{id});
    else
        ctx.push(intent::RestoreFromArchive{id});
    m_rowsLockedUntil = ImGui::GetTime() + kRowLockSeconds;
}

void TrashView::handleKeys(ViewContext& ctx) {
    if (!ctx.keyboardFree || m_confirmEmpty || ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId))
        return;
    if (keys::pressed(ImGuiKey_Escape)) {
        ctx.push(intent::ShowMoreScreen{MoreScreen::Main});
        return;
    }
    if (!keys::noMods()) return;
    const ShelfLists& lists = ctx.models.shelfLists();
    const auto rows = rowsOf(lists);
    if (rows.empty()) return;
    auto at = std::find_if(rows.begin(), rows.end(),
                           [&](const ShelfPerson* p) { return p->id == m_selected; });
    const bool down = keys::pressed(ImGuiKey_DownArrow, true) || keys::pressed('J', true);
    const bool up = keys::pressed(ImGuiKey_UpArrow, true) || keys::pressed('K', true);
    if (down)
        m_selected = at == rows.end() || at + 1 == rows.end() ? rows.front()->id : (*(at + 1))->id;
    if (up) m_selected = at == rows.end() || at == rows.begin() ? rows.back()->id : (*(at - 1))->id;
    if (keys::pressed(shortcut::TrashEmpty) && !lists.trash.empty()) m_confirmEmpty = true;
    if (at == rows.end() || down || up) return;
    if (keys::pressed(shortcut::TrashRestore))
        act(ctx, m_selected, inTrash(lists, m_selected), false);
    else if (keys::pressed(shortcut::TrashDelete))
        act(ctx, m_selected, inTrash(lists, m_selected), true);
}

// On a wide window the screen keeps a readable width, centred, like the contact page.
void TrashView::draw(ViewContext& ctx) {
    const float avail = ImGui::GetContentRegionAvail().x;
    const float width = std::min(avail, ctx.theme.px(kMaxWidth));
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (avail - width) * 0.5f);
    ImGui::BeginChild("##trash-page", ImVec2(width, 0), false, ImGuiWindowFlags_NoScrollbar);
    drawPage(ctx);
    ImGui::EndChild();
}

void TrashView::drawPage(ViewContext& ctx) {
    const Theme& t = ctx.theme;
    handleKeys(ctx);
    const ShelfLists& lists = ctx.models.shelfLists();
    if (widgets::secondaryButton(RK_ICON_ARROW_LEFT "  Back  (Esc)", t, t.px(130))) {
        ctx.push(intent::ShowMoreScreen{MoreScreen::Main});
        return;
    }
    ImGui::PushFont(ctx.fonts.title);
    ImGui::TextUnformatted("Trash and archive");
    ImGui::PopFont();

    ImGui::BeginChild("##trash-list");
    if (lists.empty()) {
        widgets::emptyState(RK_ICON_TRASH, "Nothing here",
                            "People you archive or move to the trash wait here, so you can bring "
                            "them back or let them go for good.",
                            t, ctx.fonts);
    } else {
        widgets::text("↑/↓ picks a person, R restores, D deletes for good. Ctrl+Z undoes either.",
                      t.textMuted);
        drawShelf(ctx, lists.trash, true);
        drawShelf(ctx, lists.archived, false);
    }
    ImGui::Dummy(ImVec2(0, t.px(70))); // room above the toast
    ImGui::EndChild();
    drawEmptyConfirm(ctx);
}

void TrashView::drawShelf(ViewContext& ctx, const std::vector<ShelfPerson>& people, bool trash) {
    const Theme& t = ctx.theme;
    ImGui::Dummy(ImVec2(0, t.px(6)));
    ImGui::PushFont(ctx.fonts.bodyBold);
    const std::string heading =
        (trash ? "In the trash (" : "Archived (") + std::to_string(people.size()) + ")";
    widgets::text(heading, t.textMuted, false);
    ImGui::PopFont();
    if (trash && !people.empty()) {
        ImGui::SameLine();
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + t.px(8));
        const char* label = RK_ICON_TRASH "  Empty the trash  (E)";
        if (widgets::secondaryButton(label, t, ImGui::CalcTextSize(label).x + t.px(40)))
            m_confirmEmpty = true;
    }
    if (people.empty()) {
        widgets::text(trash ? "The trash is empty." : "Nobody is archived.", t.textMuted);
        return;
    }
    for (const ShelfPerson& person : people)
        drawRow(ctx, person, trash);
}

// The name beside the buttons; below, the role and when they were put away,
// across the whole width, so a phone-narrow window does not cut it.
void TrashView::drawRow(ViewContext& ctx, const ShelfPerson& person, bool trash) {
    const Theme& t = ctx.theme;
    ImGui::PushID(static_cast<int>(person.id));
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->ChannelsSplit(2);
    draw->ChannelsSetCurrent(1);
    const ImVec2 start = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    const float pad = t.px(8);

    const float restoreW = t.px(84);
    const float deleteW = t.px(128);
    const float buttonsW = restoreW + deleteW + ImGui::GetStyle().ItemSpacing.x;
    const float nameW = std::max(t.px(60), width - buttonsW - 3 * pad);
    const float lineH = ImGui::GetFrameHeight();
    ImGui::PushFont(ctx.fonts.bodyBold);
    const float nameY = start.y + pad + (lineH - ImGui::GetTextLineHeight()) * 0.5f;
    ImGui::PushClipRect(start, ImVec2(start.x + pad + nameW, start.y + pad + lineH), true);
    ImGui::SetCursorScreenPos(ImVec2(start.x + pad, nameY));
    widgets::userText(person.name);
    ImGui::PopClipRect();
    ImGui::PopFont();

    const bool locked = ImGui::GetTime() < m_rowsLockedUntil;
    ImGui::SetCursorScreenPos(ImVec2(start.x + width - buttonsW - pad, start.y + pad));
    ImGui::BeginDisabled(locked);
    if (widgets::secondaryButton("Restore", t, restoreW)) act(ctx, person.id, trash, false);
    ImGui::SameLine();
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(t.danger));
    if (widgets::secondaryButton("Delete forever", t, deleteW)) act(ctx, person.id, trash, true);
    ImGui::PopStyleColor();
    ImGui::EndDisabled();

    std::string detail = (trash ? "In the trash since " : "Archived ") +
                         shortDate(localDateOf(person.since), ctx.today);
    if (person.interactions > 0)
        detail += " · " + std::to_string(person.interactions) +
                  (person.interactions == 1 ? " interaction" : " interactions");
    if (!person.roleLine.empty()) detail = person.roleLine + " · " + detail;
    ImGui::SetCursorScreenPos(ImVec2(start.x + pad, start.y + pad + lineH + t.px(2)));
    ImGui::PushFont(ctx.fonts.small);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width - 2 * pad);
    widgets::text(detail, t.textMuted);
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
    const float bottom = ImGui::GetItemRectMax().y + pad;

    draw->ChannelsSetCurrent(0);
    if (person.id == m_selected)
        draw->AddRectFilled(start, ImVec2(start.x + width, bottom),
                            widgets::withAlpha(t.accent, 0.12f), t.px(10));
    draw->ChannelsMerge();
    ImGui::SetCursorScreenPos(ImVec2(start.x, bottom + t.px(2)));
    ImGui::Dummy(ImVec2(0, 0));
    ImGui::PopID();
}

void TrashView::drawEmptyConfirm(ViewContext& ctx) {
    if (!m_confirmEmpty) return;
    const Theme& t = ctx.theme;
    if (!m_confirmOpened) {
        ImGui::OpenPopup(kEmptyPopup);
        m_confirmOpened = true;
    }
    widgets::Dialog dialog(kEmptyPopup, t);
    if (!dialog.open) {
        m_confirmEmpty = m_confirmOpened = false;
        return;
    }
    const std::size_t count = ctx.models.shelfLists().trash.size();
    ImGui::PushFont(ctx.fonts.title);
    widgets::text("Empty the trash?", t.text);
    ImGui::PopFont();
    widgets::text(std::to_string(count) + (count == 1 ? " person" : " people") +
                      " and their history will be deleted for good. Ctrl+Z brings them back until "
                      "you close Rekindle.",
                  t.textMuted);
    ImGui::Dummy(ImVec2(0, t.px(2)));
    ImGui::PushStyleColor(ImGuiCol_Button, ImGui::ColorConvertU32ToFloat4(t.danger));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImGui::ColorConvertU32ToFloat4(t.danger));
    const bool confirm =
        widgets::primaryButton(RK_ICON_TRASH "  Delete them for good  (Enter)", t) ||
        keys::pressed(ImGuiKey_Enter) || keys::pressed(ImGuiKey_KeyPadEnter);
    ImGui::PopStyleColor(2);
    bool close = widgets::secondaryButton("Keep them  (Esc)", t) || keys::pressed(ImGuiKey_Escape);
    if (confirm && !close) {
        ctx.push(intent::EmptyTrash{});
        close = true;
    }
    if (close) {
        m_confirmEmpty = m_confirmOpened = false;
        ImGui::CloseCurrentPopup();
    }
}

} // namespace rk::app
