// The core budgets: queue, search, durable log and import, timed in-process
// against the cached demo networks.
#include "bench/bench_core.h"

#include "bench/sync_counter.h"
#include "core/db/store_error.h"
#include "core/followup/followup_planner.h"
#include "core/commands/triage.h"
#include "core/io/import/import_file.h"
#include "core/io/import/import_plan.h"
#include "core/io/vcard/vcard_reader.h"
#include "core/read/deck_page.h"
#include "core/search/contact_search.h"
#include "core/search/who_do_i_know.h"
#include "core/store/store.h"
#include "core/time/clock.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <map>

namespace rk::bench {

namespace {

volatile std::size_t g_sink = 0; // keeps results observable so nothing is optimised away

double load() { return loadAverage1(); }

std::string countNote(std::size_t n, const char* what) { return std::to_string(n) + " " + what; }

} // namespace

// [SECTION] 1. Open and build today's queue

std::vector<Row> benchQueue(const Dataset& dataset, const RunPlan& plan) {
    FixedClock clock(dataset.now);
    const CivilDate today = clock.today();
    Samples total, open, build, rebuild, totalCpu, openCpu, buildCpu, rebuildCpu;
    std::size_t due = 0;
    bool lowerBound = false;
    const int runs = plan.pick(200, 30);
    for (int i = 0; i < runs + 3; ++i) {
        const Stopwatch all;
        Store store(dataset.path, clock);
        const double openedMs = all.wallMs(), openedCpu = all.cpuMs();
        FollowUpPlanner planner(store.db());
        const Stopwatch built;
        const TodayQueue queue = planner.build(today);
        const double builtMs = built.wallMs(), builtCpu = built.cpuMs();
        const double allMs = all.wallMs(), allCpu = all.cpuMs();
        due = queue.total;
        lowerBound = queue.totalIsLowerBound;
        g_sink = g_sink + queue.items.size();
        if (i < 3) continue; // the first runs warm the OS page cache
        total.add(allMs), totalCpu.add(allCpu);
        open.add(openedMs), openCpu.add(openedCpu);
        build.add(builtMs), buildCpu.add(builtCpu);
    }
    {
        Store store(dataset.path, clock);
        FollowUpPlanner planner(store.db());
        for (int i = 0; i < runs + 3; ++i) {
            const Stopwatch sw;
            const TodayQueue queue = planner.build(today);
            if (i >= 3) rebuild.add(sw.wallMs()), rebuildCpu.add(sw.cpuMs());
            g_sink = g_sink + queue.items.size();
        }
    }
    const double l = load();
    const std::string dueText = (lowerBound ? std::to_string(due) + "+" : std::to_string(due)) + " due, 20 cards";
    auto row = [&](const char* what, const Samples& wall, const Samples& cpu, const char* budget, Verdict v,
                   const std::string& note) {
        return Row{"queue", what, dataset.contacts, wall.median(), wall.percentile(99), "ms", budget, v, note, l,
                   cpu.median(), cpu.percentile(99)};
    };
    return {
        row("open DB + build today's queue", total, totalCpu, "≤ 1 ms median", verdictOf(totalCpu.median() <= 1.0),
            countNote(total.size(), "cold opens (new Store each); ") + dueText),
        row("  of which: open (new Store)", open, openCpu, "", Verdict::Info, "validate + migrate check + pragmas"),
        row("  of which: FollowUpPlanner + build", build, buildCpu, "", Verdict::Info,
            "first build on a fresh connection: statements prepared"),
        row("  rebuild queue, warm connection", rebuild, rebuildCpu, "", Verdict::Info,
            "what a revision change costs the Today view"),
    };
}

// [SECTION] 2. Search keystrokes

const std::vector<std::string>& searchKeystrokes() {
    static const std::vector<std::string> keys = [] {
        const std::vector<std::string> typed = {"ana",       "garcia",           "priya",   "jose garc",
                                                "stripe",    "kwame",            "at:stripe", "knows:kubernetes",
                                                "role:vp",   "in:fintech",       "tag:mentor"};
        std::vector<std::string> out;
        for (const std::string& t : typed)
            for (std::size_t n = 1; n <= t.size(); ++n)
                if (t[n - 1] != ' ') out.push_back(t.substr(0, n)); // a space changes no results
        return out;
    }();
    return keys;
}

void deckKeystroke(DeckReader& deck, const std::string& text) {
    SearchRequest request;
    request.text = text;
    deck.search(request);
    g_sink = g_sink + deck.page().hits.size() + static_cast<std::size_t>(deck.page().total);
}

std::vector<Row> benchSearch(const Dataset& dataset, const RunPlan& plan) {
    FixedClock clock(dataset.now);
    Store store(dataset.path, clock);
    DeckReader deckReader(store.db(), clock);
    ContactSearch search(store.db(), clock);
    const auto& keys = searchKeystrokes();
    Samples deck, core, deckCpu, coreCpu;
    Samples freeWall, freeCpu, whoWall, whoCpu; // the deck's two paths, apart
    std::map<std::string, double> worstDeck; // per keystroke, the slowest time seen
    auto coreKeystroke = [&](const std::string& text) {
        SearchRequest request;
        request.text = text; // limit 50, the library's default page
        g_sink = g_sink + search.search(request).hits.size();
    };
    for (const auto& k : keys) deckKeystroke(deckReader, k), coreKeystroke(k); // prepare statements, warm cache
    const int rounds = plan.pick(10, 3);
    for (int r = 0; r < rounds; ++r) {
        for (const auto& k : keys) {
            const Stopwatch d;
            deckKeystroke(deckReader, k);
            const double ms = d.wallMs(), cpu = d.cpuMs();
            deck.add(ms), deckCpu.add(cpu);
            if (parseSearchQuery(k).usesPrefixes()) whoWall.add(ms), whoCpu.add(cpu);
            else freeWall.add(ms), freeCpu.add(cpu);
            worstDeck[k] = std::max(worstDeck[k], cpu);
            const Stopwatch c;
            coreKeystroke(k);
            core.add(c.wallMs()), coreCpu.add(c.cpuMs());
        }
    }
    std::vector<std::pair<double, std::string>> slow;
    for (const auto& [k, ms] : worstDeck) slow.emplace_back(ms, k);
    std::sort(slow.rbegin(), slow.rend());
    std::string slowest = "slowest (CPU): ";
    for (std::size_t i = 0; i < std::min<std::size_t>(3, slow.size()); ++i)
        slowest += (i ? ", \"" : "\"") + slow[i].second + "\" " + formatValue(slow[i].first, "ms");
    const double l = load();
    const bool deckOk = deckCpu.median() <= 2.0 && deckCpu.percentile(99) <= 16.0;
    const bool coreOk = coreCpu.median() <= 2.0 && coreCpu.percentile(99) <= 16.0;
    return {
        {"search", "search keystroke, as the deck runs it", dataset.contacts, deck.median(), deck.percentile(99),
         "ms", "≤ 2 ms median, ≤ 16 ms p99", verdictOf(deckOk),
         std::to_string(keys.size()) + " keystrokes × " + std::to_string(rounds) + "; " + slowest, l,
         deckCpu.median(), deckCpu.percentile(99)},
        {"search", "  deck, free text: page of " + std::to_string(DeckReader::kPageSize) + " + count ≤ 1000", dataset.contacts, freeWall.median(),
         freeWall.percentile(99), "ms", "", Verdict::Info, std::to_string(freeCpu.size()) + " keystrokes", l,
         freeCpu.median(), freeCpu.percentile(99)},
        {"search", "  deck, prefixes: whoDoIKnow (300 people)", dataset.contacts, whoWall.median(),
         whoWall.percentile(99), "ms", "", Verdict::Info,
         std::to_string(whoCpu.size()) + " keystrokes (at:, knows:, role:, in:, tag:)", l, whoCpu.median(),
         whoCpu.percentile(99)},
        {"search", "  ContactSearch::search only (limit 50)", dataset.contacts, core.median(), core.percentile(99),
         "ms", "≤ 2 ms median, ≤ 16 ms p99", verdictOf(coreOk), "no count, no who-do-I-know grouping", l,
         coreCpu.median(), coreCpu.percentile(99)},
    };
}

// [SECTION] 3. Durable interaction log

namespace {

// The floor under any durable commit here: one 4 KiB write + fdatasync on the
// same file system, timed the same way.
Samples rawSyncLatency(const std::string& path, int runs) {
    Samples s;
    const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_TRUNC, 0600);
    if (fd < 0) return s;
    std::vector<char> page(4096, 'x');
    for (int i = 0; i < runs + 3; ++i) {
        const Stopwatch sw;
        const bool ok = ::pwrite(fd, page.data(), page.size(), static_cast<off_t>(i % 64) * 4096) ==
                            static_cast<ssize_t>(page.size()) &&
                        ::fdatasync(fd) == 0;
        if (ok && i >= 3) s.add(sw.wallMs());
    }
    ::close(fd);
    ::unlink(path.c_str());
    return s;
}

} // namespace

