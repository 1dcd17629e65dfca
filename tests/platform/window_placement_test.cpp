// Issue 16: the window comes back where it was, on the monitor it was on,
// and never off-screen: the rules in platform/window_placement, no GLFW.
#include "platform/window_placement.h"
#include "tests/support/temp_dir.h"

#include <catch2/catch.hpp>

#include <fstream>

using namespace rk::platform;

namespace {
// Two monitors side by side: a laptop (with a 32 px top panel) and a big screen to its right.
const Monitor kLaptop{"eDP-1", {0, 32, 1366, 736}};
const Monitor kBig{"HDMI-1", {1366, 0, 2560, 1440}};
const std::vector<Monitor> kBoth{kLaptop, kBig};
} // namespace

TEST_CASE("A window that fits where it was opens exactly there", "[platform][placement]") {
    const SavedPlacement saved{{1500, 100, 430, 880}, "HDMI-1"};
    CHECK(placeOnScreen(saved, kBoth) == Rect{1500, 100, 430, 880});
    CHECK(placeOnScreen({{100, 100, 430, 600}, "eDP-1"}, kBoth) == Rect{100, 100, 430, 600});
}

TEST_CASE("A window whose monitor is gone moves onto one that is connected", "[platform][placement]") {
    // It was on the big screen; now only the laptop is connected.
    const SavedPlacement saved{{2000, 300, 430, 880}, "HDMI-1"};
    const Rect r = placeOnScreen(saved, {kLaptop});
    CHECK(r.x >= 0);
    CHECK(r.x + r.w <= 1366);
    CHECK(r.y >= 32);
    CHECK(r.y + r.h <= 32 + 736);
    CHECK(r.w == 430);
    CHECK(r.h == 736); // taller than the laptop's work area: shrunk to it
}

TEST_CASE("A window is never placed off-screen, however far away it was saved", "[platform][placement]") {
    for (const Rect& far : {Rect{-5000, -5000, 430, 880}, Rect{90000, 40, 430, 880}, Rect{1300, 1400, 800, 600}}) {
        const Rect r = placeOnScreen({far, "gone"}, kBoth);
        const bool onLaptop = r.x >= 0 && r.x + r.w <= 1366 && r.y >= 32 && r.y + r.h <= 768;
        const bool onBig = r.x >= 1366 && r.x + r.w <= 1366 + 2560 && r.y >= 0 && r.y + r.h <= 1440;
        INFO(far.x << "," << far.y << " -> " << r.x << "," << r.y << " " << r.w << "x" << r.h);
        CHECK((onLaptop || onBig));
    }
}

TEST_CASE("A window straddling two monitors goes to the one holding most of it", "[platform][placement]") {
    // Mostly on the big screen (x 1300..1730), monitor name unknown.
    const Rect r = placeOnScreen({{1300, 100, 430, 600}, ""}, kBoth);
    CHECK(r == Rect{1366, 100, 430, 600});
    CHECK(monitorHolding({1300, 100, 430, 600}, kBoth) == "HDMI-1");
    CHECK(monitorHolding({-900, -900, 10, 10}, kBoth).empty());
}

TEST_CASE("The window's frame stays on screen too, title bar included", "[platform][placement]") {
    const FrameExtents frame{2, 28, 2, 2};
    const Rect r = placeOnScreen({{0, 0, 430, 600}, "eDP-1"}, kBoth, frame);
    CHECK(r.x == 2);
    CHECK(r.y == 32 + 28); // below the panel, with room for the title bar
}

TEST_CASE("A saved size below the minimum grows to it; a tiny monitor caps it", "[platform][placement]") {
    CHECK(placeOnScreen({{10, 40, 100, 100}, "eDP-1"}, kBoth) == Rect{10, 40, kMinWindowWidth, kMinWindowHeight});
    const Monitor tiny{"tiny", {0, 0, 300, 400}};
    const Rect r = placeOnScreen({{0, 0, 430, 880}, "tiny"}, {tiny});
    CHECK(r == Rect{0, 0, 300, 400});
}

TEST_CASE("The placement file round-trips, and a garbled one is ignored", "[platform][placement]") {
    rk::test::TempDir dir;
    const std::string file = dir.file("window.txt");
    CHECK_FALSE(readPlacement(file)); // none yet: the window opens as new
    const SavedPlacement saved{{-1200, 45, 430, 880}, "Dell U2720Q (DP-2)"};
    writePlacement(file, saved);
    const auto back = readPlacement(file);
    REQUIRE(back);
    CHECK(*back == saved);

    for (const char* garbled : {"", "hello", "10 20 -5 300 x", "1 2 3", "10 20 999999 300 x"}) {
        std::ofstream(file, std::ios::trunc) << garbled;
        INFO(garbled);
        CHECK_FALSE(readPlacement(file));
    }
    writePlacement(dir.file("no-such-folder/window.txt"), saved); // a folder that is gone: no throw
}
