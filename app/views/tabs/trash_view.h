#pragma once
#include "app/view_context.h"

namespace rk::app {

// More → Trash and archive (T): everyone in the trash and everyone archived,
// each with Restore and Delete forever, and "Empty the trash" behind a
// question. Every button is one undoable command; the toast offers Undo.
// Keys: ↑/↓ (or K/J) pick a person, R restores, D deletes for good,
// E empties the trash, Esc goes back to More.
class TrashView {
public:
    void draw(ViewContext& ctx);
    // Back on More's list: nothing picked, no question open.
    void reset();

    [[nodiscard]] bool confirmOpen() const { return m_confirmEmpty; }
    // The person the keys act on, or 0.
    [[nodiscard]] ContactId selected() const { return m_selected; }

    // After a row's button, the rows below move up: for this long no row
    // takes a click, so a double click never deletes the next person too.
    static constexpr double kRowLockSeconds = 0.4;

private:
    static constexpr float kMaxWidth = 640.f; // as the contact page

    void drawPage(ViewContext& ctx);
    void handleKeys(ViewContext& ctx);
    void drawShelf(ViewContext& ctx, const std::vector<ShelfPerson>& people, bool trash);
    void drawRow(ViewContext& ctx, const ShelfPerson& person, bool trash);
    void drawEmptyConfirm(ViewContext& ctx);
    void act(ViewContext& ctx, ContactId id, bool trash, bool forever);

    ContactId m_selected = 0;
    bool m_confirmEmpty = false;
    bool m_confirmOpened = false;
    double m_rowsLockedUntil = 0.0;
};

} // namespace rk::app
