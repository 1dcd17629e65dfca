#pragma once
#include "core/model/event.h"

#include <optional>
#include <vector>

namespace rk {

class Database;

class EventRepo {
public:
    explicit EventRepo(Database& db) : m_db(db) {}

    std::int64_t add(Event& event);
    void update(const Event& event);
    // Name, date, place and notes only: the people met there stay.
    void updateDetails(const Event& event);
    // Adds one person to the event's attendees (nothing when already there).
    void addAttendee(std::int64_t eventId, std::int64_t contactId);
    void remove(std::int64_t id);
    [[nodiscard]] std::optional<Event> get(std::int64_t id);
    // Newest first, with attendees.
    [[nodiscard]] std::vector<Event> all();
    void setAttendees(std::int64_t eventId, const std::vector<std::int64_t>& contactIds);

private:
    Database& m_db;
};

} // namespace rk
