#include "core/read/event_list.h"

#include "core/db/statement.h"
#include "core/time/humanize.h"

#include <algorithm>

namespace rk {

namespace {

// Everyone met at ?1 who is not in the trash: listed as met there, or with it
// as their "met at". ?2: local midnight of the event's day. Followed up means
// anything logged since then, or their first follow-up marked done.
constexpr const char* kPeopleSql =
    "SELECT c.id, c.display_name, c.title, c.company, c.notes, "
    "EXISTS(SELECT 1 FROM interactions i WHERE i.contact_id = c.id AND i.at >= ?2) OR "
    "EXISTS(SELECT 1 FROM reminders r WHERE r.contact_id = c.id AND r.status = 1 AND "
    "(r.note LIKE 'met at %' OR r.note LIKE 'met on %')), "
    "(SELECT min(r.due_date) FROM reminders r WHERE r.contact_id = c.id AND r.status = 0 AND "
    "(r.note LIKE 'met at %' OR r.note LIKE 'met on %')) "
    "FROM contacts c WHERE c.deleted_at IS NULL AND (c.met_event_id = ?1 OR c.id IN "
    "(SELECT contact_id FROM event_attendees WHERE event_id = ?1)) "
    "ORDER BY c.display_name COLLATE NOCASE, c.id";

std::string firstLine(const std::string& text) {
    return text.substr(0, text.find('\n'));
}

std::string statusText(const MetPersonRow& p, const CivilDate& today) {
    switch (p.status) {
    case MetStatus::FollowedUp:
        return "Followed up";
    case MetStatus::Due:
        if (p.due && *p.due < today) return "Follow up · due " + relativeDays(*p.due, today);
        return "Follow up today";
    case MetStatus::Waiting:
        return p.due ? "Follow up by " + weekdayDate(*p.due, today) : "Follow up soon";
    case MetStatus::NotPlanned:
        return "Not followed up yet";
    }
    return {};
}

EventSummary summaryOf(const Statement& st, const CivilDate& today) {
    EventSummary e;
    e.id = st.int64(0);
    e.name = st.text(1);
    e.dateIso = st.text(2);
    e.date = CivilDate::parse(e.dateIso);
    e.location = st.text(3);
    e.notes = st.text(4);
    e.upcoming = e.date && *e.date >= today;
    if (e.date) e.when = weekdayDate(*e.date, today) + " · " + relativeDays(*e.date, today);
    else e.when = e.dateIso.empty() ? "No date" : e.dateIso;
    return e;
}

std::vector<MetPersonRow> peopleAt(Database& db, const EventSummary& e, const CivilDate& today) {
    std::vector<MetPersonRow> out;
    Statement st(db, kPeopleSql);
    st.bind(1, e.id).bind(2, localMidnight(e.date.value_or(today)));
    while (st.step()) {
        MetPersonRow p;
        p.id = st.int64(0);
        p.name = st.text(1);
        p.roleLine = rk::roleLine(st.text(2), st.text(3));
        p.context = firstLine(st.text(4));
        if (const std::string dueIso = st.text(6); !dueIso.empty()) p.due = CivilDate::parse(dueIso);
        if (st.int64(5) != 0) p.status = MetStatus::FollowedUp;
        else if (p.due) p.status = *p.due <= today ? MetStatus::Due : MetStatus::Waiting;
        p.statusText = statusText(p, today);
        out.push_back(std::move(p));
    }
    return out;
}

} // namespace

const EventSummary* EventList::at(std::size_t i) const {
    if (i < upcoming.size()) return &upcoming[i];
    i -= upcoming.size();
    return i < past.size() ? &past[i] : nullptr;
}

EventList loadEventList(Database& db, const CivilDate& today) {
    EventList list;
    Statement st(db, "SELECT id, name, date, location, notes FROM events ORDER BY date DESC, id DESC");
    while (st.step()) {
        EventSummary e = summaryOf(st, today);
        for (const MetPersonRow& p : peopleAt(db, e, today)) {
            ++e.peopleMet;
            if (p.status == MetStatus::FollowedUp) ++e.followedUp;
        }
        (e.upcoming ? list.upcoming : list.past).push_back(std::move(e));
    }
    // Upcoming: the soonest first.
    std::reverse(list.upcoming.begin(), list.upcoming.end());
    return list;
}

std::optional<EventPage> loadEventPage(Database& db, std::int64_t eventId, const CivilDate& today) {
    Statement st(db, "SELECT id, name, date, location, notes FROM events WHERE id = ?1");
    st.bind(1, eventId);
    if (!st.step()) return std::nullopt;
    EventPage page;
    page.event = summaryOf(st, today);
    page.people = peopleAt(db, page.event, today);
    page.event.peopleMet = static_cast<int>(page.people.size());
    for (const MetPersonRow& p : page.people)
        if (p.status == MetStatus::FollowedUp) ++page.event.followedUp;
    return page;
}

std::vector<EventLink> eventsOf(Database& db, ContactId id) {
    std::vector<EventLink> out;
    Statement st(db, "SELECT e.id, e.name, e.date FROM events e WHERE e.id = (SELECT met_event_id "
                     "FROM contacts WHERE id = ?1) OR e.id IN (SELECT event_id FROM event_attendees "
                     "WHERE contact_id = ?1) ORDER BY e.date DESC, e.id DESC");
    st.bind(1, id);
    while (st.step()) out.push_back({st.int64(0), st.text(1), st.text(2)});
    return out;
}

} // namespace rk
