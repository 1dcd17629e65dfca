#pragma once
#include "app/theme/fonts.h"
#include "app/theme/theme.h"

#include <imgui.h>

#include <string>

namespace rk::app {

// The message after every change ("Emailed Ana García"), with Undo, above
// the tab bar for a few seconds.
struct Toast {
    static constexpr double kSeconds = 6.0;

    std::string text;
    bool canUndo = false;
    bool isError = false;
    double shownAt = 0.0; // ImGui time

    [[nodiscard]] bool visible(double now) const {
        return !text.empty() && now - shownAt <= kSeconds;
    }
    // Seconds until it goes, for the loop's next wake-up.
    [[nodiscard]] double secondsLeft(double now) const { return kSeconds - (now - shownAt); }
};

// Where a toast was drawn, and whether its Undo was clicked.
struct ToastDrawn {
    bool undoClicked = false;
    ImVec2 min{0, 0}, max{0, 0};
};
// Draws the toast centred on `bottomCentre`, at most `width` wide.
ToastDrawn drawToast(const Toast& toast, ImVec2 bottomCentre, float width, const Theme& theme,
                     const Fonts& fonts);

} // namespace rk::app
