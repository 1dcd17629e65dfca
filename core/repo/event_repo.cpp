#include "core/repo/event_repo.h"

#include "core/db/database.h"
#include "core/db/statement.h"

namespace rk {

std::int64_t EventRepo::add(Event& e) {
    Statement st(m_db, "INSERT INTO events(name, date, location, notes) VALUES(?1, ?2, ?3, ?4)");
    st.bind(1, e.name).bind(2, e.date).bind(3, e.location).bind(4, e.notes).run();
    e.id = m_db.lastInsertId();
    if (!e.attendeeIds.empty()) setAttendees(e.id, e.attendeeIds);
    return e.id;
}

void EventRepo::update(const Event& e) {
    Statement st(m_db, "UPDATE events SET name=?2, date=?3, location=?4, notes=?5 WHERE id=?1");
    st.bind(1, e.id).bind(2, e.name).bind(3, e.date).bind(4, e.location).bind(5, e.notes).run();
    setAttendees(e.id, e.attendeeIds);
}

void EventRepo::updateDetails(const Event& e) {
    Statement st(m_db, "UPDATE events SET name=?2, date=?3, location=?4, notes=?5 WHERE id=?1");
    st.bind(1, e.id).bind(2, e.name).bind(3, e.date).bind(4, e.location).bind(5, e.notes).run();
}

void EventRepo::addAttendee(std::int64_t eventId, std::int64_t contactId) {
    Statement st(m_db, "INSERT OR IGNORE INTO event_attendees(event_id, contact_id) VALUES(?1, ?2)");
    st.bind(1, eventId).bind(2, contactId).run();
}

void EventRepo::remove(std::int64_t id) {
    Statement st(m_db, "DELETE FROM events WHERE id=?1");
    st.bind(1, id).run();
}

std::optional<Event> EventRepo::get(std::int64_t id) {
    Statement st(m_db, "SELECT id, name, date, location, notes FROM events WHERE id=?1");
    st.bind(1, id);
    if (!st.step()) return std::nullopt;
    Event e{st.int64(0), st.text(1), st.text(2), st.text(3), st.text(4), {}};
    Statement who(m_db, "SELECT contact_id FROM event_attendees WHERE event_id=?1");
    who.bind(1, id);
    while (who.step()) e.attendeeIds.push_back(who.int64(0));
    return e;
}

std::vector<Event> EventRepo::all() {
    std::vector<Event> out;
    Statement st(m_db, "SELECT id FROM events ORDER BY date DESC, id DESC");
    while (st.step())
        if (auto e = get(st.int64(0))) out.push_back(std::move(*e));
    return out;
}

void EventRepo::setAttendees(std::int64_t eventId, const std::vector<std::int64_t>& contactIds) {
    Statement clear(m_db, "DELETE FROM event_attendees WHERE event_id=?1");
    clear.bind(1, eventId).run();
    Statement add(m_db, "INSERT OR IGNORE INTO event_attendees(event_id, contact_id) VALUES(?1, ?2)");
    for (auto id : contactIds) {
        add.reset();
        add.bind(1, eventId).bind(2, id).run();
    }
}

} // namespace rk
