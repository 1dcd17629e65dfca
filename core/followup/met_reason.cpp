#include "core/followup/met_reason.h"

#include "core/time/humanize.h"

#include <algorithm>

namespace rk {

std::string metReason(std::string_view eventName, const CivilDate& met, const CivilDate& today) {
    if (eventName.empty()) return "met on " + weekdayDate(met, today);
    return "met at " + std::string(eventName) + " on " + weekdayDate(met, today);
}

bool isMetReason(std::string_view note) {
    return note.starts_with("met at ") || note.starts_with("met on ");
}

CivilDate metFollowUpDue(const CivilDate& met, int hours, const CivilDate& today) {
    const int days = std::max(1, hours / 24);
    return std::max(met.addDays(days), today);
}

} // namespace rk
