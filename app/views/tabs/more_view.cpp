#include "app/views/tabs/more_view.h"

#include "app/input/keys.h"
#include "app/input/shortcuts.h"
#include "app/theme/icons.h"
#include "app/widgets/dialog.h"
#include "app/widgets/widgets.h"

#include <imgui.h>

#include <algorithm>
#include <string>

namespace rk::app {

namespace {
constexpr float kReadableWidth = 640.f; // More's list on a wide window
constexpr const char* kDemoPopup = "Add the demo network?";

void sectionTitle(const char* text, const ViewContext& ctx) {
    ImGui::Dummy(ImVec2(0, ctx.theme.px(6)));
    ImGui::PushFont(ctx.fonts.bodyBold);
    widgets::text(text, ctx.theme.textMuted, false);
    ImGui::PopFont();
}
} // namespace

bool MoreView::keysFree(const ViewContext& ctx) const {
    const bool sheetOpen = m_import.isOpen() || m_export.isOpen();
    return ctx.keyboardFree && keys::noMods() && !sheetOpen &&
           !ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId);
}

void MoreView::drawImportExport(ViewContext& ctx) {
    const Theme& t = ctx.theme;
    const bool keysFree = this->keysFree(ctx);

    sectionTitle("Import", ctx);
    widgets::text(
        "Bring people in from Apple, Google or Outlook (vCard), LinkedIn's Connections.csv, any "
        "CSV, or a Rekindle backup. You see what will change before anything does. You can "
        "also drop a file on the window.",
        t.textMuted);
    if (widgets::secondaryButton(RK_ICON_DOWNLOAD "  Import contacts…  (I)", t) ||
        (keysFree && keys::pressed(shortcut::MoreImport)))
        m_import.openPicker();

    sectionTitle("Export", ctx);
    widgets::text(
        "Take your network anywhere: contacts as vCard or CSV, your follow-ups as a calendar, or "
        "a complete backup.",
        t.textMuted);
    if (widgets::secondaryButton(RK_ICON_UPLOAD "  Export…  (E)", t) ||
        (keysFree && keys::pressed(shortcut::MoreExport)))
        m_export.open(ctx.today);
}

void MoreView::show(MoreScreen screen) {
    if (screen != MoreScreen::Events || m_screen != MoreScreen::Events) m_events.open(0);
    m_screen = screen;
    m_trash.reset();
    m_settings.reset();
    m_data.reset();
    m_sync.reset();
}

void MoreView::drawShelves(ViewContext& ctx) {
    const Theme& t = ctx.theme;
    const ShelfCounts& shelves = ctx.models.shelves();
    sectionTitle("Trash and archive", ctx);
    widgets::text(std::to_string(shelves.trash) + " in the trash, " +
                      std::to_string(shelves.archived) +
                      " archived. Restore them, or delete them for good.",
                  t.textMuted);
    if (widgets::secondaryButton(RK_ICON_TRASH "  Trash and archive…  (T)", t) ||
        (keysFree(ctx) && keys::pressed(shortcut::MoreTrash)))
        ctx.push(intent::ShowMoreScreen{MoreScreen::Trash});
}

// Events and the people met there (issue 13).
void MoreView::drawEvents(ViewContext& ctx) {
    const Theme& t = ctx.theme;
    sectionTitle("Events", ctx);
    widgets::text("Meetups, conferences, association meetings, classes, and the people you met "
                  "there. Ctrl+M adds someone you just met, from anywhere.",
                  t.textMuted);
    if (widgets::secondaryButton(RK_ICON_CALENDAR "  Events and people you met…  (V)", t) ||
        (keysFree(ctx) && keys::pressed(shortcut::MoreEvents)))
        ctx.push(intent::ShowEvent{0});
}

void MoreView::drawYourData(ViewContext& ctx) {
    const Theme& t = ctx.theme;
    sectionTitle("Your data", ctx);
    widgets::text("Everything stays on this computer, in " + ctx.models.dataPath(), t.textMuted);
    widgets::text(std::to_string(ctx.models.shelves().active) +
                      " people in your deck. Rekindle backs them up every day; restore a backup "
                      "here.",
                  t.textMuted);
    if (widgets::secondaryButton(RK_ICON_HISTORY "  Your data and backups…  (B)", t) ||
        (keysFree(ctx) && keys::pressed(shortcut::MoreData)))
        ctx.push(intent::ShowMoreScreen{MoreScreen::Data});
}

