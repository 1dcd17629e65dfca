#pragma once
#include "core/model/interaction.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace rk {

class Database;

// Interactions, and the contact's last_contact_at that follows from them.
// Callers wrap writes in Store::change for undo.
class InteractionRepo {
public:
    explicit InteractionRepo(Database& db) : m_db(db) {}

    std::int64_t add(Interaction& interaction, std::int64_t now);
    void update(const Interaction& interaction);
    void remove(std::int64_t id);
    [[nodiscard]] std::optional<Interaction> get(std::int64_t id);
    // Newest first.
    [[nodiscard]] std::vector<Interaction> forContact(std::int64_t contactId, int limit = 1000);
    [[nodiscard]] std::vector<InteractionRow> recent(int limit, std::int64_t before = INT64_MAX);
    [[nodiscard]] std::int64_t count();
    [[nodiscard]] std::int64_t countSince(std::int64_t since);

private:
    // Keeps contacts.last_contact_at equal to the newest interaction's time.
    void refreshLastContact(std::int64_t contactId);
    Database& m_db;
};

} // namespace rk
