#pragma once
#include "core/time/civil_date.h"

#include <string>
#include <string_view>

namespace rk {

// The follow-up someone gets when you meet them ("I met someone"): an open
// reminder whose note says where and when, and which Today shows as its
// reason, word for word: "met at PyCon on Fri 4 Dec", or "met on Fri 4 Dec"
// without an event. The year shows when it is not `today`'s.
[[nodiscard]] std::string metReason(std::string_view eventName, const CivilDate& met,
                                    const CivilDate& today);
// Whether a reminder's note is such a reason (then it is shown bare, not as
// "reminder · …").
[[nodiscard]] bool isMetReason(std::string_view note);

// The day the first follow-up is due: `hours` (the setting, 24 … 168) after
// the day you met, counted in whole local days, so the card is in Today
// within that many hours of any time on that day, whatever the time zone or
// a DST change that weekend. Never before `today`: people added days after
// the event are due at once.
[[nodiscard]] CivilDate metFollowUpDue(const CivilDate& met, int hours, const CivilDate& today);

} // namespace rk
