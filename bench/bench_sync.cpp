// 10. Sync (DESIGN.md, "first sync of 10k people to a loopback CardDAV
// server"): the network's first sync into an empty address book on a real
// Radicale started here, then a sync with nothing changed (one request), and
// that request alone: the server's floor under the budget.
#include "bench/bench_sync.h"

#include "core/store/store.h"
#include "core/sync/card_sync.h"
#include "core/sync/sync_state.h"
#include "core/time/clock.h"
#include "platform/dav/carddav_book.h"
#include "platform/dav/http_client.h"
#include "tests/support/radicale_server.h"
#include "tests/support/stopwatch.h"

namespace rk::bench {

std::vector<Row> benchSync(DatasetCache& cache, const Dataset& dataset, const RunPlan& plan) {
    test::RadicaleServer server;
    FixedClock clock(dataset.now);
    Store store(cache.scratchCopy(dataset, "sync.db"), clock);
    HttpClient setup("alice", "secret");
    const std::string book = discoverAddressBook(setup, server.url());
    SyncState state(store.db());
    store.change("Set up sync", [&] { state.setAccount({server.url(), "alice", book}); });

    HttpClient http("alice", "secret");
    CardDavBook address(http, book);
    // Wall time, and this thread's CPU time: Rekindle's own share (the engine,
    // SQLite, libcurl); the rest is the server's.
    const test::Stopwatch firstWatch;
    const SyncReport first = syncAddressBook(store, address);
    const double firstSeconds = firstWatch.wallMs() / 1000.0, firstCpu = firstWatch.cpuMs() / 1000.0;
    const int firstRequests = http.requestCount();

    Samples quiet, quietCpu;
    int quietRequests = 0;
    bool quietNothing = true;
    for (int run = 0; run < plan.pick(20, 5); ++run) {
        const int before = http.requestCount();
        const test::Stopwatch watch;
        const SyncReport again = syncAddressBook(store, address);
        quiet.add(watch.wallMs()), quietCpu.add(watch.cpuMs());
        quietRequests = http.requestCount() - before;
        quietNothing = quietNothing && again.nothingChanged();
    }

    // The server's own share of a quiet sync: the one request it makes, alone
    // (no database read, no plan), so the report shows how much of the
    // figure above is Radicale's answer and how much is Rekindle.
    Samples alone;
    const std::string token = SyncState(store.db()).token();
    for (int run = 0; run < plan.pick(20, 5); ++run) {
        const test::Stopwatch watch;
        static_cast<void>(address.changesSince(token));
        alone.add(watch.wallMs());
    }

    const bool budgetSize = dataset.contacts == 10000;
    const bool allSent = first.sent.size() == static_cast<std::size_t>(dataset.contacts);
    std::vector<Row> rows;
    rows.push_back({"sync", "first sync, everyone sent", dataset.contacts, firstSeconds, std::nullopt, "s",
                    budgetSize ? "≤ 10 s" : "",
                    budgetSize ? verdictOf(firstSeconds <= 10.0 && allSent) : Verdict::Info,
                    std::to_string(first.sent.size()) + " sent in " + std::to_string(firstRequests) +
                        " requests to Radicale on loopback",
                    loadAverage1(), firstCpu});
    rows.push_back({"sync", "sync with nothing changed", dataset.contacts, quiet.median(), quiet.percentile(99), "ms",
                    budgetSize ? "one request, ≤ 50 ms" : "",
                    budgetSize ? verdictOf(quiet.median() <= 50.0 && quietRequests == 1 && quietNothing)
                               : Verdict::Info,
                    std::to_string(quietRequests) + (quietRequests == 1 ? " request" : " requests") +
                        (quietNothing ? "" : "; it found changes"),
                    loadAverage1(), quietCpu.median(), quietCpu.percentile(99)});
    rows.push_back({"sync", "its one request alone (the server's floor)", dataset.contacts, alone.median(),
                    alone.percentile(99), "ms", "", Verdict::Info,
                    "the sync-collection REPORT with the current token, nothing else", loadAverage1()});
    return rows;
}

} // namespace rk::bench
