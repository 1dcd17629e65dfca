#pragma once
#include "core/time/civil_date.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rk {

// A birthday as stored on a contact: "YYYY-MM-DD", or "--MM-DD" when the year
// is unknown.
struct Birthday {
    int month = 1;
    int day = 1;
    std::optional<int> year;

    [[nodiscard]] static std::optional<Birthday> parse(std::string_view text);
    // The day it is celebrated in `year`: Feb 29 falls on Feb 28 in common years.
    [[nodiscard]] CivilDate in(int year) const;
    // The next celebration on or after `from`.
    [[nodiscard]] CivilDate nextOnOrAfter(const CivilDate& from) const;
};

// The "MM-DD" keys (the last five characters of the stored text) whose birthdays
// are celebrated on one of `days`, so a query can use the birthday index.
[[nodiscard]] std::vector<std::string> birthdayKeysFor(const std::vector<CivilDate>& days);

} // namespace rk
