#pragma once
#include "core/model/contact.h"
#include "core/search/warmth.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace rk {

class Clock;
class Database;

// Asks and gives in one calendar year (local time).
struct ReciprocityYear {
    int year = 0;
    int asks = 0;
    int gives = 0;
};

enum class ReciprocityBalance {
    None,         // no asks or gives logged yet
    Balanced,     // roughly as much given as asked
    MostlyAsking, // clearly more asks than gives
    MostlyGiving, // clearly more gives than asks
};

// The balance of asking for and giving help with one person. Networking is not
// quid pro quo, but it should not be only asking (or only giving) either.
struct Reciprocity {
    int asks = 0;       // interactions flagged "asked for help", all time
    int gives = 0;      // interactions flagged "gave help", all time
    int recentAsks = 0; // within the last year
    int recentGives = 0;
    std::vector<ReciprocityYear> byYear; // oldest first; years with any ask or give

    [[nodiscard]] ReciprocityBalance balance() const;
};

[[nodiscard]] std::string_view balanceLabel(ReciprocityBalance balance); // "Mostly asking"

[[nodiscard]] Reciprocity loadReciprocity(Database& db, ContactId id, std::int64_t now);

// Before logging an ask: true when there has been no recent two-way contact,
// so the UI can gently suggest reconnecting first ("rekindle before you ask").
[[nodiscard]] bool shouldSuggestRekindleFirst(const ContactActivity& activity, std::int64_t now,
                                              const WarmthPolicy& policy = {});
[[nodiscard]] bool shouldSuggestRekindleFirst(Database& db, ContactId id, const Clock& clock,
                                              const WarmthPolicy& policy = {});

} // namespace rk
