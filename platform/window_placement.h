#pragma once
#include <optional>
#include <string>
#include <vector>

namespace rk::platform {

// Where the window was and how big, remembered between runs in a small file
// beside the database (window.txt). Not in the database's settings: the
// window belongs to this computer's screens, while the database may be read
// only, from a newer Rekindle, copied to another machine or not open at all
// (the bad-file screen); and closing a window should never be a write to
// people's data.
//
// Plain C++ with no GLFW, so the rules are tested without a display.

struct Rect {
    int x = 0, y = 0, w = 0, h = 0;
    [[nodiscard]] bool operator==(const Rect&) const = default;
};

struct Monitor {
    std::string name;
    Rect workArea; // the monitor minus panels and docks, in screen coordinates
};

struct SavedPlacement {
    Rect rect; // the client area (GLFW's window position and size)
    std::string monitor;
    [[nodiscard]] bool operator==(const SavedPlacement&) const = default;
};

// How much the window manager's frame adds around the client area.
struct FrameExtents {
    int left = 0, top = 0, right = 0, bottom = 0;
};

// The smallest window the layout works in (logical pixels): a phone's width.
inline constexpr int kMinWindowWidth = 320;
inline constexpr int kMinWindowHeight = 480;

// Where to put a window that was last at `saved`: on the monitor it was on
// (by name), else on the one holding most of it, else the first; never larger
// than that monitor's work area nor smaller than `minW` x `minH`, and moved
// so that all of it, frame included, is on that work area. With no monitors,
// nothing to go by: the saved rect as it is.
[[nodiscard]] Rect placeOnScreen(const SavedPlacement& saved, const std::vector<Monitor>& monitors,
                                 FrameExtents frame = {}, int minW = kMinWindowWidth,
                                 int minH = kMinWindowHeight);

// The monitor that holds most of `rect` (its name), or "" when none does.
[[nodiscard]] std::string monitorHolding(const Rect& rect, const std::vector<Monitor>& monitors);

// The file's one line: "x y width height monitor-name". Reading gives nothing
// for a missing, empty or garbled file (then the window opens as new).
[[nodiscard]] std::optional<SavedPlacement> readPlacement(const std::string& file);
// Writes it (best effort: a read-only folder only means the window is not remembered).
void writePlacement(const std::string& file, const SavedPlacement& placement);

} // namespace rk::platform
