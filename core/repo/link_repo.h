#pragma once
#include "core/model/contact_link.h"

#include <optional>
#include <vector>

namespace rk {

class Database;

// The links between the user's people (table contact_links). Writes happen
// inside a Store::change (core/commands/link_commands.h), so they are undoable.
class LinkRepo {
public:
    explicit LinkRepo(Database& db) : m_db(db) {}

    // Inserts and sets link.id; the pair must not already have this kind.
    std::int64_t add(ContactLink& link, std::int64_t now);
    void remove(std::int64_t id);
    [[nodiscard]] std::optional<ContactLink> get(std::int64_t id);
    // The link of this kind between the two, in either direction (a
    // directional kind only as given).
    [[nodiscard]] std::optional<ContactLink> find(ContactId from, ContactId to, LinkKind kind);
    // Every link that has `id` at either end, oldest first.
    [[nodiscard]] std::vector<ContactLink> forContact(ContactId id);

private:
    Database& m_db;
};

} // namespace rk
