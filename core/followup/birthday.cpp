#include "core/followup/birthday.h"

#include <algorithm>
#include <cstdio>

namespace rk {

std::optional<Birthday> Birthday::parse(std::string_view text) {
    if (text.size() == 7 && text.substr(0, 2) == "--") {
        // 2000 is a leap year, so "--02-29" is accepted.
        auto d = CivilDate::parse("2000-" + std::string(text.substr(2)));
        if (!d) return std::nullopt;
        return Birthday{d->month, d->day, std::nullopt};
    }
    auto d = CivilDate::parse(text);
    if (!d) return std::nullopt;
    return Birthday{d->month, d->day, d->year};
}

CivilDate Birthday::in(int y) const {
    if (month == 2 && day == 29 && !isLeapYear(y)) return {y, 2, 28};
    return {y, month, day};
}

CivilDate Birthday::nextOnOrAfter(const CivilDate& from) const {
    const CivilDate thisYear = in(from.year);
    return thisYear >= from ? thisYear : in(from.year + 1);
}

std::vector<std::string> birthdayKeysFor(const std::vector<CivilDate>& days) {
    std::vector<std::string> keys;
    auto add = [&](int m, int d) {
        char buf[8];
        std::snprintf(buf, sizeof buf, "%02d-%02d", m, d);
        if (std::find(keys.begin(), keys.end(), buf) == keys.end()) keys.emplace_back(buf);
    };
    for (const CivilDate& day : days) {
        add(day.month, day.day);
        if (day.month == 2 && day.day == 28 && !isLeapYear(day.year)) add(2, 29);
    }
    return keys;
}

} // namespace rk
