#pragma once
#include "bench/bench_core.h"

#include <vector>

namespace rk::bench {

// 4. UI build per frame (NewFrame → App::frame → Render) with the real App run
// headlessly by the UI tests' harness (tests/support/ui_harness.h): an ImGui
// context, the app's fonts from loadFonts, DisplaySize 430 × 880, no GL. Today tab, the
// deck scrolled (by the mouse wheel, so pages load as they do for a user) to
// the middle of the network, and the deck while scrolling there.
//
// 7b. Heap in use (mallinfo2) by the headless App: a figure without any GL
// driver in the process. Rows of the "memory" section.
[[nodiscard]] std::vector<Row> benchUi(const Dataset& dataset, const RunPlan& plan);

} // namespace rk::bench
