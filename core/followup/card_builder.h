#pragma once
// Internal to the follow-up engine: turns one contact into a card with every
// reason that applies today, the last interaction, and an opener.
#include "core/followup/followup_rules.h"

namespace rk {

class Database;
class StatementCache;

class CardBuilder {
public:
    CardBuilder(Database& db, StatementCache& cache, const DayContext& ctx)
        : m_db(db), m_cache(cache), m_ctx(ctx) {}

    // A card with no reasons means the person is not due today.
    [[nodiscard]] QueueItem build(const FollowUpRow& row, bool inRekindleBatch);

private:
    void addReminders(const FollowUpRow& row, QueueItem& item);
    // Walks back from the newest interaction to the first inbound one: the
    // newest gives the summary, flagged outbound ones on the way are unanswered.
    void addHistory(const FollowUpRow& row, QueueItem& item);
    [[nodiscard]] std::string eventName(std::int64_t id);

    Database& m_db;
    StatementCache& m_cache;
    const DayContext& m_ctx;
};

} // namespace rk
