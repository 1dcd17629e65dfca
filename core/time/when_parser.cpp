#include "core/time/when_parser.h"

#include "core/time/civil_date.h"
#include "core/time/humanize.h"

#include <ctime>

namespace rk {

namespace {

std::int64_t localInstant(const CivilDate& d, int minuteOfDay) {
    std::tm tm{};
    tm.tm_year = d.year - 1900;
    tm.tm_mon = d.month - 1;
    tm.tm_mday = d.day;
    tm.tm_hour = minuteOfDay / 60;
    tm.tm_min = minuteOfDay % 60;
    tm.tm_isdst = -1;
    return static_cast<std::int64_t>(std::mktime(&tm));
}

int localMinuteOfDay(std::int64_t at) {
    const auto t = static_cast<std::time_t>(at);
    std::tm tm{};
    localtime_r(&t, &tm);
    return tm.tm_hour * 60 + tm.tm_min;
}

} // namespace

std::variant<std::int64_t, WhenError> parseWhen(std::string_view text, std::int64_t now) {
    const CivilDate today = localDateOf(now);
    auto phrase = parseDatePhrase(text, today, Toward::Past);
    if (auto* err = std::get_if<WhenError>(&phrase)) return *err;
    const DatePhrase& p = std::get<DatePhrase>(phrase);
    if (p.now) return now;
    if (p.secondsAgo > 0) return now - p.secondsAgo;
    if (p.day > today)
        return WhenError{"That is in the future. Log what already happened, or add a reminder."};
    if (!p.minuteOfDay) {
        // A typed date means its noon (or now, typed before noon on the day).
        if (text.find('-') != std::string_view::npos) {
            const std::int64_t noon = localInstant(p.day, 12 * 60);
            return noon > now && p.day == today ? now : noon;
        }
        // "yesterday", "friday": that day at the time it is now (24 clock
        // hours back, across a DST change too).
        return p.day == today ? now : localInstant(p.day, localMinuteOfDay(now));
    }
    const std::int64_t at = localInstant(p.day, *p.minuteOfDay);
    if (at > now)
        return WhenError{"That is later than now. Log what already happened, or add a reminder."};
    return at;
}

std::string whenPreview(std::int64_t at, std::int64_t now) {
    if (now - at < 60 && at <= now) return "Just now";
    const CivilDate day = localDateOf(at), today = localDateOf(now);
    const std::string time = clockTime(at);
    if (day == today) return "Today, " + time;
    return weekdayDate(day, today) + ", " + time + " (" + relativeDays(day, today) + ")";
}

} // namespace rk