std::vector<Row> benchLog(DatasetCache& cache, const Dataset& dataset, const RunPlan& plan) {
    SyncCounter::install();
    const std::string path = cache.scratchCopy(dataset, "log-" + sizeLabel(dataset.contacts) + ".db");
    FixedClock clock(dataset.now);
    Samples times, cpuTimes, syncs;
    std::uint64_t walSyncs = 0;
    std::uint64_t maxSyncs = 0;
    {
        Store store(path, clock);
        const int runs = plan.pick(100, 20);
        for (int i = 0; i < runs + 3; ++i) {
            Interaction interaction;
            interaction.contactId = 1 + (static_cast<std::int64_t>(i) * 7919) % dataset.contacts;
            interaction.kind = InteractionKind::Call;
            interaction.direction = i % 2 ? Direction::In : Direction::Out;
            interaction.note = "Benchmark call";
            const std::uint64_t s0 = SyncCounter::syncs();
            const std::uint64_t w0 = SyncCounter::walSyncs();
            const Stopwatch sw;
            const TriageResult result = logInteraction(store, interaction);
            const double ms = sw.wallMs(), cpu = sw.cpuMs();
            g_sink = g_sink + static_cast<std::size_t>(result.interactionId);
            if (i < 3) continue;
            times.add(ms), cpuTimes.add(cpu);
            const std::uint64_t n = SyncCounter::syncs() - s0;
            syncs.add(static_cast<double>(n));
            maxSyncs = std::max(maxSyncs, n);
            walSyncs += SyncCounter::walSyncs() - w0;
        }
    }
    const Samples raw = rawSyncLatency(cache.scratchPath("fsync-probe"), plan.pick(50, 15));
    const double l = load();
    const bool oneSync = syncs.median() <= 1.0;
    char note[200];
    std::snprintf(note, sizeof note,
                  "%zu logs; syncs per log: median %.0f, mean %.2f, max %llu (%llu of %llu on the -wal file)",
                  times.size(), syncs.median(), syncs.mean(), static_cast<unsigned long long>(maxSyncs),
                  static_cast<unsigned long long>(walSyncs),
                  static_cast<unsigned long long>(syncs.mean() * static_cast<double>(syncs.size()) + 0.5));
    return {
        {"log", "logInteraction (WAL + synchronous=FULL)", dataset.contacts, times.median(), times.percentile(99),
         "ms", "≤ 1 ms median", verdictOf(times.median() <= 1.0), note, l, cpuTimes.median(),
         cpuTimes.percentile(99)},
        {"log", "  syncs per logged interaction", dataset.contacts, syncs.median(), syncs.percentile(99), "syncs",
         "one fsync", verdictOf(oneSync), "SQLite xSync calls, counted by a VFS shim", l},
        {"log", "  disk floor: pwrite 4 KiB + fdatasync", dataset.contacts, raw.median(), raw.percentile(99), "ms", "",
         Verdict::Info, "no SQLite: what one sync costs on this disk (the cache folder's file system)", l},
    };
}

