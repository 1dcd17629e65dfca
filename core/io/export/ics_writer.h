#pragma once
#include <cstdint>
#include <string>

namespace rk {

class Database;

// An iCalendar file (RFC 5545: CRLF, 75-octet folding, escaped text) that puts
// the follow-up queue into any calendar app:
//  - a VTODO per upcoming follow-up and open reminder (followup_todos.h, the
//    same list and the same VTODO that `rekindle sync` keeps in a task list);
//  - a yearly all-day VEVENT per birthday (29 February falls on the last day
//    of February in other years; a birthday without a year starts in 2000).
// UIDs derive from the row ids, so re-importing the file updates events
// instead of duplicating them. `now` only fills DTSTAMP.
[[nodiscard]] std::string writeICalendar(Database& db, std::int64_t now);

} // namespace rk
