#pragma once
#include "core/model/followup.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace rk {

class Database;

class ReminderRepo {
public:
    explicit ReminderRepo(Database& db) : m_db(db) {}

    std::int64_t add(Reminder& reminder, std::int64_t now);
    void setStatus(std::int64_t id, FollowUpStatus status);
    void reschedule(std::int64_t id, const std::string& dueDate);
    [[nodiscard]] std::optional<Reminder> get(std::int64_t id);
    // Open reminders due on or before `date` (YYYY-MM-DD).
    [[nodiscard]] std::vector<Reminder> openDueBy(const std::string& date);
    [[nodiscard]] std::vector<Reminder> openForContact(std::int64_t contactId);
    [[nodiscard]] std::vector<Reminder> openAll();

private:
    Database& m_db;
};

} // namespace rk
