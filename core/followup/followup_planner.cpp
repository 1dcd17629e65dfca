#include "core/followup/followup_planner.h"

#include "core/db/statement.h"
#include "core/db/statement_cache.h"
#include "core/followup/card_builder.h"
#include "core/followup/day_stats.h"
#include "core/followup/queue_sources.h"
#include "core/followup/rekindle_batch.h"
#include "core/schedule/user_settings.h"

#include <algorithm>
#include <charconv>
#include <limits>
#include <unordered_set>

namespace rk {

namespace {

int parseSetting(const std::string& value, int fallback, int lo, int hi) {
    int out = fallback;
    auto r = std::from_chars(value.data(), value.data() + value.size(), out);
    if (r.ec != std::errc() || r.ptr != value.data() + value.size()) return fallback;
    return std::clamp(out, lo, hi);
}

// Merges the sources in queue order and keeps each person's first appearance,
// up to `cap` people.
struct MergeResult {
    std::vector<Candidate> order;
    bool capped = false;
};

MergeResult mergeSources(std::vector<std::unique_ptr<CandidateSource>>& sources, size_t cap) {
    MergeResult out;
    std::unordered_set<ContactId> seen;
    for (;;) {
        CandidateSource* best = nullptr;
        std::optional<QueueKey> bestKey;
        for (auto& source : sources) {
            auto key = source->peek();
            if (key && (!bestKey || keyBefore(*key, *bestKey))) {
                best = source.get();
                bestKey = key;
            }
        }
        if (!best) break;
        if (!best->ready()) {
            best->refine();
            continue;
        }
        Candidate c = best->take();
        if (seen.contains(c.id)) continue;
        if (out.order.size() >= cap) {
            out.capped = true;
            break;
        }
        seen.insert(c.id);
        out.order.push_back(std::move(c));
    }
    return out;
}

} // namespace

// The user's settings are parsed and bounded by one table (user_settings.h),
// so the Settings screen, the planner and the backup agree on every value.
void FollowUpSettings::apply(const std::string& key, const std::string& value) {
    if (key == "followup.rekindle_retry_days") {
        rekindleRetryDays = parseSetting(value, rekindleRetryDays, 1, 3650);
        return;
    }
    for (int i = 0; i < kSettingCount; ++i) {
        const auto s = static_cast<Setting>(i);
        if (key != specOf(s).key) continue;
        const std::optional<int> v = parseStored(s, value);
        if (!v) return; // not a valid value: the default stays
        if (i < kCircleCount) cadence.circleDays[static_cast<size_t>(i)] = *v;
        if (s == Setting::AwaitingDays) awaitingDays = *v;
        if (s == Setting::DormantDays) dormantDays = *v;
        if (s == Setting::RekindleBatch) rekindleBatch = *v;
        if (s == Setting::WeekStart) weekStart = *v;
        return;
    }
}

// All the keys in one read: a statement per key would cost more than the queue.
FollowUpSettings FollowUpSettings::load(Database& db) {
    FollowUpSettings s;
    Statement st(db, kFollowUpSettingsQuery);
    while (st.step()) s.apply(st.text(0), st.text(1));
    return s;
}

bool QueueItem::has(DueReason kind) const {
    return std::any_of(reasons.begin(), reasons.end(),
                       [&](const QueueReason& r) { return r.kind == kind; });
}

FollowUpPlanner::FollowUpPlanner(Database& db)
    : m_db(db), m_settings(FollowUpSettings::load(db)), m_cache(std::make_unique<StatementCache>(db)) {}

FollowUpPlanner::~FollowUpPlanner() = default;

DayStats FollowUpPlanner::readDay(const CivilDate& today) {
    FollowUpSettings settings;
    DayStats stats;
    stats.date = today;
    Statement& st = m_cache->get(kFollowUpSettingsQuery);
    while (st.step()) {
        const std::string key = st.text(0);
        const std::string value = st.text(1);
        settings.apply(key, value);
        stats.apply(key, value);
    }
    m_settings = settings;
    return stats;
}

TodayQueue FollowUpPlanner::build(const CivilDate& today, const QueueOptions& options) {
    const ReadScope scope(m_db, *m_cache);
    const DayStats stats = readDay(today);
    const DayContext ctx(today, m_settings);

    // Today's rekindle offers still open, loaded for their place in the queue.
    std::unordered_set<ContactId> batch;
    std::vector<Candidate> rekindles;
    for (ContactId id : rekindleBatchIds(*m_cache, ctx, stats)) {
        auto row = loadFollowUpRow(*m_cache, id);
        if (!row || !rekindleEligible(*row, ctx)) continue;
        batch.insert(id);
        rekindles.push_back({row->id, row->name, row->circle, 0, DueReason::Rekindle});
    }

    auto sources = openSources(*m_cache, ctx, std::move(rekindles));
    MergeResult merged = mergeSources(sources, std::max(options.limit, options.countCap));
    sources.clear(); // done reading: the card builder reuses cached statements

    TodayQueue queue;
    queue.date = today;
    queue.total = merged.order.size();
    queue.totalIsLowerBound = merged.capped;
    queue.doneToday = stats.done;
    queue.snoozedToday = stats.snoozed;
    queue.skippedToday = stats.skipped;
    queue.streakDays = stats.streak(merged.order.empty());

    CardBuilder cards(m_db, *m_cache, ctx);
    const size_t detailed = std::min(options.limit, merged.order.size());
    for (size_t i = 0; i < detailed; ++i) {
        auto row = loadFollowUpRow(*m_cache, merged.order[i].id);
        if (!row) continue;
        QueueItem item = cards.build(*row, batch.contains(row->id));
        if (!item.reasons.empty()) queue.items.push_back(std::move(item));
    }
    // The scans found each person through their most urgent reason, so this
    // only confirms the order; it keeps it right should the two ever disagree.
    std::stable_sort(queue.items.begin(), queue.items.end(),
                     [](const QueueItem& a, const QueueItem& b) { return keyBefore(keyOf(a), keyOf(b)); });
    return queue;
}

std::optional<QueueItem> FollowUpPlanner::card(ContactId id, const CivilDate& today) {
    const ReadScope scope(m_db, *m_cache);
    const DayStats stats = readDay(today);
    const DayContext ctx(today, m_settings);
    auto row = loadFollowUpRow(*m_cache, id);
    if (!row) return std::nullopt;
    const FollowUpRow contact = *row;
    const auto batch = rekindleBatchIds(*m_cache, ctx, stats);
    const bool inBatch = std::find(batch.begin(), batch.end(), id) != batch.end();
    QueueItem item = CardBuilder(m_db, *m_cache, ctx).build(contact, inBatch);
    if (item.reasons.empty()) return std::nullopt;
    return item;
}

bool FollowUpPlanner::isEmpty(const CivilDate& today) {
    return build(today, {.limit = 0, .countCap = 1}).empty();
}

std::vector<ContactId> FollowUpPlanner::rekindleBatch(const CivilDate& today) {
    const ReadScope scope(m_db, *m_cache);
    const DayStats stats = readDay(today);
    return rekindleBatchIds(*m_cache, DayContext(today, m_settings), stats);
}

std::optional<ContactId> FollowUpPlanner::nextRekindle(const CivilDate& today) {
    const ReadScope scope(m_db, *m_cache);
    const DayStats stats = readDay(today);
    const DayContext ctx(today, m_settings);
    const auto batch = rekindleBatchIds(*m_cache, ctx, stats);
    auto next = chooseRekindles(*m_cache, ctx, 1, batch);
    if (next.empty()) return std::nullopt;
    return next.front();
}

std::int64_t nextRefreshAt(std::int64_t now) {
    return localMidnight(localDateOf(now).addDays(1));
}

} // namespace rk
