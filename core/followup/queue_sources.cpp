#include "core/followup/queue_sources.h"

#include "core/db/statement_cache.h"
#include "core/followup/birthday.h"

#include <algorithm>
#include <utility>

namespace rk {

namespace {

// sqlite3_step() after the last row starts the query over; a scan must stay done.
class Scan {
public:
    explicit Scan(Statement& st) : m_st(st) {}
    [[nodiscard]] Statement& st() { return m_st; }
    bool step() {
        if (m_done) return false;
        m_done = !m_st.step();
        return !m_done;
    }

private:
    Statement& m_st;
    bool m_done = false;
};

Circle circleAt(const Statement& st, int col) {
    return static_cast<Circle>(std::clamp(st.int32(col), 0, kCircleCount - 1));
}

// A source that reads one candidate at a time, each exact.
class RowSource : public CandidateSource {
public:
    [[nodiscard]] std::optional<QueueKey> peek() override {
        if (!m_head && !m_done) {
            m_head = read();
            m_done = !m_head;
        }
        return m_head ? std::optional(m_head->key()) : std::nullopt;
    }
    [[nodiscard]] bool ready() const override { return true; }
    void refine() override {}
    Candidate take() override {
        Candidate c = std::move(*m_head);
        m_head.reset();
        return c;
    }

protected:
    virtual std::optional<Candidate> read() = 0;

private:
    std::optional<Candidate> m_head;
    bool m_done = false;
};

// Cadence: next_due in [floor, today], in queue order from the composite index.
// The WHERE is cadenceOverdue() (plus visibility) in SQL.
class CadenceSource final : public RowSource {
public:
    CadenceSource(StatementCache& cache, const DayContext& ctx)
        : m_ctx(ctx), m_scan(cache.get("SELECT c.id, c.display_name, c.circle, c.next_due FROM contacts c "
                                       "WHERE c.next_due <> '' AND c.next_due >= ?1 AND c.next_due <= ?2 "
                                       "AND c.deleted_at IS NULL AND c.archived_at IS NULL AND "
                                       "c.snoozed_until <= ?2 AND c.skip_until <= ?2 ORDER BY c.next_due, "
                                       "c.circle, c.display_name COLLATE NOCASE, c.id")) {
        m_scan.st().bind(1, ctx.cadenceFloor).bind(2, ctx.todayIso);
    }

protected:
    std::optional<Candidate> read() override {
        while (m_scan.step()) {
            Statement& st = m_scan.st();
            if (auto overdue = cadenceOverdue(st.text(3), "", m_ctx))
                return Candidate{st.int64(0), st.text(1), circleAt(st, 2), *overdue, DueReason::Cadence};
        }
        return std::nullopt;
    }

private:
    const DayContext& m_ctx;
    Scan m_scan;
};

// Birthdays on one "MM-DD" key, in circle and name order. Never overdue, so
// opened only when the merge gets past everything overdue.
class BirthdaySource final : public CandidateSource {
public:
    BirthdaySource(StatementCache& cache, const DayContext& ctx, std::string key, int slot)
        : m_cache(cache), m_ctx(ctx), m_key(std::move(key)), m_slot(slot) {}
    [[nodiscard]] std::optional<QueueKey> peek() override {
        if (!m_rows) return QueueKey{0, static_cast<int>(DueReason::Birthday), 0, {}, 0};
        if (!m_head && !m_done) {
            m_head = read();
            m_done = !m_head;
        }
        return m_head ? std::optional(m_head->key()) : std::nullopt;
    }
    [[nodiscard]] bool ready() const override { return m_rows.has_value(); }
    void refine() override {
        Statement& st = m_cache.get("SELECT c.id, c.display_name, c.circle, c.birthday, c.last_contact_at "
                                    "FROM contacts c WHERE substr(c.birthday, -5) = ?1 AND "
                                    "c.birthday <> '' AND c.deleted_at IS NULL AND c.archived_at IS NULL "
                                    "AND c.snoozed_until <= ?2 AND c.skip_until <= ?2 "
                                    "ORDER BY c.circle, c.display_name COLLATE NOCASE, c.id",
                                    m_slot);
        st.bind(1, m_key).bind(2, m_ctx.todayIso);
        m_rows.emplace(st);
    }
    Candidate take() override {
        Candidate c = std::move(*m_head);
        m_head.reset();
        return c;
    }

private:
    std::optional<Candidate> read() {
        while (m_rows->step()) {
            Statement& st = m_rows->st();
            if (birthdayDue(st.text(3), "", st.optInt64(4), m_ctx))
                return Candidate{st.int64(0), st.text(1), circleAt(st, 2), 0, DueReason::Birthday};
        }
        return std::nullopt;
    }

