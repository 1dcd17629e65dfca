// Process-level budgets: the real rekindle binary (and the bare reference
// window) started under a private Xvfb with Mesa's software renderer.
#include "bench/bench_real_app.h"

#include "bench/bench_proc.h"

#include <filesystem>
#include <iostream>
#include <sstream>

#include <X11/Xlib.h> // last: its macros (None, Status, …) must not reach the headers above

namespace rk::bench {

namespace fs = std::filesystem;

// [SECTION] Xvfb

Xvfb::Xvfb(int preferredDisplay) {
    const std::string xvfb = findOnPath("Xvfb");
    if (xvfb.empty()) {
        m_error = "Xvfb is not installed";
        return;
    }
    int n = preferredDisplay;
    while (n < preferredDisplay + 40 &&
           (fs::exists("/tmp/.X11-unix/X" + std::to_string(n)) || fs::exists("/tmp/.X" + std::to_string(n) + "-lock")))
        ++n;
    m_display = ":" + std::to_string(n);
    m_pid = spawn({xvfb, m_display, "-screen", "0", "1280x1024x24", "-noreset", "-nolisten", "tcp"});
    for (int i = 0; i < 200; ++i) {
        if (fs::exists("/tmp/.X11-unix/X" + std::to_string(n))) return;
        if (waitFor(m_pid, 0.05)) break;
    }
    m_error = "Xvfb " + m_display + " did not start";
    stop(m_pid);
    m_pid = -1;
}

Xvfb::~Xvfb() { stop(m_pid); }

namespace {

// [SECTION] Helpers

bool warpPointer(const std::string& display, int x, int y) {
    Display* d = XOpenDisplay(display.c_str());
    if (!d) return false;
    XWarpPointer(d, 0L, DefaultRootWindow(d), 0, 0, 0, 0, x, y);
    XSync(d, 0);
    XCloseDisplay(d);
    return true;
}

long readCount(const std::string& path) {
    std::istringstream in(readFile(path));
    long long n = 0;
    in >> n;
    return static_cast<long>(n);
}

std::map<std::string, std::string> displayEnv(const Xvfb& x) {
    // Mesa's llvmpipe, as in DESIGN.md's budget machine; no vsync under Xvfb.
    return {{"DISPLAY", x.display()}, {"LIBGL_ALWAYS_SOFTWARE", "1"}};
}

double mb(std::int64_t kB) { return static_cast<double>(kB) * 1024.0 / 1e6; }

// Starts the program, waits for its first frame, lets it settle, then watches
// it idle; then moves the pointer into its window and counts what that costs.
IdleObservation observeIdle(DatasetCache& cache, const std::vector<std::string>& argv, const Programs& programs,
                            const Xvfb& x, double idleSeconds, const std::string& tag) {
    IdleObservation o;
    const std::string counter = cache.scratchPath("swaps-" + tag);
    fs::remove(counter);
    warpPointer(x.display(), 1200, 1000); // away from the window (at 0,0, 430 × 880)
    auto env = displayEnv(x);
    env["LD_PRELOAD"] = programs.swapShim;
    env["REKINDLE_BENCH_SWAP_COUNT_FILE"] = counter;
    const std::string log = cache.scratchPath("idle-" + tag + ".log");
    const pid_t pid = spawn(argv, {.env = env, .outputFile = log});
    for (int i = 0; i < 1200 && readCount(counter) < 1; ++i)
        if (waitFor(pid, 0.05)) {
            o.error = "exited before its first frame: " + readFile(log).substr(0, 200);
            return o;
        }
    if (readCount(counter) < 1) {
        stop(pid);
        o.error = "no frame within 60 s";
        return o;
    }
    sleepSeconds(2.0); // settle: the frames after mapping, font upload, first queue
    o.framesStartup = readCount(counter);
    const double cpu0 = cpuSeconds(pid);
    const auto t0 = SteadyClock::now();
    sleepSeconds(idleSeconds);
    const double cpu1 = cpuSeconds(pid);
    o.seconds = msSince(t0) / 1000.0;
    o.framesIdle = readCount(counter) - o.framesStartup;
    o.cpuPercent = (cpu1 - cpu0) / o.seconds * 100.0;
    o.smaps = smapsRollup(pid);

    const long beforeInput = readCount(counter);
    warpPointer(x.display(), 200, 300); // enter + motion inside the window
    sleepSeconds(1.0);
    const long afterInput = readCount(counter);
    o.framesAfterInput = afterInput - beforeInput;
    const double cpu2 = cpuSeconds(pid);
    const auto t2 = SteadyClock::now();
    sleepSeconds(2.0);
    o.framesAfterSettle = readCount(counter) - afterInput;
    o.cpuPercentAfter = (cpuSeconds(pid) - cpu2) / (msSince(t2) / 1000.0) * 100.0;
    const bool alive = !waitFor(pid, 0.0);
    stop(pid);
    o.ok = alive;
    if (!alive) o.error = "exited while idle: " + readFile(log).substr(0, 200);
    return o;
}

std::string idleNote(const IdleObservation& o) {
    char buf[256];
    std::snprintf(buf, sizeof buf,
                  "%.0f s window: %ld frames drawn (%ld at start); pointer moved in: %ld frames in 1 s, then %ld "
                  "frames and %.3f %% CPU over 2 s",
                  o.seconds, o.framesIdle, o.framesStartup, o.framesAfterInput, o.framesAfterSettle,
                  o.cpuPercentAfter);
    return buf;
}

std::int64_t field(const IdleObservation& o, const char* name) {
    const auto it = o.smaps.find(name);
    return it == o.smaps.end() ? 0 : it->second;
}

} // namespace

// [SECTION] 5 + 7a. Idle CPU and private memory

std::vector<Row> benchIdleBare(DatasetCache& cache, const RunPlan& plan, const Programs& programs, const Xvfb& x,
                               IdleObservation& bare) {
    bare = observeIdle(cache, {programs.bareWindow}, programs, x, plan.pick(10, 5), "bare");
    const double l = loadAverage1();
    if (!bare.ok)
        return {{"idle", "CPU while idle, bare window", 0, std::nullopt, std::nullopt, "", "", Verdict::NotMeasured,
                 bare.error, l}};
    return {
        {"idle", "CPU while idle, bare window (reference)", 0, bare.cpuPercent, std::nullopt, "%", "", Verdict::Info,
         idleNote(bare), l},
        {"memory", "bare window: Anonymous (GL driver + GLFW + ImGui)", 0, mb(field(bare, "Anonymous")),
         std::nullopt, "MB", "", Verdict::Info,
         "smaps_rollup; Private_Dirty " + formatValue(mb(field(bare, "Private_Dirty")), "MB") + ", Rss " +
             formatValue(mb(field(bare, "Rss")), "MB"),
         l},
    };
}

std::vector<Row> benchIdle(DatasetCache& cache, const Dataset& dataset, const RunPlan& plan,
                           const Programs& programs, const Xvfb& x, const IdleObservation& bare) {
    const std::string db = cache.scratchCopy(dataset, "app-" + sizeLabel(dataset.contacts) + ".db");
    const IdleObservation o = observeIdle(cache, {programs.rekindle, "--db", db}, programs, x, plan.pick(10, 5),
                                          "app-" + sizeLabel(dataset.contacts));
    const double l = loadAverage1();
    if (!o.ok)
        return {{"idle", "CPU while idle, rekindle", dataset.contacts, std::nullopt, std::nullopt, "", "",
                 Verdict::NotMeasured, o.error, l}};
    const double anon = mb(field(o, "Anonymous"));
    const double dirty = mb(field(o, "Private_Dirty"));
    std::vector<Row> rows = {
        {"idle", "CPU while idle, rekindle --db (real binary)", dataset.contacts, o.cpuPercent, std::nullopt, "%",
         "≤ 0.1 % of a core, 0 frames drawn", verdictOf(o.cpuPercent <= 0.1 && o.framesIdle == 0), idleNote(o), l},
        {"memory", "rekindle idle: Anonymous (incl. GL driver)", dataset.contacts, anon, std::nullopt, "MB", "",
         Verdict::Info,
         "smaps_rollup, Today tab; Private_Dirty " + formatValue(dirty, "MB") + ", Rss " +
             formatValue(mb(field(o, "Rss")), "MB"),
         l},
    };
    if (bare.ok) {
        const double own = anon - mb(field(bare, "Anonymous"));
        rows.push_back({"memory", "private memory: rekindle − bare window (Anonymous)", dataset.contacts, own,
                        std::nullopt, "MB", "≤ 30 MB", verdictOf(own <= 30.0),
                        "GL driver excluded by subtracting the idle bare window's anonymous memory (same Mesa, "
                        "same X server, same window size); Private_Dirty difference " +
                            formatValue(dirty - mb(field(bare, "Private_Dirty")), "MB"),
                        l});
    }
    return rows;
}

// [SECTION] 6. Start to first frame

std::vector<Row> benchStartup(DatasetCache& cache, const Dataset& dataset, const RunPlan& plan,
                              const Programs& programs, const Xvfb& x) {
    const std::string size = sizeLabel(dataset.contacts);
    const std::string db = cache.scratchCopy(dataset, "start-" + size + ".db");
    const std::string png = cache.scratchPath("start-" + size + ".png");
    const std::string stamp = cache.scratchPath("first-swap-" + size);
    const auto env = displayEnv(x);
    auto swapEnv = env;
    swapEnv["LD_PRELOAD"] = programs.swapShim;
    swapEnv["REKINDLE_BENCH_FIRST_SWAP_FILE"] = stamp;
    swapEnv["REKINDLE_BENCH_EXIT_AFTER_FIRST_SWAP"] = "1";

    std::string failure;
    // Offscreen: process start to exit, 4 frames rendered into a PNG.
    auto offscreen = [&](const std::vector<std::string>& argv) -> double {
        const auto t0 = SteadyClock::now();
        const pid_t pid = spawn(argv, {.env = env, .outputFile = cache.scratchPath("start.log")});
        const auto status = waitFor(pid, 120);
        const double ms = msSince(t0);
        if (!status) stop(pid);
        if (!status || *status != 0) failure = argv[0] + " failed: " + readFile(cache.scratchPath("start.log"));
        return ms;
    };
    // On screen: process start to the first glfwSwapBuffers returning.
    auto onscreen = [&](const std::vector<std::string>& argv) -> double {
        fs::remove(stamp);
        const std::int64_t t0 = monotonicNs();
        const pid_t pid = spawn(argv, {.env = swapEnv, .outputFile = cache.scratchPath("start.log")});
        const auto status = waitFor(pid, 120);
        if (!status) stop(pid);
        std::istringstream in(readFile(stamp));
        long long at = 0;
        if (!(in >> at)) failure = argv[0] + " drew no frame: " + readFile(cache.scratchPath("start.log"));
        return static_cast<double>(at - t0) / 1e6;
    };
    const std::vector<std::string> appShot = {programs.rekindle, "--db", db, "screenshot", png, "--view", "today"};
    const std::vector<std::string> bareShot = {programs.bareWindow, "--screenshot", png};
    const std::vector<std::string> appWindow = {programs.rekindle, "--db", db};
    const std::vector<std::string> bareWindow = {programs.bareWindow};
    Samples appOff, bareOff, appOn, bareOn;
    const int runs = plan.pick(12, 4);
    for (int i = 0; i <= runs; ++i) { // run 0 warms the page cache and is dropped
        // Alternate which goes first, so a burst of load is shared fairly.
        const bool appFirst = i % 2 == 0;
        double a = 0, b = 0, c = 0, d = 0;
        if (appFirst) a = offscreen(appShot), b = offscreen(bareShot), c = onscreen(appWindow), d = onscreen(bareWindow);
        else b = offscreen(bareShot), a = offscreen(appShot), d = onscreen(bareWindow), c = onscreen(appWindow);
        if (i == 0) continue;
        appOff.add(a), bareOff.add(b), appOn.add(c), bareOn.add(d);
    }
    const double l = loadAverage1();
    if (!failure.empty())
        return {{"start", "start to first frame", dataset.contacts, std::nullopt, std::nullopt, "", "≤ 1.3 × bare",
                 Verdict::NotMeasured, failure.substr(0, 300), l}};
    const double offRatio = appOff.median() / bareOff.median();
    const double onRatio = appOn.median() / bareOn.median();
    auto vs = [&](const Samples& app, const Samples& base, const char* how) {
        return "rekindle " + formatValue(app.median(), "ms") + " vs bare " + formatValue(base.median(), "ms") +
               " (medians of " + std::to_string(app.size()) + ", interleaved; " + how + ")";
    };
    return {
        {"start", "start → first frame, offscreen: screenshot", dataset.contacts, offRatio, std::nullopt, "× bare",
         "≤ 1.3 × bare", verdictOf(offRatio <= 1.3),
         vs(appOff, bareOff, "`rekindle --db DB screenshot today` vs bare --screenshot: exec → exit, 4 frames + PNG"), l},
        {"start", "start → first frame, on screen: first swap", dataset.contacts, onRatio, std::nullopt, "× bare",
         "≤ 1.3 × bare", verdictOf(onRatio <= 1.3),
         vs(appOn, bareOn, "`rekindle --db DB` vs bare window: exec → first glfwSwapBuffers returned"), l},
        {"start", "  rekindle screenshot, exec → exit", dataset.contacts, appOff.median(), appOff.max(), "ms", "",
         Verdict::Info, "p99 column: slowest run", l},
        {"start", "  rekindle window, exec → first swap", dataset.contacts, appOn.median(), appOn.max(), "ms", "",
         Verdict::Info, "p99 column: slowest run", l},
    };
}

} // namespace rk::bench
