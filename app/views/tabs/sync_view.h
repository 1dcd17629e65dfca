#pragma once
#include "app/view_context.h"

#include <string>

namespace rk::app {

// More → Sync (Y there, Ctrl+S anywhere when a password is needed): the
// status line (syncing, when the last sync was and what it did, why the last
// try failed and when it tries again), the server, the user name and the
// password, where the password is kept (the system keyring, or memory until
// Rekindle closes) with "Forget saved password", and "Sync now". A new server or user is
// looked up (its address book found or made); the same one with a password
// just syncs. Keys: Enter in a field syncs, Esc goes back to More.
class SyncView {
public:
    void draw(ViewContext& ctx);
    // Opened fresh: the fields show the saved account, the cursor goes to
    // the first one that needs typing.
    void reset();

    [[nodiscard]] const std::string& serverField() const { return m_server; }

private:
    void drawStatus(ViewContext& ctx, const SyncStatus& status);
    void drawForm(ViewContext& ctx, const SyncStatus& status);
    // Where the password is kept, and "Forget saved password".
    void drawPasswordPlace(ViewContext& ctx, const SyncStatus& status);

    std::string m_server;
    std::string m_user;
    std::string m_password;
    bool m_filled = false; // the fields took the saved account
    bool m_focus = true;   // put the cursor in a field next frame
    bool m_wasRunning = false;
};

} // namespace rk::app