// [SECTION] 8. vCard import

namespace {

// What SQLite alone needs to write what an import wrote: the same rows and
// search documents copied by INSERT … SELECT from the imported file into a
// fresh database, in one transaction (WAL, synchronous=FULL, the same
// checkpointing). No parsing, no planning, no C++ per row: a floor for the
// commit, on this machine, with this schema. "WHERE true" keeps SQLite from
// copying records and index entries wholesale into an empty table (its
// transfer optimisation), which no real import could do.
double sqliteFloorMs(DatasetCache& cache, const std::string& imported, const Clock& clock, int run) {
    const std::string path = cache.scratchPath("import-floor-" + std::to_string(run) + ".db");
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
    double ms = 0;
    {
        Store store(path, clock);
        Database& db = store.db();
        db.exec("PRAGMA cache_size = -65536"); // as the import's BulkCache
        db.exec("ATTACH '" + imported + "' AS src"); // a path of our own, no quotes in it
        const std::string fts = "rowid, name, company, title, industry, location, how_met, notes, tags, knows, "
                                "methods, past_roles";
        const Stopwatch sw;
        db.exec("BEGIN; "
                "INSERT INTO contacts SELECT * FROM src.contacts WHERE true; "
                "INSERT INTO contact_methods SELECT * FROM src.contact_methods WHERE true; "
                "INSERT INTO tags SELECT * FROM src.tags WHERE true; "
                "INSERT INTO contact_tags SELECT * FROM src.contact_tags WHERE true; "
                "INSERT INTO contact_knows SELECT * FROM src.contact_knows WHERE true; "
                "INSERT INTO past_roles SELECT * FROM src.past_roles WHERE true; "
                "INSERT INTO interactions SELECT * FROM src.interactions WHERE true; "
                "INSERT INTO contacts_fts(" + fts + ") SELECT " + fts + " FROM src.contacts_fts; "
                "INSERT INTO contacts_fts_names(rowid, name) SELECT rowid, name FROM src.contacts_fts_names; "
                "COMMIT");
        ms = sw.wallMs();
        db.exec("DETACH src");
    }
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
    return ms;
}

} // namespace

