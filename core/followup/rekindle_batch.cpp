#include "core/followup/rekindle_batch.h"

#include "core/db/statement_cache.h"

#include <algorithm>
#include <limits>
#include <string>

namespace rk {

namespace {

std::uint64_t splitMix(std::uint64_t x) {
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

// rekindleEligible() as SQL over the quiet-since index, for quiet in (?1, ?2].
constexpr const char* kEligibleSql =
    "SELECT c.id FROM contacts c WHERE coalesce(c.last_contact_at, c.created_at) > ?1 AND "
    "coalesce(c.last_contact_at, c.created_at) <= ?2 AND c.deleted_at IS NULL AND "
    "c.archived_at IS NULL AND c.snoozed_until <= ?3 AND c.rekindle_after <= ?3 AND NOT "
    "(c.next_due <> '' AND c.next_due >= ?4 AND c.next_due <= ?3 AND c.skip_until <= ?3) "
    "ORDER BY coalesce(c.last_contact_at, c.created_at) DESC, c.id DESC";

} // namespace

std::optional<FollowUpRow> loadFollowUpRow(StatementCache& cache, ContactId id) {
    Statement& st = cache.get("SELECT " + std::string(kRowColumns) + " FROM contacts c WHERE c.id = ?1");
    st.bind(1, id);
    if (!st.step()) return std::nullopt;
    return readRow(st);
}

std::vector<ContactId> chooseRekindles(StatementCache& cache, const DayContext& ctx, std::size_t count,
                                       const std::vector<ContactId>& exclude) {
    std::vector<ContactId> out;
    if (count == 0) return out;
    Statement& oldest = cache.get("SELECT coalesce(c.last_contact_at, c.created_at) FROM contacts c "
                                  "WHERE c.deleted_at IS NULL AND c.archived_at IS NULL "
                                  "ORDER BY coalesce(c.last_contact_at, c.created_at) LIMIT 1");
    if (!oldest.step()) return out;
    const std::int64_t minQuiet = oldest.int64(0);
    oldest.reset();
    if (minQuiet >= ctx.dormantCutoff) return out;

    // The span is rounded down to a power of two so that it (and so the day's
    // starting point) only moves when the dormant range doubles or halves.
    const std::uint64_t rangeDays = static_cast<std::uint64_t>(ctx.dormantCutoff - minQuiet) / 86400;
    std::uint64_t span = 1;
    while (span * 2 <= rangeDays) span *= 2;
    const auto offsetDays =
        static_cast<std::int64_t>(splitMix(static_cast<std::uint64_t>(ctx.today.dayNumber())) % span);
    const std::int64_t start = ctx.dormantCutoff - 1 - offsetDays * 86400;

    // From the starting point back in time, then wrap to the most recently dormant.
    const std::pair<std::int64_t, std::int64_t> ranges[] = {
        {std::numeric_limits<std::int64_t>::min(), start}, {start, ctx.dormantCutoff - 1}};
    for (const auto& [after, upTo] : ranges) {
        Statement& st = cache.get(kEligibleSql);
        st.bind(1, after).bind(2, upTo).bind(3, ctx.todayIso).bind(4, ctx.cadenceFloor);
        while (out.size() < count && st.step()) {
            const ContactId id = st.int64(0);
            if (std::find(exclude.begin(), exclude.end(), id) == exclude.end()) out.push_back(id);
        }
    }
    return out;
}

std::vector<ContactId> rekindleBatchIds(StatementCache& cache, const DayContext& ctx, const DayStats& stats) {
    if (stats.batchFixed) return stats.rekindleBatch;
    return chooseRekindles(cache, ctx, static_cast<std::size_t>(std::max(0, ctx.settings.rekindleBatch)));
}

} // namespace rk
