#include "bench/bench_callgrind.h"

#include "bench/bench_proc.h"
#include "core/followup/followup_planner.h"
#include "core/commands/triage.h"
#include "core/read/deck_page.h"
#include "core/io/import/import_file.h"
#include "core/io/import/import_plan.h"
#include "core/io/vcard/vcard_reader.h"
#include "core/search/contact_search.h"
#include "core/store/store.h"
#include "core/time/clock.h"

#include <valgrind/callgrind.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

namespace rk::bench {

namespace fs = std::filesystem;

namespace {
volatile std::size_t g_sink = 0;
} // namespace

int runCallgrindWorker(const std::string& what, const std::string& dbPath, std::int64_t now, int runs) {
    FixedClock clock(now);
    if (what == "queue") {
        {   // warm the page cache outside the measurement
            Store store(dbPath, clock);
            FollowUpPlanner planner(store.db());
            g_sink = g_sink + planner.build(clock.today()).items.size();
        }
        for (int i = 0; i < runs; ++i) {
            CALLGRIND_ZERO_STATS;
            {
                Store store(dbPath, clock);
                FollowUpPlanner planner(store.db());
                g_sink = g_sink + planner.build(clock.today()).items.size();
            }
            CALLGRIND_DUMP_STATS_AT("queue");
        }
        return 0;
    }
    if (what == "search") {
        Store store(dbPath, clock);
        DeckReader deck(store.db(), clock);
        for (const auto& k : searchKeystrokes()) deckKeystroke(deck, k); // statements prepared, cache warm
        for (int r = 0; r < runs; ++r)
            for (const auto& k : searchKeystrokes()) {
                CALLGRIND_ZERO_STATS;
                deckKeystroke(deck, k);
                CALLGRIND_DUMP_STATS_AT("search");
            }
        return 0;
    }
    if (what == "log") { // dbPath: a private copy; it is written to
        Store store(dbPath, clock);
        const std::int64_t contacts = store.db().queryInt("SELECT count(*) FROM contacts");
        for (int i = 0; i < runs + 3; ++i) {
            Interaction interaction;
            interaction.contactId = 1 + (static_cast<std::int64_t>(i) * 7919) % contacts;
            interaction.kind = InteractionKind::Call;
            interaction.direction = i % 2 ? Direction::In : Direction::Out;
            interaction.note = "Benchmark call";
            if (i >= 3) CALLGRIND_ZERO_STATS;
            g_sink = g_sink + static_cast<std::size_t>(logInteraction(store, interaction).interactionId);
            if (i >= 3) CALLGRIND_DUMP_STATS_AT("log");
        }
        return 0;
    }
    if (what == "import") { // dbPath: a .vcf file; parse + plan against an empty in-memory database
        const FileBytes file = readFileBytes(dbPath);
        Store store(":memory:", clock);
        for (int i = 0; i < runs; ++i) {
            CALLGRIND_ZERO_STATS;
            const ImportPlan plan = planImport(store.db(), readVCard(file.bytes, "network.vcf"));
            CALLGRIND_DUMP_STATS_AT("import");
            g_sink = g_sink + plan.newCount;
        }
        return 0;
    }
    if (what == "import-commit") { // dbPath: a .vcf file; commitImport into a fresh database file
        const FileBytes file = readFileBytes(dbPath);
        for (int i = 0; i < runs; ++i) {
            const std::string target = dbPath + ".callgrind-" + std::to_string(i) + ".db";
            for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(target + suffix);
            {
                Store store(target, clock);
                const ImportPlan plan = planImport(store.db(), readVCard(file.bytes, "network.vcf"));
                CALLGRIND_ZERO_STATS;
                g_sink = g_sink + commitImport(store, plan).added;
                CALLGRIND_DUMP_STATS_AT("import-commit");
            }
            for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(target + suffix);
        }
        return 0;
    }
    std::cerr << "unknown worker " << what << "\n";
    return 2;
}

namespace {

// Ir of every dump a client request made, in dump order.
std::vector<double> readDumps(const std::string& directory) {
    std::vector<std::pair<int, double>> found;
    for (const auto& entry : fs::directory_iterator(directory)) {
        const std::string name = entry.path().filename().string();
        const auto dot = name.rfind('.');
        if (dot == std::string::npos) continue;
        int index = 0;
        try {
            index = std::stoi(name.substr(dot + 1));
        } catch (...) {
            continue;
        }
        std::ifstream in(entry.path());
        std::string line;
        bool clientRequest = false;
        double total = -1;
        while (std::getline(in, line)) {
            if (line.rfind("desc: Trigger: Client Request", 0) == 0) clientRequest = true;
            if (line.rfind("summary:", 0) == 0 || line.rfind("totals:", 0) == 0)
                total = std::stod(line.substr(line.find(':') + 1));
        }
        if (clientRequest && total >= 0) found.emplace_back(index, total);
    }
    std::sort(found.begin(), found.end());
    std::vector<double> out;
    for (const auto& f : found) out.push_back(f.second);
    return out;
}

Samples runUnderCallgrind(DatasetCache& cache, const std::string& valgrind, const std::string& what,
                          const Dataset& dataset, int runs) {
    const std::string dir = cache.scratchPath("callgrind-" + what + "-" + sizeLabel(dataset.contacts));
    fs::remove_all(dir);
    fs::create_directories(dir);
    const pid_t pid = spawn({valgrind, "--tool=callgrind", "--callgrind-out-file=" + dir + "/cg.out",
                             "--dump-instr=no", "--dump-line=no", "--compress-strings=no",
                             "--compress-pos=no", selfPath(), "--worker", what, "--worker-db", dataset.path,
                             "--worker-now", std::to_string(dataset.now), "--worker-runs", std::to_string(runs)},
                            {.env = {}, .outputFile = dir + "/valgrind.log"});
    const auto status = waitFor(pid, 1800);
    if (!status) stop(pid);
    Samples s;
    if (status && *status == 0)
        for (double ir : readDumps(dir)) s.add(ir / 1e6);
    else
        std::cerr << "  callgrind worker failed; see " << dir << "/valgrind.log\n";
    return s;
}

} // namespace

std::vector<Row> benchCallgrind(DatasetCache& cache, const Dataset& dataset, const RunPlan& plan) {
    const std::string valgrind = findOnPath("valgrind");
    if (valgrind.empty())
        return {{"callgrind", "instructions (callgrind)", dataset.contacts, std::nullopt, std::nullopt, "", "",
                 Verdict::NotMeasured, "valgrind is not installed", loadAverage1()}};
    const Samples queue = runUnderCallgrind(cache, valgrind, "queue", dataset, plan.pick(10, 3));
    const Samples search = runUnderCallgrind(cache, valgrind, "search", dataset, plan.pick(2, 1));
    Dataset copy = dataset; // logging writes: a private copy
    copy.path = cache.scratchCopy(dataset, "callgrind-log-" + sizeLabel(dataset.contacts) + ".db");
    const Samples log = runUnderCallgrind(cache, valgrind, "log", copy, plan.pick(20, 5));
    std::filesystem::remove(copy.path);
    Dataset vcf = dataset; // the import workers read the network's vCard export
    vcf.path = cache.vcardFile(dataset);
    const Samples importPlan = runUnderCallgrind(cache, valgrind, "import", vcf, 1);
    const Samples importCommit = runUnderCallgrind(cache, valgrind, "import-commit", vcf, 1);
    std::vector<Row> rows;
    auto row = [&](const char* what, const Samples& s, const std::string& note) {
        if (s.empty())
            rows.push_back({"callgrind", what, dataset.contacts, std::nullopt, std::nullopt, "", "",
                            Verdict::NotMeasured, "callgrind run failed", loadAverage1()});
        else
            rows.push_back({"callgrind", what, dataset.contacts, s.median(), s.percentile(99), "M instr", "",
                            Verdict::Info, note, loadAverage1()});
    };
    row("open DB + build queue, instructions", queue, std::to_string(queue.size()) + " runs, load-independent");
    row("search keystroke (deck), instructions", search,
        std::to_string(search.size()) + " keystrokes, load-independent");
    row("logInteraction, instructions (user space)", log,
        std::to_string(log.size()) + " logs; the fsync's wait is not an instruction");
    row("import vCard: parse + plan, instructions", importPlan, "the network's own export, empty database");
    row("import vCard: commit, instructions", importCommit, "into a fresh database file; the fsync's wait is not an instruction");
    return rows;
}

} // namespace rk::bench
