#include "core/followup/followup_rules.h"

#include "core/db/statement.h"
#include "core/followup/birthday.h"
#include "core/followup/followup_text.h"
#include "core/followup/met_reason.h"

#include <algorithm>

namespace rk {

FollowUpRow readRow(const Statement& st) {
    FollowUpRow r;
    r.id = st.int64(0);
    r.name = st.text(1);
    r.company = st.text(2);
    r.title = st.text(3);
    r.circle = static_cast<Circle>(std::clamp(st.int32(4), 0, kCircleCount - 1));
    r.nextDue = st.text(5);
    r.snoozedUntil = st.text(6);
    r.snoozeCount = st.int32(7);
    r.skipUntil = st.text(8);
    r.rekindleAfter = st.text(9);
    r.birthday = st.text(10);
    r.howMet = st.text(11);
    r.lastContactAt = st.optInt64(12);
    r.metEventId = st.optInt64(13);
    if (auto c = st.optInt64(14)) r.cadenceDays = static_cast<int>(*c);
    r.createdAt = st.int64(15);
    r.hasPhoto = st.int64(16) != 0;
    r.active = st.int64(17) != 0;
    return r;
}

DayContext::DayContext(const CivilDate& day, const FollowUpSettings& s)
    : today(day), tomorrow(day.addDays(1)), todayIso(day.iso()), settings(s) {
    // "No interaction for more than N days": the last one was before today - N.
    dormantCutoff = localMidnight(today.addDays(-settings.dormantDays));
    cadenceFloor = today.addDays(-settings.dormantDays).iso();
    // Sent on day D is due on D + N, so everything sent before midnight
    // starting today - N + 1 has waited long enough.
    awaitingCutoff = localMidnight(today.addDays(1 - settings.awaitingDays));
}

bool isVisible(const FollowUpRow& row, const DayContext& ctx) {
    return row.active && row.snoozedUntil <= ctx.todayIso;
}

bool isDormant(const FollowUpRow& row, const DayContext& ctx) {
    return row.quietSince() < ctx.dormantCutoff;
}

int cadenceDaysOf(const FollowUpRow& row, const DayContext& ctx) {
    return ctx.settings.cadence.daysFor(row.circle, row.cadenceDays);
}

std::optional<int> cadenceOverdue(std::string_view nextDue, std::string_view skipUntil,
                                  const DayContext& ctx) {
    if (nextDue.empty() || nextDue > ctx.todayIso || nextDue < ctx.cadenceFloor) return std::nullopt;
    if (skipUntil > ctx.todayIso) return std::nullopt;
    auto due = CivilDate::parse(nextDue);
    if (!due) return std::nullopt;
    return static_cast<int>(due->daysUntil(ctx.today));
}

std::optional<CivilDate> birthdayDue(std::string_view birthday, std::string_view skipUntil,
                                     std::optional<std::int64_t> lastContactAt, const DayContext& ctx) {
    if (birthday.empty() || skipUntil > ctx.todayIso) return std::nullopt;
    auto parsed = Birthday::parse(birthday);
    if (!parsed) return std::nullopt;
    const CivilDate next = parsed->nextOnOrAfter(ctx.today);
    if (next != ctx.today && next != ctx.tomorrow) return std::nullopt;
    // In touch since the day before: the wishes were (or can be) part of that.
    if (lastContactAt && localDateOf(*lastContactAt) >= next.addDays(-1)) return std::nullopt;
    return next;
}

std::optional<QueueReason> cadenceReason(const FollowUpRow& row, const DayContext& ctx) {
    auto overdue = cadenceOverdue(row.nextDue, row.skipUntil, ctx);
    if (!overdue) return std::nullopt;
    QueueReason r;
    r.kind = DueReason::Cadence;
    r.due = ctx.today.addDays(-*overdue);
    r.daysOverdue = *overdue;
    const int every = cadenceDaysOf(row, ctx);
    const std::string when = r.daysOverdue > 0 ? dayCount(r.daysOverdue) + " overdue" : "due today";
    r.text = every > 0 ? when + " · " + cadenceText(every) : when;
    return r;
}

std::optional<QueueReason> birthdayReason(const FollowUpRow& row, const DayContext& ctx) {
    auto next = birthdayDue(row.birthday, row.skipUntil, row.lastContactAt, ctx);
    if (!next) return std::nullopt;
    QueueReason r;
    r.kind = DueReason::Birthday;
    r.due = *next;
    r.text = *next == ctx.today ? "birthday today" : "birthday tomorrow";
    return r;
}

QueueReason reminderReason(std::int64_t id, const std::string& dueIso, const std::string& note,
                           const DayContext& ctx) {
    QueueReason r;
    r.kind = DueReason::Reminder;
    r.reminderId = id;
    r.due = CivilDate::parse(dueIso).value_or(ctx.today);
    r.daysOverdue = static_cast<int>(std::max<std::int64_t>(0, r.due.daysUntil(ctx.today)));
    // "met at PyCon on Fri 4 Dec" says why by itself (core/followup/met_reason.h).
    r.text = note.empty() ? "reminder" : isMetReason(note) ? note : "reminder · " + note;
    if (r.daysOverdue > 0) r.text += " · " + dayCount(r.daysOverdue) + " overdue";
    return r;
}

QueueReason awaitingReason(std::int64_t interactionId, std::int64_t at, const DayContext& ctx) {
    const CivilDate sent = localDateOf(at);
    QueueReason r;
    r.kind = DueReason::AwaitingReply;
    r.interactionId = interactionId;
    r.due = sent.addDays(ctx.settings.awaitingDays);
    r.daysOverdue = static_cast<int>(std::max<std::int64_t>(0, r.due.daysUntil(ctx.today)));
    r.text = "no reply since " + shortDate(sent, ctx.today);
    return r;
}

QueueReason rekindleReason(const FollowUpRow& row, const DayContext& ctx) {
    QueueReason r;
    r.kind = DueReason::Rekindle;
    r.due = ctx.today;
    const CivilDate quiet = localDateOf(row.quietSince());
    r.text = row.lastContactAt ? "rekindle · last talked " + monthsAgo(quiet, ctx.today)
                               : "rekindle · added " + monthsAgo(quiet, ctx.today) + ", never talked";
    return r;
}

bool rekindleEligible(const FollowUpRow& row, const DayContext& ctx) {
    // Someone already due by cadence gets a card anyway: the batch is for the rest.
    return isVisible(row, ctx) && isDormant(row, ctx) && row.rekindleAfter <= ctx.todayIso &&
           !cadenceReason(row, ctx);
}

int compareNoCase(std::string_view a, std::string_view b) {
    const size_t n = std::min(a.size(), b.size());
    for (size_t i = 0; i < n; ++i) {
        auto x = static_cast<unsigned char>(a[i]);
        auto y = static_cast<unsigned char>(b[i]);
        if (x >= 'A' && x <= 'Z') x = static_cast<unsigned char>(x + 32);
        if (y >= 'A' && y <= 'Z') y = static_cast<unsigned char>(y + 32);
        if (x != y) return x < y ? -1 : 1;
    }
    if (a.size() == b.size()) return 0;
    return a.size() < b.size() ? -1 : 1;
}

bool keyBefore(const QueueKey& a, const QueueKey& b) {
    if (a.overdue != b.overdue) return a.overdue > b.overdue;
    if (a.priority != b.priority) return a.priority < b.priority;
    if (a.circle != b.circle) return a.circle < b.circle;
    if (int c = compareNoCase(a.name, b.name); c != 0) return c < 0;
    return a.id < b.id;
}

QueueKey keyOf(ContactId id, std::string_view name, Circle circle, int overdue, DueReason reason) {
    return {std::max(overdue, 0), static_cast<int>(reason), static_cast<int>(circle), name, id};
}

QueueKey keyOf(const QueueItem& item) {
    return keyOf(item.contactId, item.name, item.circle, item.daysOverdue(), item.topReason());
}

bool reasonBefore(const QueueReason& a, const QueueReason& b) {
    if (a.daysOverdue != b.daysOverdue) return a.daysOverdue > b.daysOverdue;
    if (a.kind != b.kind) return a.kind < b.kind;
    return a.due < b.due;
}

} // namespace rk
