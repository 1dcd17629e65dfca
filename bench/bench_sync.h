#pragma once
#include "bench/bench_core.h"

namespace rk::bench {

// 10. Sync: the first sync of the network to a loopback Radicale, and one
// with nothing changed.
[[nodiscard]] std::vector<Row> benchSync(DatasetCache& cache, const Dataset& dataset, const RunPlan& plan);

} // namespace rk::bench
