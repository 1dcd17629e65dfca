#pragma once
#include "core/db/statement_cache.h"
#include "core/model/contact.h"

#include <cstdint>
#include <vector>

namespace rk {

class Database;

// A person's photo as it was imported (JPEG or PNG bytes), for the avatar
// cache, which asks only for the few people on screen. The deck's cards say
// whether someone has a photo (ContactCard::hasPhoto) without reading it.
class PhotoReader {
public:
    explicit PhotoReader(Database& db) : m_statements(db) {}

    // A fingerprint of the photo that changes whenever the photo may have
    // (its size and the row's last change); 0 when there is none, or no such
    // person. Reads no image bytes: SQLite answers length() from the header.
    [[nodiscard]] std::int64_t stamp(ContactId id);
    // The encoded photo; empty when there is none.
    [[nodiscard]] std::vector<unsigned char> bytes(ContactId id);

private:
    StatementCache m_statements;
};

} // namespace rk
