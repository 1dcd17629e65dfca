#pragma once
#include "core/followup/queue_item.h"

#include <cstddef>
#include <string>

namespace rk {

// Today's progress as the header shows it. Done is only what was followed up;
// snoozed and skipped cards left the queue too, but were put off, not done,
// so they are counted and drawn apart: "3 of 8 done · 1 snoozed · 1 skipped ·
// 3 to go", a bar filled to 3/8 and a paler part for the 2 put off.
struct DayProgress {
    int done = 0;
    int snoozed = 0;
    int skipped = 0;
    std::size_t toGo = 0;          // still in the queue
    bool toGoIsLowerBound = false; // the queue's count stopped at its cap ("99+")

    [[nodiscard]] static DayProgress of(const TodayQueue& queue);

    // Everything that was due today: done, put off and still to go.
    [[nodiscard]] std::size_t due() const;
    // Share of the day's cards that were done (0 when nothing was due).
    [[nodiscard]] float doneFraction() const;
    // Share that was snoozed or skipped.
    [[nodiscard]] float putOffFraction() const;
    // "3 of 8 done · 1 snoozed · 1 skipped · 3 to go"; parts that are 0 are
    // left out, except "done".
    [[nodiscard]] std::string summary() const;
};

} // namespace rk
