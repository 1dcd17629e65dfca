#pragma once
#include "app/view_context.h"

#include <string>

namespace rk::app {

// More → Your data (B): where the data lives, and every backup in the backup
// folder (daily, before an import, an empty-trash or a restore, made by you),
// newest first, with its date and what it holds. "Back up now" makes one;
// Restore replaces the data with a backup after asking, and says plainly that
// the current data is kept as a backup first.
// Keys: ↑/↓ (or K/J) pick a backup, R restores it (asks; Enter confirms,
// Esc keeps your data), N backs up now, Esc goes back to More.
class DataView {
public:
    void draw(ViewContext& ctx);
    // Back on More's list: nothing picked, no question open.
    void reset();

    [[nodiscard]] bool confirmOpen() const { return !m_confirmPath.empty(); }
    // The backup the keys act on (its path), or "".
    [[nodiscard]] const std::string& selected() const { return m_selected; }

private:
    static constexpr float kMaxWidth = 640.f; // as the contact page

    void drawPage(ViewContext& ctx);
    void handleKeys(ViewContext& ctx);
    void drawRow(ViewContext& ctx, const BackupListing& backup);
    void drawRestoreConfirm(ViewContext& ctx);
    void askToRestore(const BackupListing& backup);

    std::string m_selected;
    std::string m_confirmPath; // the backup "Restore?" asks about
    bool m_confirmOpened = false;
};

} // namespace rk::app