std::vector<Row> benchImport(DatasetCache& cache, const Dataset& dataset, const RunPlan& plan) {
    const std::string vcf = cache.vcardFile(dataset);
    const FileBytes file = readFileBytes(vcf);
    if (!file.error.empty()) throw std::runtime_error(file.error);
    FixedClock clock(dataset.now);
    Samples parse, planning, commit, total, parseCpu, planCpu, commitCpu, totalCpu, floor;
    std::size_t cards = 0, added = 0, rejected = 0, warnings = 0, planned = 0, folded = 0;
    std::int64_t inDb = 0;
    std::string commitError;
    const int runs = plan.pick(5, 2);
    for (int i = 0; i < runs && commitError.empty(); ++i) {
        const std::string path = cache.scratchPath("import-" + std::to_string(i) + ".db");
        for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
        Store store(path, clock); // an empty database, schema made before timing
        const Stopwatch t0;
        ParseResult parsed = readVCard(file.bytes, "network.vcf");
        const double parseMs = t0.wallMs(), parseC = t0.cpuMs();
        cards = parsed.cards.size();
        const Stopwatch t1;
        const ImportPlan importPlan = planImport(store.db(), std::move(parsed));
        const double planMs = t1.wallMs(), planC = t1.cpuMs();
        parse.add(parseMs), parseCpu.add(parseC);
        planning.add(planMs), planCpu.add(planC);
        rejected = importPlan.rejectedCount;
        planned = importPlan.newCount;
        folded = static_cast<std::size_t>(std::count_if(importPlan.entries.begin(), importPlan.entries.end(),
                                                        [](const ImportPlanEntry& e) { return e.foldedIntoEarlier; }));
        warnings = importPlan.warnings.size();
        try {
            const Stopwatch t2;
            const ImportOutcome outcome = commitImport(store, importPlan);
            const double commitMs = t2.wallMs(), commitC = t2.cpuMs();
            commit.add(commitMs), commitCpu.add(commitC);
            total.add(parseMs + planMs + commitMs), totalCpu.add(parseC + planC + commitC);
            added = outcome.added;
        } catch (const std::exception& e) {
            commitError = e.what();
        }
        inDb = store.db().queryInt("SELECT count(*) FROM contacts");
        if (commitError.empty()) floor.add(sqliteFloorMs(cache, path, clock, i));
        std::filesystem::remove(path);
    }
    const bool nothingLost = commitError.empty() && rejected == 0 && folded == 0 && added == cards &&
                             inDb == dataset.contacts;
    std::string note = commitError.empty() ? (nothingLost ? "nothing lost: " : "CARDS LOST: ")
                                           : "commitImport THREW \"" + commitError + "\", nothing imported: ";
    note += std::to_string(cards) + " cards read, plan: " + std::to_string(planned) + " new + " +
            std::to_string(folded) + " folded into an earlier card; " + std::to_string(added) + " added, " +
            std::to_string(rejected) + " rejected, " + std::to_string(warnings) + " warnings, " +
            std::to_string(inDb) + " in the DB; file " + std::to_string(file.bytes.size() / 1024) + " KiB; " +
            std::to_string(parse.size()) + " runs";
    const bool isBudgetSize = dataset.contacts == 10000;
    const double l = load();
    auto opt = [](const Samples& s) { return s.empty() ? std::optional<double>() : std::optional<double>(s.median()); };
    std::optional<double> seconds, cpuSeconds;
    if (!total.empty()) seconds = total.median() / 1000.0, cpuSeconds = totalCpu.median() / 1000.0;
    return {
        {"import", "import vCard: parse + plan + commit", dataset.contacts, seconds, std::nullopt, "s",
         isBudgetSize ? "≤ 0.2 s, nothing lost" : "",
         isBudgetSize ? verdictOf(seconds && *seconds <= 0.2 && nothingLost) : Verdict::Info, note, l, cpuSeconds},
        {"import", "  parse (readVCard)", dataset.contacts, opt(parse), std::nullopt, "ms", "", Verdict::Info, "", l,
         opt(parseCpu)},
        {"import", "  plan (planImport, empty DB)", dataset.contacts, opt(planning), std::nullopt, "ms", "",
         Verdict::Info, "", l, opt(planCpu)},
        {"import", "  commit (commitImport, one change)", dataset.contacts, opt(commit), std::nullopt, "ms", "",
         commit.empty() ? Verdict::NotMeasured : Verdict::Info, commitError.empty() ? "" : "threw: " + commitError,
         l, opt(commitCpu)},
        {"import", "  SQLite floor: same rows, INSERT … SELECT", dataset.contacts, opt(floor), std::nullopt, "ms", "",
         floor.empty() ? Verdict::NotMeasured : Verdict::Info,
         "what SQLite alone needs for the commit's writes (rows + both search indexes, one fsync'd transaction)", l},
    };
}

} // namespace rk::bench