    StatementCache& m_cache;
    const DayContext& m_ctx;
    std::string m_key;
    int m_slot;
    std::optional<Scan> m_rows;
    std::optional<Candidate> m_head;
    bool m_done = false;
};

// Rows come from an index ordered by due day only, so each day's group is read
// whole and sorted by circle and name. Until the merge needs that, only the
// group's first row is read: its day gives the floor for the whole group.
class DayGroupedSource : public CandidateSource {
public:
    [[nodiscard]] std::optional<QueueKey> peek() override {
        if (m_pos < m_group.size()) return m_group[m_pos].key();
        if (!m_pending) m_pending = readFirst();
        if (!m_pending) return std::nullopt;
        return QueueKey{m_pending->overdue, static_cast<int>(m_pending->reason), 0, {}, 0};
    }
    [[nodiscard]] bool ready() const override { return m_pos < m_group.size(); }
    void refine() override {
        m_group.clear();
        m_pos = 0;
        if (!m_pending) return;
        m_group.push_back(std::move(*m_pending));
        m_pending.reset();
        while (auto c = readSameDay()) m_group.push_back(std::move(*c));
        std::stable_sort(m_group.begin(), m_group.end(),
                         [](const Candidate& a, const Candidate& b) { return keyBefore(a.key(), b.key()); });
    }
    Candidate take() override { return std::move(m_group[m_pos++]); }

protected:
    // The first row of the next day's group; its overdue marks the day.
    virtual std::optional<Candidate> readFirst() = 0;
    // The next row of the same day, or nothing (keeping a row of a later day
    // for readFirst()).
    virtual std::optional<Candidate> readSameDay() = 0;

private:
    std::vector<Candidate> m_group;
    size_t m_pos = 0;
    std::optional<Candidate> m_pending;
};

class ReminderSource final : public DayGroupedSource {
public:
    ReminderSource(StatementCache& cache, const DayContext& ctx)
        : m_ctx(ctx), m_scan(cache.get("SELECT c.id, c.display_name, c.circle, r.due_date FROM reminders r "
                                       "CROSS JOIN contacts c ON c.id = r.contact_id WHERE r.status = 0 AND "
                                       "r.due_date <= ?1 AND c.deleted_at IS NULL AND c.archived_at IS NULL "
                                       "AND c.snoozed_until <= ?1 ORDER BY r.due_date")) {
        m_scan.st().bind(1, ctx.todayIso);
    }

protected:
    std::optional<Candidate> readFirst() override {
        if (m_carry) return std::exchange(m_carry, std::nullopt);
        if (!m_scan.step()) return std::nullopt;
        return current();
    }
    std::optional<Candidate> readSameDay() override {
        if (m_carry || !m_scan.step()) return std::nullopt;
        if (m_scan.st().text(3) != m_day) {
            m_carry = current();
            return std::nullopt;
        }
        return current();
    }

private:
    Candidate current() {
        Statement& st = m_scan.st();
        m_day = st.text(3);
        const auto due = CivilDate::parse(m_day).value_or(m_ctx.today);
        const int overdue = static_cast<int>(std::max<std::int64_t>(0, due.daysUntil(m_ctx.today)));
        return Candidate{st.int64(0), st.text(1), circleAt(st, 2), overdue, DueReason::Reminder};
    }

