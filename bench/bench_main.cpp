// rekindle-bench: measures every budget in DESIGN.md ("Budgets") at 1k, 10k
// and 100k contacts and prints what it found. It reports; it never fails a
// build. Run it through `./dev bench`.
//
//   rekindle-bench [--sizes 1k,10k,100k] [--quick] [--only NAME[,NAME…]] [--cache DIR]
//
// NAME: queue, search, log, frame, idle, start, memory, import, callgrind, intro, sync.
#include "bench/bench_callgrind.h"
#include "bench/bench_core.h"
#include "bench/bench_dataset.h"
#include "bench/bench_proc.h"
#include "bench/bench_real_app.h"
#include "bench/bench_stats.h"
#include "bench/bench_sync.h"
#include "bench/bench_ui.h"

#include <CLI/CLI.hpp>
#include <sqlite3.h>

#include <sys/stat.h>

#include <algorithm>
#include <ctime>
#include <fstream>
#include <functional>
#include <iostream>
#include <set>
#include <thread>

namespace rk::bench {
namespace {

const std::vector<std::string> kSections = {"queue", "search", "log", "frame", "idle",
                                            "start", "memory", "import", "callgrind", "intro", "sync"};

std::optional<int> parseSize(std::string text) {
    int factor = 1;
    if (!text.empty() && (text.back() == 'k' || text.back() == 'K')) factor = 1000, text.pop_back();
    try {
        std::size_t used = 0;
        const int n = std::stoi(text, &used);
        if (used != text.size() || n <= 0 || n > 1'000'000 / factor) return std::nullopt;
        return n * factor;
    } catch (...) {
        return std::nullopt;
    }
}

std::string cpuModel() {
    std::ifstream in("/proc/cpuinfo");
    std::string line;
    while (std::getline(in, line))
        if (line.rfind("model name", 0) == 0) return line.substr(line.find(':') + 2);
    return "unknown CPU";
}

std::string defaultCache() {
    const char* xdg = std::getenv("XDG_CACHE_HOME");
    const char* home = std::getenv("HOME");
    if (xdg && *xdg) return std::string(xdg) + "/rekindle-bench";
    if (home && *home) return std::string(home) + "/.cache/rekindle-bench";
    return "/tmp/rekindle-bench";
}

// Runs one measurement; an exception becomes a "not measured" row, not a crash.
void measure(std::vector<Row>& rows, const std::string& section, int size, const std::function<std::vector<Row>()>& f) {
    std::cerr << "[" << section << " " << sizeLabel(size) << "] load " << loadAverages() << "\n";
    try {
        for (Row& r : f()) rows.push_back(std::move(r));
    } catch (const std::exception& e) {
        rows.push_back({section, section, size, std::nullopt, std::nullopt, "", "", Verdict::NotMeasured,
                        std::string("failed: ") + e.what(), loadAverage1()});
    }
}

void printMethods(std::ostream& out) {
    out << "How each figure was measured\n"
           "- Verdicts for queue, search and frame use the thread CPU time columns (CLOCK_THREAD_CPUTIME_ID):\n"
           "  the machine is shared, and CPU time leaves out the time other processes held the core. Wall\n"
           "  medians/p99 are shown beside them. log, import, idle, start and memory use wall/real figures.\n"
           "- queue: new Store (open, validate, WAL/FULL pragmas) + FollowUpPlanner::build(today) per run, on\n"
           "  the cached file (OS page cache warm: 3 unrecorded runs first). 'Cold' = new connection.\n"
           "- search: one DeckReader kept across keystrokes (as the app's read models do); each keystroke runs\n"
           "  DeckReader::search, the deck's own code. One unrecorded pass first prepares statements.\n"
           "- log: logInteraction on a private copy (WAL, synchronous=FULL, the machine's own disk). Syncs are\n"
           "  SQLite xSync calls counted by a VFS shim (each is one fdatasync/fsync in the unix VFS).\n"
           "- frame: the real App, headless in the UI tests' harness (no GL). NewFrame → Render timed.\n"
           "- idle / memory / start: the real build/release/main/rekindle on a private Xvfb with\n"
           "  LIBGL_ALWAYS_SOFTWARE=1 (llvmpipe). Frames counted by an LD_PRELOAD shim on glfwSwapBuffers.\n"
           "  CPU from /proc/PID/task/*/schedstat (ns). Memory from /proc/PID/smaps_rollup; the GL driver's\n"
           "  share is estimated as the idle bare window's Anonymous memory and subtracted.\n"
           "- import: exportNetwork(VCard) of the same network, then readVCard → planImport → commitImport\n"
           "  into an empty database (schema created before timing).\n"
           "- callgrind: instructions per run under valgrind (one dump per run), independent of load.\n"
           "- sync: a real Radicale (Debian's) on a free loopback port with a temp folder; a private copy of\n"
           "  the network synced into a new, empty address book (wall time, discovery not counted), then\n"
           "  syncs with nothing changed (wall time and the HTTP requests each made). The cpu columns are\n"
           "  Rekindle's own thread (engine, SQLite, libcurl); the rest of the wall time is the server's.\n";
}

} // namespace

int benchMain(int argc, char** argv) {
    CLI::App cli{"Measures Rekindle's budgets (DESIGN.md) at 1k, 10k and 100k contacts.", "rekindle-bench"};
    std::vector<std::string> sizeTexts = {"1k", "10k", "100k"};
    std::vector<std::string> only;
    bool quick = false;
    std::string cacheDir = defaultCache();
    Programs programs{REKINDLE_BENCH_APP, REKINDLE_BENCH_BARE, REKINDLE_BENCH_SHIM};
    std::string worker, workerDb;
    std::int64_t workerNow = 0;
    int workerRuns = 1;
    cli.add_option("--sizes", sizeTexts, "Network sizes, e.g. 1k,10k,100k")->delimiter(',');
    cli.add_flag("--quick", quick, "Fewer runs (a rough figure in about a third of the time)");
    cli.add_option("--only", only, "Only these: queue, search, log, frame, idle, start, memory, import, callgrind, intro, sync")
        ->delimiter(',')
        ->check(CLI::IsMember(kSections));
    cli.add_option("--cache", cacheDir, "Where the generated networks are kept");
    cli.add_option("--app", programs.rekindle, "The rekindle binary to start");
    cli.add_option("--worker", worker)->group("");
    cli.add_option("--worker-db", workerDb)->group("");
    cli.add_option("--worker-now", workerNow)->group("");
    cli.add_option("--worker-runs", workerRuns)->group("");
    CLI11_PARSE(cli, argc, argv);
    if (!worker.empty()) return runCallgrindWorker(worker, workerDb, workerNow, workerRuns);

    std::vector<int> sizes;
    for (const auto& t : sizeTexts) {
        const auto n = parseSize(t);
        if (!n) {
            std::cerr << "rekindle-bench: --sizes: \"" << t << "\" is not a size such as 1k, 10k or 100k\n";
            return 2;
        }
        sizes.push_back(*n);
    }
    std::sort(sizes.begin(), sizes.end());
    sizes.erase(std::unique(sizes.begin(), sizes.end()), sizes.end());
    const std::set<std::string> selected(only.begin(), only.end());
    auto wants = [&](const std::string& s) { return selected.empty() || selected.count(s) > 0; };
    const RunPlan plan{quick};

    std::cout << "rekindle-bench — " << (quick ? "quick" : "full") << " run, seed " << kSeed << ", SQLite "
              << sqlite3_libversion() << "\n"
              << "machine: " << std::thread::hardware_concurrency() << " cores, " << cpuModel()
              << "; load average at start " << loadAverages() << "\n";

    for (const std::string& program : {selfPath(), programs.rekindle}) {
        struct stat st{};
        if (::stat(program.c_str(), &st) != 0) continue;
        const std::time_t t = st.st_mtime;
        char when[32];
        std::strftime(when, sizeof when, "%Y-%m-%d %H:%M:%S UTC", std::gmtime(&t));
        std::cout << "binary: " << program << " (built " << when << ")\n";
    }

    DatasetCache cache(cacheDir);
    std::vector<Dataset> datasets;
    for (int n : sizes) {
        datasets.push_back(cache.get(n));
        const Dataset& d = datasets.back();
        std::printf("network %-4s %d contacts, %lld interactions (%.1f each), %.1f MB file, %s\n",
                    sizeLabel(n).c_str(), d.contacts, static_cast<long long>(d.interactions),
                    static_cast<double>(d.interactions) / d.contacts, static_cast<double>(d.fileBytes) / 1e6,
                    d.generatedInSeconds > 0 ? ("generated in " + formatValue(d.generatedInSeconds, "s")).c_str()
                                             : ("cached in " + cache.directory()).c_str());
    }
    std::cout.flush();

    std::vector<Row> rows;
    auto forEach = [&](const std::string& section, auto&& f) {
        for (const Dataset& d : datasets) measure(rows, section, d.contacts, [&] { return f(d); });
    };
    if (wants("queue")) forEach("queue", [&](const Dataset& d) { return benchQueue(d, plan); });
    if (wants("search")) forEach("search", [&](const Dataset& d) { return benchSearch(d, plan); });
    if (wants("intro")) forEach("intro", [&](const Dataset& d) { return benchIntro(d, plan); });
    if (wants("frame") || wants("memory")) forEach("frame", [&](const Dataset& d) { return benchUi(d, plan); });
    if (wants("import")) forEach("import", [&](const Dataset& d) { return benchImport(cache, d, plan); });
    if (wants("log")) forEach("log", [&](const Dataset& d) { return benchLog(cache, d, plan); });
    if (wants("sync")) forEach("sync", [&](const Dataset& d) { return benchSync(cache, d, plan); });
    if (wants("callgrind")) forEach("callgrind", [&](const Dataset& d) { return benchCallgrind(cache, d, plan); });
    if (wants("idle") || wants("memory") || wants("start")) {
        Xvfb x(79);
        if (!x.ok()) {
            rows.push_back({"idle", "idle, memory, start", 0, std::nullopt, std::nullopt, "", "",
                            Verdict::NotMeasured, x.error(), loadAverage1()});
        } else {
            std::cerr << "Xvfb on " << x.display() << "\n";
            if (wants("idle") || wants("memory")) {
                IdleObservation bare;
                measure(rows, "idle", 0, [&] { return benchIdleBare(cache, plan, programs, x, bare); });
                forEach("idle", [&](const Dataset& d) { return benchIdle(cache, d, plan, programs, x, bare); });
            }
            if (wants("start"))
                forEach("start", [&](const Dataset& d) { return benchStartup(cache, d, plan, programs, x); });
        }
    }

    // Table order: the budgets in DESIGN.md's order, sizes ascending within each.
    auto rank = [](const Row& r) {
        return std::find(kSections.begin(), kSections.end(), r.section) - kSections.begin();
    };
    std::stable_sort(rows.begin(), rows.end(), [&](const Row& a, const Row& b) { return rank(a) < rank(b); });
    std::erase_if(rows, [&](const Row& r) { return !wants(r.section); });

    std::cout << "\n";
    printTable(std::cout, rows);
    std::cout << "\nGrowth from the smallest to the largest network (medians)\n";
    printGrowth(std::cout, rows);
    std::cout << "\n";
    printMethods(std::cout);
    std::cout << "\nload average at end " << loadAverages() << " (" << std::thread::hardware_concurrency()
              << " cores; other work on the machine inflates wall-clock figures, not the callgrind ones)\n";
    const bool over = std::any_of(rows.begin(), rows.end(), [](const Row& r) { return r.verdict == Verdict::Over; });
    std::cout << (over ? "Some budgets are OVER (see the verdict column).\n" : "Every measured budget is within.\n");
    return 0;
}

} // namespace rk::bench

int main(int argc, char** argv) {
    try {
        return rk::bench::benchMain(argc, argv);
    } catch (const std::exception& e) {
        std::cerr << "rekindle-bench: " << e.what() << "\n";
        return 1;
    }
}
