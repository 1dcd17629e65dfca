#include "bench/bench_ui.h"

#include "app/app.h"
#include "core/store/store.h"
#include "core/time/clock.h"
#include "tests/support/ui_harness.h"

#include <imgui.h>
#include <malloc.h>
#include <sqlite3.h>

#include <algorithm>
#include <cfloat>

namespace rk::bench {

namespace {

// Bytes in use on the malloc heap (arenas + mmapped blocks), in MB (10^6 bytes).
double heapMB() {
    const struct mallinfo2 m = mallinfo2();
    return static_cast<double>(m.uordblks + m.hblkhd) / 1e6;
}

struct FrameTimes {
    Samples wall, cpu;
};

FrameTimes timeFrames(test::UiHarness& ui, int n, float wheelEachFrame = 0.f) {
    FrameTimes s;
    ImGuiIO& io = ImGui::GetIO();
    for (int i = 0; i < n; ++i) {
        io.MouseWheel = wheelEachFrame == 0.f ? 0.f : (i % 2 ? wheelEachFrame : -wheelEachFrame);
        const auto [wall, cpu] = ui.frame();
        s.wall.add(wall), s.cpu.add(cpu);
    }
    io.MouseWheel = 0.f;
    return s;
}

bool frameOk(const FrameTimes& s) { return s.cpu.median() <= 0.5 && s.cpu.percentile(99) <= 1.5; }

} // namespace

std::vector<Row> benchUi(const Dataset& dataset, const RunPlan& plan) {
    const float width = 430.f, height = 880.f;
    const int n = plan.pick(400, 120);
    const double heapBefore = heapMB();
    FixedClock clock(dataset.now);
    Store store(dataset.path, clock);
    test::UiHarness ui(store, clock, width, height);
    ImGuiIO& io = ImGui::GetIO();
    // The font atlas's CPU copies: ImGui keeps the Alpha8 bake and the RGBA32
    // conversion the OpenGL3 backend asks for (until ClearTexData).
    const double atlasMB = static_cast<double>(io.Fonts->TexWidth) * io.Fonts->TexHeight * 5.0 / 1e6;
    const std::string atlas = std::to_string(io.Fonts->TexWidth) + "×" + std::to_string(io.Fonts->TexHeight);

    // Today: the swipe stack, nothing moving, pointer outside the window.
    io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
    ui.frames(20);
    const double heapToday = heapMB() - heapBefore;
    const FrameTimes today = timeFrames(ui, n);

    // Deck: wheel down until half the network has been paged in, then back up
    // a screen so the view sits in the middle without triggering more pages.
    ui.app().setTab(app::Tab::Deck);
    ui.frames(3);
    io.MousePos = ImVec2(width / 2, height / 2);
    ui.frames(2);
    const auto& hits = ui.app().models().deck().hits;
    const std::size_t target = static_cast<std::size_t>(dataset.contacts) / 2 + 360;
    const auto loadStart = SteadyClock::now();
    for (int guard = 0; guard < 20000 && hits.size() < target; ++guard) {
        const std::size_t before = hits.size();
        io.MouseWheel = -200.f;
        ui.frame();
        io.MouseWheel = 0.f;
        ui.frame();
        if (hits.size() == before && guard > 50 && hits.size() >= static_cast<std::size_t>(dataset.contacts)) break;
    }
    const double loadSeconds = msSince(loadStart) / 1000.0;
    io.MouseWheel = 30.f; // ~2400 px up: clear of the "fetch more" zone at the bottom
    ui.frame();
    io.MouseWheel = 0.f;
    ui.frames(10);
    const std::size_t loaded = hits.size();
    const int firstVisible = ui.app().deck().firstVisible();
    const FrameTimes deck = timeFrames(ui, n);
    const FrameTimes scrolling = timeFrames(ui, n, 1.f);
    const double heapDeck = heapMB() - heapBefore;
    // The page cache's share; sqlite3_memory_used() is off in Rekindle (see database.cpp).
    int cacheBytes = 0, highwater = 0;
    sqlite3_db_status(store.db().handle(), SQLITE_DBSTATUS_CACHE_USED, &cacheBytes, &highwater, 0);
    const double sqliteMiB = static_cast<double>(cacheBytes) / 1e6;
    const bool stable = hits.size() == loaded;

    const std::string where = "card #" + std::to_string(firstVisible) + " at the top; " + std::to_string(loaded) +
                              " cards paged in (" + formatValue(loadSeconds, "s") + " of wheeling)" +
                              (stable ? "" : "; MORE PAGES LOADED WHILE MEASURING");
    const double l = loadAverage1();
    const test::UiHarness::SetupTimes& setup = ui.setupTimes();
    const double setupMs = setup.fontsMs + setup.rgbaMs + setup.firstFramesMs;
    const std::string setupNote = "headless, no GL: of " + formatValue(setupMs, "ms") + " setup, loadFonts " +
                                  formatValue(setup.fontsMs, "ms") + ", RGBA32 conversion " +
                                  formatValue(setup.rgbaMs, "ms") + ", App + first 2 frames " +
                                  formatValue(setup.firstFramesMs, "ms");
    const std::string frames = std::to_string(n) + " frames; ";
    std::vector<Row> rows = {
        {"frame", "UI frame, deck scrolled to the middle, still", dataset.contacts, deck.wall.median(),
         deck.wall.percentile(99), "ms", "≤ 0.5 ms median, ≤ 1.5 ms p99", verdictOf(frameOk(deck)), frames + where,
         l, deck.cpu.median(), deck.cpu.percentile(99)},
        {"frame", "UI frame, deck scrolling (1 notch a frame)", dataset.contacts, scrolling.wall.median(),
         scrolling.wall.percentile(99), "ms", "≤ 0.5 ms median, ≤ 1.5 ms p99", verdictOf(frameOk(scrolling)),
         frames + "wheel ±1 notch (80 px) each frame", l, scrolling.cpu.median(), scrolling.cpu.percentile(99)},
        {"frame", "UI frame, Today tab", dataset.contacts, today.wall.median(), today.wall.percentile(99), "ms",
         "≤ 0.5 ms median, ≤ 1.5 ms p99", verdictOf(frameOk(today)), frames + "swipe stack at rest", l,
         today.cpu.median(), today.cpu.percentile(99)},
        {"memory", "heap in use, headless App, Today tab", dataset.contacts, heapToday, std::nullopt, "MB", "",
         Verdict::Info, "mallinfo2 uordblks+hblkhd after open + 22 frames, minus before; no GL in process", l},
        {"memory", "  of which: ImGui font atlas (Alpha8 + RGBA32)", dataset.contacts, atlasMB, std::nullopt, "MB", "",
         Verdict::Info, atlas + " px atlas, " + std::to_string(io.Fonts->Fonts.Size) + " fonts; the GL driver holds one more RGBA copy", l},
        {"memory", "heap in use, headless App, deck at middle", dataset.contacts, heapDeck, std::nullopt, "MB", "",
         Verdict::Info,
         "same, after paging in " + std::to_string(loaded) + " cards; of which SQLite's page cache " + formatValue(sqliteMiB, "MB"),
         l},
        {"start", "  in-process: loadFonts (atlas bake)", dataset.contacts, setup.fontsMs, std::nullopt, "ms", "",
         Verdict::Info, setupNote, l},
    };
    return rows;
}

} // namespace rk::bench
