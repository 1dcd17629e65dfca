#pragma once
#include "app/view_context.h"

#include <cstddef>
#include <string>

namespace rk::app {

// A bottom sheet: a modal popup anchored to the bottom of the window, full
// width up to 560 px, rounded, on the background colour. The log, import and
// export sheets are its children; each has steps of its own (pick a person,
// fill in the form; choose a file, preview, done…).
//
// draw() runs the frame they share and calls drawStep() for the current one:
// nothing while closed; the popup opened once each time the sheet is shown
// afresh; dismissed() when another popup took its place; the popup closed as
// soon as the sheet closes itself.
class Sheet {
public:
    virtual ~Sheet() = default;
    void draw(ViewContext& ctx);
    [[nodiscard]] virtual bool isOpen() const = 0;

protected:
    explicit Sheet(const char* popupId) : m_popupId(popupId) {}
    Sheet(const Sheet&) = default;
    Sheet& operator=(const Sheet&) = default;

    // The sheet is shown afresh: its popup opens at the next draw.
    void openPopup() { m_popupOpened = false; }
    virtual void drawStep(ViewContext& ctx) = 0;
    // Another popup took the sheet's place: close, as Esc would.
    virtual void dismissed(ViewContext& ctx) = 0;

private:
    const char* m_popupId;
    bool m_popupOpened = false;
};

// The sheet's heading in the title font (in `colour`, 0: the text colour); a
// long one (a file name) ends in "…".
void sheetTitle(const std::string& text, const ViewContext& ctx, ImU32 colour = 0);
// Core messages are clauses ("can't write x: the disk may be full"); the UI
// shows sentences: a capital first letter and a full stop.
[[nodiscard]] std::string sentence(std::string text);
// 12000 → "12,000": counts of people read at a glance.
[[nodiscard]] std::string grouped(std::size_t n);

} // namespace rk::app
