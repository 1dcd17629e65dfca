#pragma once
#include "core/model/enums.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>

namespace rk {

class Database;
struct UserSettings;

// How often to be in touch: the contact's own cadence, or its circle's default.
struct CadencePolicy {
    std::array<int, kCircleCount> circleDays = {14, 30, 90, 180};

    // 0 means "no cadence" (never due by cadence).
    [[nodiscard]] int daysFor(Circle circle, std::optional<int> contactCadence) const {
        if (contactCadence) return *contactCadence;
        return circleDays[static_cast<size_t>(circle)];
    }
    // Reads user overrides ("cadence.inner" = "21", …) from settings.
    [[nodiscard]] static CadencePolicy load(Database& db);
    [[nodiscard]] static CadencePolicy fromSettings(const UserSettings& settings);
};

// The cadence due date: last contact + cadence, or (never contacted) the day
// the contact was added + cadence. Empty when there is no cadence.
// All arithmetic is on local civil dates, so DST never shifts a due day.
[[nodiscard]] std::string cadenceDueDate(int cadenceDays, std::optional<std::int64_t> lastContactAt,
                                         std::int64_t createdAt);

// Recomputes and stores contacts.next_due for one contact.
void refreshNextDue(Database& db, const CadencePolicy& policy, std::int64_t contactId);
// The same with the policy read from settings: after an interaction moved or
// went, or a contact came back from the archive or the trash.
void refreshNextDue(Database& db, std::int64_t contactId);

} // namespace rk
