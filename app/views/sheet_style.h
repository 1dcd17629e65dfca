#pragma once
#include "app/view_context.h"

#include <cstddef>
#include <string>

namespace rk::app {

// A bottom sheet as a modal popup, the way the log sheet looks: full width up
// to 560 px, anchored to the bottom, rounded, on the background colour.
// `open` says whether to draw its contents; the popup is ended by the destructor.
// The popup is opened the first time, when `openedOnce` is still false (the
// owner resets it whenever the sheet is shown afresh).
class SheetScope {
public:
    SheetScope(const char* popupId, const Theme& theme, bool& openedOnce);
    ~SheetScope();
    SheetScope(const SheetScope&) = delete;
    SheetScope& operator=(const SheetScope&) = delete;

    bool open = false;
};

// The sheet's heading, in the title font.
void sheetTitle(const std::string& text, const ViewContext& ctx);
// A wrapped sentence in the muted colour.
void mutedText(const std::string& text, const ViewContext& ctx);
// A wrapped sentence in the danger colour.
void errorText(const std::string& text, const ViewContext& ctx);
// Core messages are clauses ("can't write x: the disk may be full"); the UI
// shows sentences: a capital first letter and a full stop.
[[nodiscard]] std::string sentence(std::string text);
// 12000 → "12,000": counts of people read at a glance.
[[nodiscard]] std::string grouped(std::size_t n);

} // namespace rk::app
