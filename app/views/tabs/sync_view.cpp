#include "app/views/tabs/sync_view.h"

#include "app/input/keys.h"
#include "app/input/shortcuts.h"
#include "app/theme/icons.h"
#include "app/widgets/widgets.h"
#include "core/time/civil_date.h"

#include <imgui.h>
#include <imgui_internal.h> // ClearActiveID: a field lets go of what it holds
#include <imgui_stdlib.h>

#include <algorithm>
#include <string>

namespace rk::app {

namespace {
constexpr float kMaxWidth = 640.f; // as Settings

// "just now", "12 minutes ago", "3 hours ago", else the day.
std::string whenText(std::int64_t now, std::int64_t at) {
    const std::int64_t ago = std::max<std::int64_t>(0, now - at);
    if (ago < 60) return "just now";
    if (ago < 3600) {
        const auto m = ago / 60;
        return std::to_string(m) + (m == 1 ? " minute ago" : " minutes ago");
    }
    if (ago < 24 * 3600) {
        const auto h = ago / 3600;
        return std::to_string(h) + (h == 1 ? " hour ago" : " hours ago");
    }
    return "on " + localDateOf(at).iso();
}

std::string inText(std::int64_t seconds) {
    if (seconds < 60) return "in " + std::to_string(std::max<std::int64_t>(1, seconds)) + " seconds";
    const auto m = (seconds + 59) / 60;
    return "in " + std::to_string(m) + (m == 1 ? " minute" : " minutes");
}

void label(const char* text, const ViewContext& ctx) {
    ImGui::Dummy(ImVec2(0, ctx.theme.px(4)));
    ImGui::PushFont(ctx.fonts.bodyBold);
    widgets::text(text, ctx.theme.textMuted, false);
    ImGui::PopFont();
}
} // namespace

void SyncView::reset() {
    m_filled = false;
    m_focus = true;
    m_password.clear();
}

void SyncView::draw(ViewContext& ctx) {
    const float avail = ImGui::GetContentRegionAvail().x;
    const float width = std::min(avail, ctx.theme.px(kMaxWidth));
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (avail - width) * 0.5f);
    ImGui::BeginChild("##sync-page", ImVec2(width, 0), false, ImGuiWindowFlags_NoScrollbar);
    const Theme& t = ctx.theme;
    if (widgets::secondaryButton(RK_ICON_ARROW_LEFT "  Back  (Esc)", t, t.px(130)) ||
        (ctx.keyboardFree && keys::pressed(ImGuiKey_Escape))) {
        ctx.push(intent::ShowMoreScreen{MoreScreen::Main});
        ImGui::EndChild();
        return;
    }
    ImGui::PushFont(ctx.fonts.title);
    ImGui::TextUnformatted("Sync");
    ImGui::PopFont();
    widgets::text("Keep the same people on your phone and your other computers, through a contacts "
                  "server you already use: Nextcloud, Fastmail, iCloud, Radicale, Baïkal… Rekindle "
                  "sends everyone to an address book there and your follow-ups to a task list, and brings "
                  "back what changed elsewhere, every 15 minutes while it is open. Tick a follow-up off on "
                  "your phone and it is done here too.",
                  t.textMuted);
    static const SyncStatus kNone;
    const SyncStatus& status = ctx.sync ? *ctx.sync : kNone;
    drawStatus(ctx, status);
    drawForm(ctx, status);
    ImGui::EndChild();
}

void SyncView::drawStatus(ViewContext& ctx, const SyncStatus& status) {
    const Theme& t = ctx.theme;
    ImGui::Dummy(ImVec2(0, t.px(6)));
    if (!status.available) {
        widgets::text(RK_ICON_WARNING "  Syncing works in the Rekindle window, or with rekindle sync "
                                      "on the command line.",
                      t.warn);
        return;
    }
    if (status.running) {
        widgets::text(RK_ICON_REFRESH "  Syncing with " + status.account.server + "…", t.info);
    } else if (!status.error.empty()) {
        widgets::text(RK_ICON_WARNING "  " + status.error, t.danger);
        if (status.retryAt)
            widgets::text("Rekindle tries again " + inText(*status.retryAt - ctx.now) + ".", t.textMuted);
    } else if (status.lastAt) {
        std::string line = RK_ICON_CHECK "  Last synced " + whenText(ctx.now, *status.lastAt);
        if (!status.lastResult.empty()) line += ": " + status.lastResult;
        widgets::text(line + ".", t.good);
        if (!status.tasksProblem.empty()) widgets::text(RK_ICON_WARNING "  " + status.tasksProblem, t.warn);
    } else if (!status.account.configured()) {
        widgets::text("Not set up yet. Type your server's address and your user name; Rekindle finds "
                      "the address book there, or makes one called Rekindle.",
                      t.textMuted);
    }
    if (status.needsPassword && !status.running && status.keyring != KeyringState::Asking)
        widgets::text(status.savedPasswordRefused
                          ? "The server did not accept the password saved in your system keyring. Type the new "
                            "one: it replaces the saved one once it works."
                          : "Type your password to sync.",
                      t.textMuted);
}

