#pragma once
#include "bench/bench_dataset.h"
#include "bench/bench_stats.h"

#include <string>
#include <vector>

namespace rk {
class DeckReader;
}

namespace rk::bench {

struct RunPlan {
    bool quick = false;
    [[nodiscard]] int pick(int normal, int quickRuns) const { return quick ? quickRuns : normal; }
};

// 1. Open the database (a new Store each run) and build today's queue.
[[nodiscard]] std::vector<Row> benchQueue(const Dataset& dataset, const RunPlan& plan);
// 2. Search as you type: prefixes of realistic queries, one letter at a time.
[[nodiscard]] std::vector<Row> benchSearch(const Dataset& dataset, const RunPlan& plan);
// 3. logInteraction on a private copy, counting SQLite's syncs.
[[nodiscard]] std::vector<Row> benchLog(DatasetCache& cache, const Dataset& dataset, const RunPlan& plan);
// 8. The network exported as vCard, imported into an empty database.
[[nodiscard]] std::vector<Row> benchImport(DatasetCache& cache, const Dataset& dataset, const RunPlan& plan);

// 9. "Who can introduce me?": the 3-hop path query over a loaded link graph.
[[nodiscard]] std::vector<Row> benchIntro(const Dataset& dataset, const RunPlan& plan);

// Every keystroke of the typed queries, in typing order ("a", "an", "ana", …).
[[nodiscard]] const std::vector<std::string>& searchKeystrokes();
// What the deck runs on one keystroke: the app's own DeckReader (a page of
// DeckReader::kPageSize and a count capped at 1000 for free text; "who do I
// know", 300 people grouped by warmth, when the query uses a prefix such as
// at: or knows:).
void deckKeystroke(DeckReader& deck, const std::string& text);

} // namespace rk::bench
