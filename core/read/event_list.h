#pragma once
#include "core/model/contact.h"
#include "core/time/civil_date.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace rk {

class Database;

// What More → Events and an event's page show: the events, and for each the
// people met there and whether each has been followed up.

// Where someone stands after being met at an event.
enum class MetStatus {
    FollowedUp, // something was logged with them since the day of the event
    Due,        // their first follow-up is due today (or late)
    Waiting,    // their first follow-up is due on a later day
    NotPlanned, // nothing logged and no follow-up planned
};

struct MetPersonRow {
    ContactId id = 0;
    std::string name;
    std::string roleLine;          // "PM at Stripe"
    std::string context;           // their note's first line
    MetStatus status = MetStatus::NotPlanned;
    std::optional<CivilDate> due;  // the open "met at" follow-up's day
    std::string statusText;        // "Followed up", "Follow up today", "Follow up by Sun 6 Dec"
};

struct EventSummary {
    std::int64_t id = 0;
    std::string name;
    std::string dateIso;           // as stored
    std::optional<CivilDate> date; // empty when the stored text is not a date
    std::string location;
    std::string notes;
    int peopleMet = 0;
    int followedUp = 0;
    bool upcoming = false;         // on or after today
    std::string when;              // "Fri 4 Dec · in 3 days", "Tue 3 Nov · 4 weeks ago"
};

struct EventList {
    std::vector<EventSummary> upcoming; // soonest first
    std::vector<EventSummary> past;     // newest first
    [[nodiscard]] bool empty() const { return upcoming.empty() && past.empty(); }
    [[nodiscard]] std::size_t size() const { return upcoming.size() + past.size(); }
    // Upcoming then past, as the list shows them; null past the end.
    [[nodiscard]] const EventSummary* at(std::size_t i) const;
};

struct EventPage {
    EventSummary event;
    std::vector<MetPersonRow> people; // by name
};

// An event someone was met at, for the chip on their page.
struct EventLink {
    std::int64_t id = 0;
    std::string name;
    std::string dateIso;
};

[[nodiscard]] EventList loadEventList(Database& db, const CivilDate& today);
// Nothing when the event does not exist (deleted, or undone away).
[[nodiscard]] std::optional<EventPage> loadEventPage(Database& db, std::int64_t eventId,
                                                     const CivilDate& today);
// The events a person was met at, newest first.
[[nodiscard]] std::vector<EventLink> eventsOf(Database& db, ContactId id);

} // namespace rk
