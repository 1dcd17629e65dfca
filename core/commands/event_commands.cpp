#include "core/commands/event_commands.h"

#include "core/commands/contact_lookup.h"
#include "core/repo/link_repo.h"

#include "core/db/statement.h"
#include "core/db/store_error.h"
#include "core/followup/met_reason.h"
#include "core/model/contact_validation.h"
#include "core/repo/contact_repo.h"
#include "core/repo/event_repo.h"
#include "core/repo/reminder_repo.h"
#include "core/schedule/user_settings.h"
#include "core/store/store.h"
#include "core/time/humanize.h"

namespace rk {

namespace {

std::string trimmed(std::string_view text) {
    return std::string(validate::trim(text));
}

Event requireEvent(Database& db, std::int64_t id) {
    auto event = EventRepo(db).get(id);
    if (!event) throw StoreError("That event no longer exists.");
    return *event;
}

Event cleaned(const Event& event) {
    Event e = event;
    e.name = trimmed(e.name);
    e.date = trimmed(e.date);
    e.location = trimmed(e.location);
    return e;
}

// "Fri 4 Dec" (with the year when it is not this year's).
std::string dayText(const std::string& iso, const CivilDate& today) {
    const auto date = CivilDate::parse(iso);
    return date ? weekdayDate(*date, today) : iso;
}

std::string people(std::int64_t n) {
    return std::to_string(n) + (n == 1 ? " person" : " people");
}

} // namespace

std::string eventProblem(const Event& event) {
    const Event e = cleaned(event);
    if (e.name.empty()) return "Give the event a name, like \"PyCon\" or \"Design meetup\".";
    if (e.date.empty()) return "Give the event a date, like 2026-12-04.";
    if (!CivilDate::parse(e.date))
        return "\"" + e.date + "\" is not a date. Use the form YYYY-MM-DD, like 2026-12-04.";
    return {};
}

EventResult createEvent(Store& store, Event& event) {
    if (std::string problem = eventProblem(event); !problem.empty()) throw StoreError(problem);
    Event e = cleaned(event);
    e.attendeeIds.clear();
    EventResult result;
    result.label = "Added " + e.name + " on " + dayText(e.date, store.clock().today());
    store.change(result.label, [&] { EventRepo(store.db()).add(e); });
    event.id = result.eventId = e.id;
    return result;
}

EventResult updateEvent(Store& store, const Event& event) {
    if (std::string problem = eventProblem(event); !problem.empty()) throw StoreError(problem);
    const Event before = requireEvent(store.db(), event.id);
    const Event e = cleaned(event);
    const CivilDate today = store.clock().today();
    EventResult result;
    result.label = "Saved changes to " + e.name;
    result.eventId = e.id;
    store.change(result.label, [&] {
        EventRepo(store.db()).updateDetails(e);
        // The open first follow-ups of the people met there say the new name and day.
        const std::string oldReason =
            metReason(before.name, CivilDate::parse(before.date).value_or(today), today);
        const std::string newReason =
            metReason(e.name, CivilDate::parse(e.date).value_or(today), today);
        if (oldReason == newReason) return;
        Statement st(store.db(),
                     "UPDATE reminders SET note = ?2 WHERE status = 0 AND note = ?1 AND contact_id "
                     "IN (SELECT contact_id FROM event_attendees WHERE event_id = ?3)");
        st.bind(1, oldReason).bind(2, newReason).bind(3, e.id).run();
    });
    return result;
}

EventResult deleteEvent(Store& store, std::int64_t eventId) {
    const Event e = requireEvent(store.db(), eventId);
    const CivilDate today = store.clock().today();
    Database& db = store.db();
    const std::int64_t met = [&] {
        Statement st(db, "SELECT count(*) FROM contacts WHERE deleted_at IS NULL AND (met_event_id "
                         "= ?1 OR id IN (SELECT contact_id FROM event_attendees WHERE event_id = ?1))");
        st.bind(1, eventId);
        return st.step() ? st.int64(0) : 0;
    }();
    EventResult result;
    result.eventId = eventId;
    result.count = static_cast<int>(met);
    result.label = "Deleted " + e.name;
    if (met > 0)
        result.label += met == 1 ? " (the person you met there stays in your deck)"
                                 : " (the " + people(met) + " you met there stay in your deck)";
    store.change(result.label, [&] {
        // Where they met is not forgotten with the event.
        Statement keep(db, "UPDATE contacts SET how_met = ?2 WHERE how_met = '' AND (met_event_id "
                           "= ?1 OR id IN (SELECT contact_id FROM event_attendees WHERE event_id "
                           "= ?1))");
        keep.bind(1, eventId).bind(2, e.name + ", " + dayText(e.date, today)).run();
        // met_event_id is cleared and the attendee rows go by the schema's foreign keys.
        EventRepo(db).remove(eventId);
    });
    return result;
}

MetResult addPersonMet(Store& store, const MetPerson& person) {
    const std::string name = trimmed(person.name);
    if (auto problem = validate::name(name)) throw StoreError(*problem);
    const CivilDate today = store.clock().today();
    std::optional<Event> event;
    if (person.eventId != 0) event = requireEvent(store.db(), person.eventId);
    const CivilDate met = event ? CivilDate::parse(event->date).value_or(today) : today;
    const int hours = UserSettings::load(store.db()).metFollowUpHours();
    const ContactId introducer = findIntroducer(store.db(), person.introducedBy, name);

    Contact c;
    c.displayName = name;
    const size_t space = name.rfind(' ');
    c.givenName = space == std::string::npos ? name : name.substr(0, space);
    c.familyName = space == std::string::npos ? "" : name.substr(space + 1);
    c.company = trimmed(person.company);
    c.notes = trimmed(person.context);
    c.circle = Circle::Acquaintance;
    if (event) c.metAtEventId = event->id;

    MetResult result;
    result.eventId = person.eventId;
    result.count = 1;
    result.due = metFollowUpDue(met, hours, today);
    result.reason = metReason(event ? event->name : "", met, today);
    result.label = "Met " + name + (event ? " at " + event->name : std::string()) +
                   " · follow up by " + weekdayDate(result.due, today);
    store.change(result.label, [&] {
        Database& db = store.db();
        // insert() sets the first cadence due date from the circle.
        ContactRepo(db).insert(c, store.clock().now());
        if (event) EventRepo(db).addAttendee(event->id, c.id);
        Reminder r;
        r.contactId = c.id;
        r.dueDate = result.due.iso();
        r.note = result.reason;
        result.reminderId = ReminderRepo(db).add(r, store.clock().now());
        if (introducer != 0) {
            ContactLink link{0, introducer, c.id, LinkKind::IntroducedMeTo, {}, 0};
            LinkRepo(db).add(link, store.clock().now());
        }
    });
    result.contactId = c.id;
    return result;
}

} // namespace rk
