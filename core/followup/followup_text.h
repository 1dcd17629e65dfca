#pragma once
#include "core/time/humanize.h" // shortDate
#include "core/model/enums.h"
#include "core/time/civil_date.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace rk {

// The words on cards, chips and toasts. English only for now; the year is
// shown only when it is not this year.

[[nodiscard]] std::string dayCount(std::int64_t days);                               // "1 day", "12 days"
[[nodiscard]] std::string cadenceText(int days);                                     // "every 30 days"
// How often to keep in touch, as a heading: "Every 2 weeks", "Every 3 months",
// "Every 45 days", "No regular follow-up" (0).
[[nodiscard]] std::string keepInTouchText(int days);
// "14 months ago", "3 years ago"; whole months only, since this is about people who went quiet.
[[nodiscard]] std::string monthsAgo(const CivilDate& from, const CivilDate& today);
// "Coffee · 3 Jan · you reached out · Talked about careers"
[[nodiscard]] std::string interactionSummary(InteractionKind kind, Direction direction,
                                             std::int64_t at, std::string_view note,
                                             const CivilDate& today);
// "an email", "a call"… for labels such as "Deleted a call with Ana".
[[nodiscard]] std::string kindNoun(InteractionKind kind);
// Toast labels: "Emailed Ana García", "Call from Ana García".
[[nodiscard]] std::string loggedLabel(InteractionKind kind, Direction direction,
                                      std::string_view name);

} // namespace rk
