#pragma once
#include "bench/bench_core.h"

#include <sys/types.h>

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace rk::bench {

// The programs the process-level measurements start.
struct Programs {
    std::string rekindle;    // build/release/main/rekindle
    std::string bareWindow;  // rekindle-bare-window
    std::string swapShim;    // librekindle-bench-swap.so, LD_PRELOADed to see glfwSwapBuffers
};

// A private X server, started for the benchmark and stopped with it.
class Xvfb {
public:
    explicit Xvfb(int preferredDisplay = 79);
    ~Xvfb();
    Xvfb(const Xvfb&) = delete;
    Xvfb& operator=(const Xvfb&) = delete;

    [[nodiscard]] bool ok() const { return m_pid > 0; }
    [[nodiscard]] const std::string& display() const { return m_display; } // ":79"
    [[nodiscard]] const std::string& error() const { return m_error; }

private:
    pid_t m_pid = -1;
    std::string m_display;
    std::string m_error;
};

// What a program did while left alone on the Xvfb.
struct IdleObservation {
    bool ok = false;
    std::string error;
    double seconds = 0.0;       // length of the idle window
    double cpuPercent = 0.0;    // of one core, all threads, over the idle window
    long framesStartup = 0;     // swaps before the idle window (start + settle)
    long framesIdle = 0;        // swaps during the idle window
    long framesAfterInput = 0;  // swaps within 1 s of moving the pointer into the window
    long framesAfterSettle = 0; // swaps in the 2 s after that
    double cpuPercentAfter = 0.0; // over those 2 s
    std::map<std::string, std::int64_t> smaps; // smaps_rollup (kB) at the end of the idle window
};

// 5. CPU and frames while idle, and 7a. private memory, of the real binary
// (`rekindle --db COPY`), with the bare window's figures for reference.
[[nodiscard]] std::vector<Row> benchIdle(DatasetCache& cache, const Dataset& dataset, const RunPlan& plan,
                                         const Programs& programs, const Xvfb& x, const IdleObservation& bare);
// The bare window alone (once: it does not depend on the network's size).
[[nodiscard]] std::vector<Row> benchIdleBare(DatasetCache& cache, const RunPlan& plan, const Programs& programs,
                                             const Xvfb& x, IdleObservation& bare);

// 6. Start to first frame, rekindle against the bare window, runs interleaved:
// offscreen (`rekindle screenshot` vs `rekindle-bare-window --screenshot`,
// process start to exit) and on screen (process start to the first
// glfwSwapBuffers returning, seen through the LD_PRELOAD shim).
[[nodiscard]] std::vector<Row> benchStartup(DatasetCache& cache, const Dataset& dataset, const RunPlan& plan,
                                            const Programs& programs, const Xvfb& x);

} // namespace rk::bench
