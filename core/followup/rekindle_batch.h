#pragma once
// Internal to the follow-up engine: choosing the day's dormant people.
#include "core/followup/day_stats.h"
#include "core/followup/followup_rules.h"

#include <cstddef>
#include <optional>
#include <vector>

namespace rk {

class StatementCache;

// The full row of one contact, for cards.
[[nodiscard]] std::optional<FollowUpRow> loadFollowUpRow(StatementCache& cache, ContactId id);

// Up to `count` people rekindleEligible() today, in the day's rotation order:
// the scan starts at a point in the dormant range picked from the date alone,
// so the choice is the same all day and moves on the next day, in O(count)
// index reads.
[[nodiscard]] std::vector<ContactId> chooseRekindles(StatementCache& cache, const DayContext& ctx,
                                                     std::size_t count,
                                                     const std::vector<ContactId>& exclude = {});

// Today's batch: fixed in `stats` by an earlier change today, else chosen now.
// Offers handled since are still listed; callers check rekindleEligible().
[[nodiscard]] std::vector<ContactId> rekindleBatchIds(StatementCache& cache, const DayContext& ctx,
                                                      const DayStats& stats);

} // namespace rk