    const DayContext& m_ctx;
    Scan m_scan;
    std::string m_day;
    std::optional<Candidate> m_carry;
};

// Outbound messages flagged "awaiting reply", oldest first, with no inbound
// interaction after them (the same walk CardBuilder::addHistory makes).
class AwaitingSource final : public DayGroupedSource {
public:
    AwaitingSource(StatementCache& cache, const DayContext& ctx)
        : m_ctx(ctx), m_scan(cache.get("SELECT c.id, c.display_name, c.circle, i.at FROM interactions i "
                                       "CROSS JOIN contacts c ON c.id = i.contact_id WHERE i.awaiting_reply = 1 "
                                       "AND i.at < ?1 AND i.direction = 0 AND c.deleted_at IS NULL AND "
                                       "c.archived_at IS NULL AND c.snoozed_until <= ?2 AND NOT EXISTS "
                                       "(SELECT 1 FROM interactions j WHERE j.contact_id = i.contact_id AND "
                                       "j.at >= i.at AND j.direction = 1 AND (j.at > i.at OR j.id > i.id)) "
                                       "ORDER BY i.at, i.id")) {
        m_scan.st().bind(1, ctx.awaitingCutoff).bind(2, ctx.todayIso);
    }

protected:
    std::optional<Candidate> readFirst() override {
        if (m_carry) return std::exchange(m_carry, std::nullopt);
        if (!m_scan.step()) return std::nullopt;
        return readFirstOfNextDay();
    }
    std::optional<Candidate> readSameDay() override {
        if (m_carry || !m_scan.step()) return std::nullopt;
        if (m_scan.st().int64(3) >= m_dayEnds) {
            m_carry = readFirstOfNextDay();
            return std::nullopt;
        }
        return current();
    }

private:
    // One local-date conversion per day: the group ends at the next midnight.
    Candidate readFirstOfNextDay() {
        const CivilDate sent = localDateOf(m_scan.st().int64(3));
        m_dayEnds = localMidnight(sent.addDays(1));
        m_overdue = awaitingReason(0, m_scan.st().int64(3), m_ctx).daysOverdue;
        return current();
    }
    Candidate current() {
        Statement& st = m_scan.st();
        return Candidate{st.int64(0), st.text(1), circleAt(st, 2), m_overdue, DueReason::AwaitingReply};
    }

    const DayContext& m_ctx;
    Scan m_scan;
    std::int64_t m_dayEnds = 0;
    int m_overdue = 0;
    std::optional<Candidate> m_carry;
};

class ListSource final : public CandidateSource {
public:
    explicit ListSource(std::vector<Candidate> list) : m_list(std::move(list)) {
        std::stable_sort(m_list.begin(), m_list.end(),
                         [](const Candidate& a, const Candidate& b) { return keyBefore(a.key(), b.key()); });
    }
    [[nodiscard]] std::optional<QueueKey> peek() override {
        return m_pos < m_list.size() ? std::optional(m_list[m_pos].key()) : std::nullopt;
    }
    [[nodiscard]] bool ready() const override { return true; }
    void refine() override {}
    Candidate take() override { return std::move(m_list[m_pos++]); }

private:
    std::vector<Candidate> m_list;
    size_t m_pos = 0;
};

} // namespace

std::vector<std::unique_ptr<CandidateSource>>
openSources(StatementCache& cache, const DayContext& ctx, std::vector<Candidate> rekindles) {
    std::vector<std::unique_ptr<CandidateSource>> out;
    out.push_back(std::make_unique<AwaitingSource>(cache, ctx));
    out.push_back(std::make_unique<ReminderSource>(cache, ctx));
    out.push_back(std::make_unique<CadenceSource>(cache, ctx));
    int slot = 0;
    for (std::string& key : birthdayKeysFor({ctx.today, ctx.tomorrow}))
        out.push_back(std::make_unique<BirthdaySource>(cache, ctx, std::move(key), slot++));
    out.push_back(std::make_unique<ListSource>(std::move(rekindles)));
    return out;
}

} // namespace rk
