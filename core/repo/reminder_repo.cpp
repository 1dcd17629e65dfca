#include "core/repo/reminder_repo.h"

#include "core/db/database.h"
#include "core/db/statement.h"

namespace rk {

namespace {
constexpr const char* kColumns = "id, contact_id, due_date, note, status, created_at";

std::vector<Reminder> readAll(Statement& st) {
    std::vector<Reminder> out;
    while (st.step())
        out.push_back({st.int64(0), st.int64(1), st.text(2), st.text(3),
                       static_cast<FollowUpStatus>(st.int32(4)), st.int64(5)});
    return out;
}
} // namespace

std::int64_t ReminderRepo::add(Reminder& r, std::int64_t now) {
    Statement st(m_db, "INSERT INTO reminders(contact_id, due_date, note, status, created_at) "
                       "VALUES(?1, ?2, ?3, ?4, ?5)");
    st.bind(1, r.contactId).bind(2, r.dueDate).bind(3, r.note).bind(4, static_cast<int>(r.status));
    st.bind(5, now).run();
    r.id = m_db.lastInsertId();
    r.createdAt = now;
    return r.id;
}

std::optional<Reminder> ReminderRepo::get(std::int64_t id) {
    Statement st(m_db, std::string("SELECT ") + kColumns + " FROM reminders WHERE id = ?1");
    st.bind(1, id);
    auto found = readAll(st);
    if (found.empty()) return std::nullopt;
    return found.front();
}

void ReminderRepo::setStatus(std::int64_t id, FollowUpStatus status) {
    Statement st(m_db, "UPDATE reminders SET status=?2 WHERE id=?1");
    st.bind(1, id).bind(2, static_cast<int>(status)).run();
}

void ReminderRepo::reschedule(std::int64_t id, const std::string& dueDate) {
    Statement st(m_db, "UPDATE reminders SET due_date=?2 WHERE id=?1");
    st.bind(1, id).bind(2, dueDate).run();
}

std::vector<Reminder> ReminderRepo::openDueBy(const std::string& date) {
    Statement st(m_db, std::string("SELECT ") + kColumns +
                           " FROM reminders WHERE status=0 AND due_date <= ?1 ORDER BY due_date");
    st.bind(1, date);
    return readAll(st);
}

std::vector<Reminder> ReminderRepo::openForContact(std::int64_t contactId) {
    Statement st(m_db, std::string("SELECT ") + kColumns +
                           " FROM reminders WHERE status=0 AND contact_id=?1 ORDER BY due_date");
    st.bind(1, contactId);
    return readAll(st);
}

std::vector<Reminder> ReminderRepo::openAll() {
    Statement st(m_db, std::string("SELECT ") + kColumns +
                           " FROM reminders WHERE status=0 ORDER BY due_date");
    return readAll(st);
}

} // namespace rk
