#include "core/schedule/cadence.h"

#include "core/db/database.h"
#include "core/db/statement.h"
#include "core/schedule/user_settings.h"
#include "core/time/civil_date.h"

namespace rk {

CadencePolicy CadencePolicy::load(Database& db) {
    return fromSettings(UserSettings::load(db));
}

CadencePolicy CadencePolicy::fromSettings(const UserSettings& settings) {
    CadencePolicy p;
    for (int i = 0; i < kCircleCount; ++i)
        p.circleDays[static_cast<size_t>(i)] = settings.cadenceDays(static_cast<Circle>(i));
    return p;
}

std::string cadenceDueDate(int cadenceDays, std::optional<std::int64_t> lastContactAt,
                           std::int64_t createdAt) {
    if (cadenceDays <= 0) return {};
    const std::int64_t from = lastContactAt.value_or(createdAt);
    return localDateOf(from).addDays(cadenceDays).iso();
}

void refreshNextDue(Database& db, const CadencePolicy& policy, std::int64_t contactId) {
    Statement read(db, "SELECT circle, cadence_days, last_contact_at, created_at, next_due FROM "
                       "contacts WHERE id=?1");
    read.bind(1, contactId);
    if (!read.step()) return;
    std::optional<int> cadence;
    if (auto c = read.optInt64(1)) cadence = static_cast<int>(*c);
    const int days = policy.daysFor(static_cast<Circle>(read.int32(0)), cadence);
    const std::string due = cadenceDueDate(days, read.optInt64(2), read.int64(3));
    if (due == read.text(4)) return; // unchanged: keep undo data small
    Statement write(db, "UPDATE contacts SET next_due=?2 WHERE id=?1");
    write.bind(1, contactId).bind(2, due).run();
}

void refreshNextDue(Database& db, std::int64_t contactId) {
    refreshNextDue(db, CadencePolicy::load(db), contactId);
}

} // namespace rk