void SyncView::drawPasswordPlace(ViewContext& ctx, const SyncStatus& status) {
    const Theme& t = ctx.theme;
    if (!status.available) return;
    const char* where = nullptr;
    switch (status.keyring) {
    case KeyringState::None:
    case KeyringState::NotRunning:
        where = "Your password is kept until you close Rekindle: no keyring is running.";
        break;
    case KeyringState::Asking: where = "Looking for your password in your system keyring…"; break;
    case KeyringState::Unknown: // not asked yet: no account
        where = "Once your password works, Rekindle saves it in your system keyring, if one is running.";
        break;
    case KeyringState::Running:
        where = status.savedInKeyring ? "Your password is saved in your system keyring."
                                      : "Once your password works, Rekindle saves it in your system keyring.";
        break;
    }
    ImGui::PushFont(ctx.fonts.small);
    widgets::text(where, t.textMuted);
    ImGui::PopFont();
    if (!status.hasPassword && !status.savedInKeyring) return;
    if (widgets::secondaryButton("Forget saved password", t)) {
        ctx.push(intent::ForgetSyncPassword{});
        m_password.clear();
    }
}

void SyncView::drawForm(ViewContext& ctx, const SyncStatus& status) {
    const Theme& t = ctx.theme;
    if (!m_filled) {
        m_server = status.account.server;
        m_user = status.account.user;
        m_filled = true;
    }
    const bool sameAccount = status.account.configured() && m_server == status.account.server &&
                             m_user == status.account.user;
    const bool havePassword = sameAccount && !status.needsPassword;
    const float fieldW = ImGui::GetContentRegionAvail().x;
    bool enter = false;
    // The cursor goes where typing starts: the address, else the password.
    const int focusField = m_server.empty() ? 0 : m_user.empty() ? 1 : havePassword ? -1 : 2;

    label("Server address", ctx);
    ImGui::SetNextItemWidth(fieldW);
    if (m_focus && focusField == 0) ImGui::SetKeyboardFocusHere();
    enter |= ImGui::InputTextWithHint("##sync-server", "https://dav.example.com/", &m_server,
                                      ImGuiInputTextFlags_EnterReturnsTrue);
    label("User name", ctx);
    ImGui::SetNextItemWidth(fieldW);
    if (m_focus && focusField == 1) ImGui::SetKeyboardFocusHere();
    enter |= ImGui::InputTextWithHint("##sync-user", "you@example.com", &m_user, ImGuiInputTextFlags_EnterReturnsTrue);
    label("Password (or an app password)", ctx);
    ImGui::SetNextItemWidth(fieldW);
    if (m_focus && focusField == 2) ImGui::SetKeyboardFocusHere();
    const char* hint = !havePassword                             ? "Your password"
                       : status.savedInKeyring                   ? "Saved in your system keyring"
                                                                 : "Known until Rekindle closes";
    enter |= ImGui::InputTextWithHint("##sync-password", hint,
                                      &m_password,
                                      ImGuiInputTextFlags_Password | ImGuiInputTextFlags_EnterReturnsTrue);
    m_focus = false;
    drawPasswordPlace(ctx, status);

    ImGui::Dummy(ImVec2(0, t.px(6)));
    const bool filled = !m_server.empty() && !m_user.empty() && (havePassword || !m_password.empty());
    const bool can = status.available && !status.running && filled;
    ImGui::BeginDisabled(!can);
    const char* action = status.account.configured() && sameAccount ? RK_ICON_REFRESH "  Sync now  (Ctrl+S)"
                                                                      : RK_ICON_REFRESH "  Set up and sync";
    const bool clicked = widgets::primaryButton(action, t);
    ImGui::EndDisabled();
    // Ctrl+S here is this form's button, also from inside a field (the App
    // leaves the key to this screen).
    const bool ctrlS = keys::pressed(shortcut::SyncNow);
    if ((clicked || enter || ctrlS) && can) {
        if (havePassword && m_password.empty())
            ctx.push(intent::SyncNow{});
        else
            ctx.push(intent::SetUpSync{m_server, m_user, m_password});
        // The field lets go too, or it would keep the old password under the
        // typing that comes next.
        m_password.clear();
        ImGui::ClearActiveID();
    }
    // A sync that failed (a refused password, a wrong address): the cursor
    // goes back to the first field to put right.
    if (m_wasRunning && !status.running && !status.error.empty()) m_focus = true;
    m_wasRunning = status.running;
    if (!filled && status.available) {
        ImGui::PushFont(ctx.fonts.small);
        widgets::text(m_server.empty() || m_user.empty() ? "Fill in the server address and your user name."
                                                         : "Type your password to sync.",
                      t.textMuted);
        ImGui::PopFont();
    }

    ImGui::Dummy(ImVec2(0, t.px(8)));
    ImGui::PushFont(ctx.fonts.small);
    widgets::text("What a sync brings can be undone with Ctrl+Z. A field changed both here and on the "
                  "server keeps yours; the server's shows on the person's page, to take with one click. "
                  "People deleted on the server go to the trash here. The command line does the same: "
                  "rekindle sync.",
                  t.textMuted);
    ImGui::PopFont();
}

} // namespace rk::app
