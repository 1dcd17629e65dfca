#pragma once
#include "core/commands/change_result.h"
#include "core/model/event.h"
#include "core/time/civil_date.h"

#include <cstdint>
#include <string>

namespace rk {

class Store;

// The commands behind More → Events and "I met someone". Each is one
// Store::change, so one Ctrl+Z undoes exactly that action; each throws
// StoreError with a sentence for the person when it can't be done.

struct EventResult : ChangeResult {
    std::int64_t eventId = 0;
};

// Why an event's name, date or place can't be saved, in words; empty when
// they can. Dates are YYYY-MM-DD; past and future events are both fine.
[[nodiscard]] std::string eventProblem(const Event& event);

// "Added PyCon on Fri 4 Dec". Sets event.id. The name and place are trimmed.
EventResult createEvent(Store& store, Event& event);
// Name, date, place and notes; the people met there stay. An open "met at"
// follow-up of someone met there is reworded to the new name and date.
// "Saved changes to PyCon".
EventResult updateEvent(Store& store, const Event& event);
// The event goes; everyone met there stays in the deck, and someone whose
// "how you met" was empty keeps the event's name and date there.
// "Deleted PyCon (the 3 people you met there stay in your deck)".
EventResult deleteEvent(Store& store, std::int64_t eventId);

// "I met someone": a name and one line of context is enough.
struct MetPerson {
    std::string name;
    std::string context;      // one line: what to remember ("builds payment APIs, loves Go")
    std::string company;      // optional
    std::int64_t eventId = 0; // 0: met today, at no event in particular
    std::string introducedBy; // optional: who introduced you, a name in the deck
};

struct MetResult : ChangeResult {
    std::int64_t eventId = 0;
    std::int64_t reminderId = 0;
    CivilDate due;          // when the first follow-up is due
    std::string reason;     // "met at PyCon on Fri 4 Dec"
};

// Adds the person (an acquaintance; the context is their note, the event
// their "met at"), lists them among the people met at the event, and gives
// them a follow-up due within the "follow up with people you meet" hours of
// the day of the event (today without one), never before today, with the
// reason "met at PyCon on Fri 4 Dec". One change: one Ctrl+Z takes it all
// back. "Met Ana García at PyCon · follow up by Sun 6 Dec".
MetResult addPersonMet(Store& store, const MetPerson& person);

} // namespace rk
