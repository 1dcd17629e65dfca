#include "core/followup/card_builder.h"

#include "core/db/statement.h"
#include "core/db/statement_cache.h"
#include "core/followup/followup_text.h"
#include "core/followup/opener.h"

#include <algorithm>

namespace rk {

QueueItem CardBuilder::build(const FollowUpRow& row, bool inRekindleBatch) {
    QueueItem item;
    item.contactId = row.id;
    item.name = row.name;
    Contact who;
    who.displayName = row.name;
    who.company = row.company;
    who.title = row.title;
    item.roleLine = who.roleLine();
    item.initials = who.initials();
    item.hasPhoto = row.hasPhoto;
    item.circle = row.circle;
    item.snoozeCount = row.snoozeCount;
    if (!isVisible(row, m_ctx)) return item;

    if (auto r = cadenceReason(row, m_ctx)) item.reasons.push_back(std::move(*r));
    if (auto r = birthdayReason(row, m_ctx)) item.reasons.push_back(std::move(*r));
    addReminders(row, item);
    addHistory(row, item);
    if (inRekindleBatch && rekindleEligible(row, m_ctx)) {
        item.reasons.push_back(rekindleReason(row, m_ctx));
        OpenerContext ctx{row.company, row.title, row.howMet,
                          row.metEventId ? eventName(*row.metEventId) : std::string()};
        item.opener = suggestOpener(m_ctx.today, ctx);
    }
    std::stable_sort(item.reasons.begin(), item.reasons.end(), reasonBefore);
    return item;
}

void CardBuilder::addReminders(const FollowUpRow& row, QueueItem& item) {
    Statement& st = m_cache.get("SELECT id, due_date, note FROM reminders WHERE contact_id = ?1 AND "
                                "status = 0 AND due_date <= ?2 ORDER BY due_date, id");
    st.bind(1, row.id).bind(2, m_ctx.todayIso);
    while (st.step()) item.reasons.push_back(reminderReason(st.int64(0), st.text(1), st.text(2), m_ctx));
}

void CardBuilder::addHistory(const FollowUpRow& row, QueueItem& item) {
    Statement& history = m_cache.get("SELECT id, kind, direction, at, note, awaiting_reply FROM "
                                     "interactions WHERE contact_id = ?1 ORDER BY at DESC");
    history.bind(1, row.id);
    bool newest = true;
    while (history.step()) {
        const auto kind = static_cast<InteractionKind>(std::clamp(history.int32(1), 0, kInteractionKindCount - 1));
        const auto direction = static_cast<Direction>(history.int32(2));
        const std::int64_t at = history.int64(3);
        if (newest) {
            item.lastInteraction = interactionSummary(kind, direction, at, history.text(4), m_ctx.today);
            newest = false;
        }
        if (direction == Direction::In) break;
        if (history.int64(5) != 0 && at < m_ctx.awaitingCutoff)
            item.reasons.push_back(awaitingReason(history.int64(0), at, m_ctx));
    }
    if (newest) item.lastInteraction = "No interactions yet";
}

std::string CardBuilder::eventName(std::int64_t id) {
    Statement st(m_db, "SELECT name FROM events WHERE id = ?1");
    st.bind(1, id);
    return st.step() ? st.text(0) : std::string();
}

} // namespace rk