// The status line of the sync with a server, and the way to set it up.
void MoreView::drawSync(ViewContext& ctx) {
    const Theme& t = ctx.theme;
    sectionTitle("Sync", ctx);
    std::string line = "Keep the same people on your phone and other computers, and your follow-ups in "
                       "your phone's tasks, through your contacts server (Nextcloud, Fastmail, iCloud…).";
    if (const SyncStatus* s = ctx.sync; s && s->account.configured()) {
        if (s->running)
            line = "Syncing with " + s->account.server + "…";
        else if (!s->error.empty())
            line = "The last sync did not finish: " + s->error;
        else if (s->keyring == KeyringState::Asking)
            line = "Syncing with " + s->account.server + ": looking for your password in your system keyring…";
        else if (s->needsPassword)
            line = "Syncing with " + s->account.server + ": type your password to sync.";
        else if (!s->lastResult.empty())
            line = "With " + s->account.server + ": " + s->lastResult + ".";
        else
            line = "Syncing with " + s->account.server + ".";
    }
    widgets::text(line, t.textMuted);
    if (widgets::secondaryButton(RK_ICON_REFRESH "  Sync…  (Y, or Ctrl+S anywhere)", t) ||
        (keysFree(ctx) && keys::pressed(shortcut::MoreSync)))
        ctx.push(intent::ShowMoreScreen{MoreScreen::Sync});
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
    if (m_screen == MoreScreen::Trash) {
        m_trash.draw(ctx);
        return;
    }
    if (m_screen == MoreScreen::Settings) {
        m_settings.draw(ctx);
        return;
    }
    if (m_screen == MoreScreen::Data) {
        m_data.draw(ctx);
        return;
    }
    if (m_screen == MoreScreen::Events) {
        m_events.draw(ctx);
        return;
    }
    if (m_screen == MoreScreen::Sync) {
        m_sync.draw(ctx);
        return;
    }
    // On a wide window the list keeps a readable width, centred, like Settings.
    const float avail = ImGui::GetContentRegionAvail().x;
    const float width = std::min(avail, t.px(kReadableWidth));
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (avail - width) * 0.5f);
    ImGui::BeginChild("##more-column", ImVec2(width, 0), false, ImGuiWindowFlags_NoScrollbar);
    ImGui::PushFont(ctx.fonts.title);
    ImGui::TextUnformatted("More");
    ImGui::PopFont();
    ImGui::BeginChild("##more");

    drawImportExport(ctx);

    drawDemo(ctx);

    drawEvents(ctx);

    sectionTitle("Settings", ctx);
    widgets::text(
        "How often circles are due, how long to wait for a reply, when someone is dormant, "
        "the first day of the week.",
        t.textMuted);
    if (widgets::secondaryButton(RK_ICON_COG "  Settings…  (S or Ctrl+,)", t) ||
        (keysFree(ctx) && keys::pressed(shortcut::MoreSettings)))
        ctx.push(intent::ShowMoreScreen{MoreScreen::Settings});

    drawSync(ctx);

    sectionTitle("Appearance", ctx);
    if (widgets::secondaryButton(t.mode == ThemeMode::Dark ? RK_ICON_SUN "  Switch to light theme"
                                                           : RK_ICON_SUN "  Switch to dark theme",
                                 t))
        ctx.push(intent::ToggleTheme{});
    if (widgets::secondaryButton(RK_ICON_KEYBOARD "  Keyboard shortcuts  (?)", t))
        ctx.push(intent::ShowKeys{});

    drawShelves(ctx);

    drawYourData(ctx);

    sectionTitle("Insights", ctx);
    widgets::text("Your habit over time: who you talked to, replies, asks and gives, your reach.",
                  t.textMuted);
    if (widgets::secondaryButton(RK_ICON_FIRE "  Insights…  (Ctrl+I)", t))
        ctx.push(intent::OpenInsights{});
    ImGui::EndChild();
    ImGui::EndChild();

    m_import.draw(ctx);
    if (!m_import.isOpen()) m_export.draw(ctx);
}

} // namespace rk::app
