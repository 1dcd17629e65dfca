#pragma once
#include "bench/bench_core.h"

#include <cstdint>
#include <string>
#include <vector>

namespace rk::bench {

// Instruction counts for the queue and a search keystroke, from callgrind: a
// second figure that does not move with the machine's load. Each run of the
// operation is one callgrind dump (CALLGRIND_ZERO_STATS before,
// CALLGRIND_DUMP_STATS after), in a child process running this program as a
// worker under valgrind. Empty (with a NotMeasured row) without valgrind.
[[nodiscard]] std::vector<Row> benchCallgrind(DatasetCache& cache, const Dataset& dataset, const RunPlan& plan);

// The worker side: `what` is "queue", "search", "log" (dbPath: a private copy)
// or "import" (dbPath: a .vcf; parse + plan only). Returns the exit code.
int runCallgrindWorker(const std::string& what, const std::string& dbPath, std::int64_t now, int runs);

} // namespace rk::bench
