#pragma once
#include "core/model/contact.h"

#include <cstdint>
#include <optional>
#include <string>

namespace rk {

// What a card in the deck (or a picker row) needs of a person: no photo
// bytes, no notes, no lists but a few tags.
struct ContactCard {
    ContactId id = 0;
    std::string displayName;
    std::string company;
    std::string title;
    Circle circle = Circle::Network;
    std::optional<std::int64_t> lastContactAt;
    std::string nextDue;
    bool hasPhoto = false;
    bool archived = false;
    std::string tags; // "design, mentor" (first few)

    // "VP Sales at Stripe", as Contact::roleLine().
    [[nodiscard]] std::string roleLine() const { return rk::roleLine(title, company); }
};

// Where a contact sits: in the deck, archived (kept, out of the way) or in
// the trash (until it is emptied).
enum class Shelf { Active, Archived, Trash };

} // namespace rk
