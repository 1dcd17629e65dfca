#pragma once
#include "core/store/store.h"
#include "core/time/clock.h"
#include "tests/support/temp_dir.h"

#include <cstdint>

namespace rk::test {

// A new, empty Rekindle database in its own temp dir, on a clock that stands
// still at `now` until the test moves it. Make one at the top of a TEST_CASE
// (each SECTION reruns the case from there, so each gets a fresh one), or
// derive a fixture with its own setup from it. A test that opens a store in
// some other way (read-only, a second connection, a file it wrote itself)
// spells that out instead.
struct TempStore {
    explicit TempStore(std::int64_t now) : clock(now) {}

    TempDir dir;
    FixedClock clock;
    Store store{dir.file("rekindle.db"), clock};
};

} // namespace rk::test
