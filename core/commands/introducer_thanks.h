#pragma once
// Thanking the person who introduced you: when the first interaction with
// someone you were introduced to is logged ("Chloé introduced me to Dan"),
// Chloé gets a reminder a few weeks later to tell her how it went. Closing
// the loop is what makes people glad to introduce you again.
#include "core/model/interaction.h"

#include <cstdint>

namespace rk {

class Database;

// How long after that first interaction the introducer's reminder is due.
inline constexpr int kThankIntroducerAfterDays = 21;

// Runs inside the Store::change that logged `logged` (so one undo takes
// both back). Adds nothing unless it is the person's first interaction and
// someone active introduced them.
void remindToThankIntroducers(Database& db, const Interaction& logged, std::int64_t now);

} // namespace rk
