#include "platform/window_placement.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>

namespace rk::platform {

namespace {

long long overlap(const Rect& a, const Rect& b) {
    const int w = std::min(a.x + a.w, b.x + b.w) - std::max(a.x, b.x);
    const int h = std::min(a.y + a.h, b.y + b.h) - std::max(a.y, b.y);
    return w > 0 && h > 0 ? static_cast<long long>(w) * h : 0;
}

const Monitor* chooseMonitor(const SavedPlacement& saved, const std::vector<Monitor>& monitors) {
    for (const Monitor& m : monitors)
        if (!saved.monitor.empty() && m.name == saved.monitor) return &m;
    const Monitor* best = nullptr;
    long long bestArea = 0;
    for (const Monitor& m : monitors) {
        const long long a = overlap(saved.rect, m.workArea);
        if (a > bestArea) best = &m, bestArea = a;
    }
    return best ? best : &monitors.front();
}

// Moves [pos, pos + size) into [lo, hi), keeping the start visible when it can't fit.
int clampSpan(int pos, int size, int lo, int hi) {
    return std::max(lo, std::min(pos, hi - size));
}

} // namespace

std::string monitorHolding(const Rect& rect, const std::vector<Monitor>& monitors) {
    std::string name;
    long long bestArea = 0;
    for (const Monitor& m : monitors) {
        const long long a = overlap(rect, m.workArea);
        if (a > bestArea) name = m.name, bestArea = a;
    }
    return name;
}

Rect placeOnScreen(const SavedPlacement& saved, const std::vector<Monitor>& monitors, FrameExtents frame,
                   int minW, int minH) {
    Rect r = saved.rect;
    r.w = std::max(r.w, minW);
    r.h = std::max(r.h, minH);
    if (monitors.empty()) return r;
    const Rect area = chooseMonitor(saved, monitors)->workArea;
    // The room the client area has once the frame is drawn around it.
    const int roomW = area.w - frame.left - frame.right;
    const int roomH = area.h - frame.top - frame.bottom;
    r.w = std::max(std::min(r.w, roomW), std::min(minW, area.w));
    r.h = std::max(std::min(r.h, roomH), std::min(minH, area.h));
    r.x = clampSpan(r.x - frame.left, r.w + frame.left + frame.right, area.x, area.x + area.w) + frame.left;
    r.y = clampSpan(r.y - frame.top, r.h + frame.top + frame.bottom, area.y, area.y + area.h) + frame.top;
    return r;
}

std::optional<SavedPlacement> readPlacement(const std::string& file) {
    std::ifstream in(file);
    std::string line;
    if (!in || !std::getline(in, line)) return std::nullopt;
    std::istringstream fields(line);
    SavedPlacement p;
    if (!(fields >> p.rect.x >> p.rect.y >> p.rect.w >> p.rect.h)) return std::nullopt;
    if (p.rect.w <= 0 || p.rect.h <= 0 || p.rect.w > 100000 || p.rect.h > 100000) return std::nullopt;
    std::getline(fields >> std::ws, p.monitor); // a monitor's name may hold spaces
    return p;
}

void writePlacement(const std::string& file, const SavedPlacement& placement) {
    // Written whole to a temporary first: a crash mid-write leaves the old file.
    const std::string temp = file + ".tmp";
    {
        std::ofstream out(temp, std::ios::trunc);
        if (!out) return;
        const Rect& r = placement.rect;
        out << r.x << ' ' << r.y << ' ' << r.w << ' ' << r.h << ' ' << placement.monitor << '\n';
        if (!out.flush()) return;
    }
    std::rename(temp.c_str(), file.c_str());
}

} // namespace rk::platform
