#include "core/time/humanize.h"

#include <array>
#include <ctime>

namespace rk {

namespace {
constexpr std::array<const char*, 12> kMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                 "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
constexpr std::array<const char*, 12> kMonthsLong = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December"};
constexpr std::array<const char*, 7> kDays = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
constexpr std::array<const char*, 7> kDaysLong = {"Monday", "Tuesday", "Wednesday", "Thursday",
                                                  "Friday", "Saturday", "Sunday"};

std::string plural(std::int64_t n, const char* unit) {
    return std::to_string(n) + " " + unit + (n == 1 ? "" : "s") + " ago";
}
} // namespace

std::string agoText(const CivilDate& then, const CivilDate& today) {
    const std::int64_t days = then.daysUntil(today);
    if (days < 0) return "in the future";
    if (days == 0) return "today";
    if (days == 1) return "yesterday";
    if (days < 14) return plural(days, "day");
    if (days < 60) return plural(days / 7, "week");
    if (days < 730) return plural(days / 30, "month");
    return plural(days / 365, "year");
}

std::string shortDate(const CivilDate& d, const CivilDate& today) {
    std::string out = std::to_string(d.day) + " " + kMonths[static_cast<size_t>(d.month - 1)];
    if (d.year != today.year) out += " " + std::to_string(d.year);
    return out;
}

std::string weekdayDate(const CivilDate& d) {
    return std::string(kDays[static_cast<size_t>(d.weekday())]) + " " + std::to_string(d.day) + " " +
           kMonths[static_cast<size_t>(d.month - 1)];
}

std::string weekdayDate(const CivilDate& d, const CivilDate& today) {
    std::string out = weekdayDate(d);
    if (d.year != today.year) out += " " + std::to_string(d.year);
    return out;
}

std::string relativeDays(const CivilDate& date, const CivilDate& today) {
    const std::int64_t n = today.daysUntil(date);
    if (n == 0) return "today";
    if (n == 1) return "tomorrow";
    if (n == -1) return "yesterday";
    if (n > 0) return "in " + std::to_string(n) + " days";
    return std::to_string(-n) + " days ago";
}

std::string birthdayText(const std::string& b) {
    if (b.size() == 7 && b[0] == '-' && b[1] == '-') {
        auto d = CivilDate::parse("2000" + b.substr(1));
        if (!d) return {};
        return std::to_string(d->day) + " " + kMonthsLong[static_cast<size_t>(d->month - 1)];
    }
    auto d = CivilDate::parse(b);
    if (!d) return {};
    return std::to_string(d->day) + " " + kMonthsLong[static_cast<size_t>(d->month - 1)] + " " + std::to_string(d->year);
}

std::string dayHeading(const CivilDate& d, const CivilDate& today) {
    const std::int64_t days = d.daysUntil(today);
    if (days == 0) return "Today";
    if (days == 1) return "Yesterday";
    if (days > 1 && days < 7)
        return std::string(kDaysLong[static_cast<size_t>(d.weekday())]) + " " + std::to_string(d.day) +
               " " + kMonthsLong[static_cast<size_t>(d.month - 1)];
    std::string out = std::to_string(d.day) + " " + kMonthsLong[static_cast<size_t>(d.month - 1)];
    if (d.year != today.year) out += " " + std::to_string(d.year);
    return out;
}

std::string clockTime(std::int64_t unixSeconds) {
    std::time_t t = static_cast<std::time_t>(unixSeconds);
    std::tm tm{};
    localtime_r(&t, &tm);
    char buf[8];
    std::strftime(buf, sizeof buf, "%H:%M", &tm);
    return buf;
}

} // namespace rk
