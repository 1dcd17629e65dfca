#include "core/time/when_parser.h"

#include "core/time/civil_date.h"

#include <cctype>
#include <charconv>
#include <ctime>

namespace rk {

namespace {

std::string normalise(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (std::isspace(static_cast<unsigned char>(c))) {
            if (!out.empty() && out.back() != ' ') out += ' ';
        } else {
            out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

std::int64_t localInstant(const CivilDate& d, int hour, int minute) {
    std::tm tm{};
    tm.tm_year = d.year - 1900;
    tm.tm_mon = d.month - 1;
    tm.tm_mday = d.day;
    tm.tm_hour = hour;
    tm.tm_min = minute;
    tm.tm_isdst = -1;
    return static_cast<std::int64_t>(std::mktime(&tm));
}

const WhenError kHelp{"Try \"now\", \"yesterday\", \"2d\", \"3h\" or a date like 2024-03-05."};

} // namespace

std::variant<std::int64_t, WhenError> parseWhen(std::string_view raw, std::int64_t now) {
    const std::string s = normalise(raw);
    if (s.empty() || s == "now" || s == "today" || s == "just now") return now;
    if (s == "yesterday") return now - 86400;

    // "2d", "2 d", "2 days", "2 days ago", "3h", "1w", "30m"
    {
        int n = 0;
        auto r = std::from_chars(s.data(), s.data() + s.size(), n);
        if (r.ec == std::errc() && r.ptr != s.data()) {
            std::string unit(r.ptr, s.data() + s.size());
            if (!unit.empty() && unit.front() == ' ') unit.erase(0, 1);
            if (unit.size() > 4 && unit.substr(unit.size() - 4) == " ago") unit.resize(unit.size() - 4);
            std::int64_t seconds = -1;
            if (unit == "m" || unit == "min" || unit == "mins" || unit == "minute" || unit == "minutes") seconds = 60;
            else if (unit == "h" || unit == "hr" || unit == "hrs" || unit == "hour" || unit == "hours") seconds = 3600;
            else if (unit == "d" || unit == "day" || unit == "days") seconds = 86400;
            else if (unit == "w" || unit == "wk" || unit == "week" || unit == "weeks") seconds = 7 * 86400;
            if (seconds > 0) {
                if (n < 0 || n > 36500) return WhenError{"That is further back than Rekindle can go."};
                return now - std::int64_t(n) * seconds;
            }
            if (s.size() < 10) return kHelp;
        }
    }

    // A date, optionally with a time.
    if (s.size() >= 10 && std::isdigit(static_cast<unsigned char>(s[0]))) {
        auto date = CivilDate::parse(std::string_view(s).substr(0, 10));
        if (!date) return WhenError{"\"" + s.substr(0, 10) + "\" is not a real date. Use YYYY-MM-DD."};
        int hour = 12, minute = 0;
        if (s.size() > 10) {
            const std::string rest = s.substr(11);
            if ((s[10] != ' ' && s[10] != 't') || rest.size() != 5 || rest[2] != ':') return kHelp;
            auto h = std::from_chars(rest.data(), rest.data() + 2, hour);
            auto m = std::from_chars(rest.data() + 3, rest.data() + 5, minute);
            if (h.ec != std::errc() || m.ec != std::errc() || hour > 23 || minute > 59 || hour < 0 || minute < 0)
                return WhenError{"The time must look like 14:30."};
        }
        const std::int64_t at = localInstant(*date, hour, minute);
        if (at > now) {
            if (localDateOf(now) == *date) return now; // "today at noon" typed in the morning
            return WhenError{"That is in the future. Log what already happened, or add a reminder."};
        }
        return at;
    }
    return kHelp;
}

} // namespace rk
