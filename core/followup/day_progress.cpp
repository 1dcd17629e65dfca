#include "core/followup/day_progress.h"

namespace rk {

DayProgress DayProgress::of(const TodayQueue& queue) {
    return {queue.doneToday, queue.snoozedToday, queue.skippedToday, queue.total,
            queue.totalIsLowerBound};
}

std::size_t DayProgress::due() const {
    return toGo + static_cast<std::size_t>(done + snoozed + skipped);
}

float DayProgress::doneFraction() const {
    const std::size_t all = due();
    return all == 0 ? 0.f : static_cast<float>(done) / static_cast<float>(all);
}

float DayProgress::putOffFraction() const {
    const std::size_t all = due();
    return all == 0 ? 0.f : static_cast<float>(snoozed + skipped) / static_cast<float>(all);
}

std::string DayProgress::summary() const {
    const std::string plus = toGoIsLowerBound ? "+" : "";
    std::string text = std::to_string(done) + " of " + std::to_string(due()) + plus + " done";
    if (snoozed > 0) text += " \u00B7 " + std::to_string(snoozed) + " snoozed";
    if (skipped > 0) text += " \u00B7 " + std::to_string(skipped) + " skipped";
    if (toGo > 0) text += " \u00B7 " + std::to_string(toGo) + plus + " to go";
    return text;
}

} // namespace rk
