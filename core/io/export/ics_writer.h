#pragma once
#include <cstdint>
#include <string>

namespace rk {

class Database;

// An iCalendar file (RFC 5545: CRLF, 75-octet folding, escaped text) that puts
// the follow-up queue into any calendar app:
//  - a VTODO per active contact with a cadence due date (the later of next_due
//    and a snooze), saying why and who;
//  - a VTODO per open reminder, with its note;
//  - a yearly all-day VEVENT per birthday (29 February falls on the last day
//    of February in other years; a birthday without a year starts in 2000).
// UIDs derive from the row ids, so re-importing the file updates events
// instead of duplicating them. `now` only fills DTSTAMP.
[[nodiscard]] std::string writeICalendar(Database& db, std::int64_t now);

} // namespace rk
