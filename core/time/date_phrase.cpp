// Reads a date the way people type it into a field. The text becomes words
// ("3pm" → "3" "pm", "dec," → "dec"), then a day part and a time part are
// read in either order; anything left over is an error with an example.
#include "core/time/date_phrase.h"

#include "core/time/humanize.h"

#include <array>
#include <cctype>
#include <charconv>
#include <utility>
#include <vector>

namespace rk {

namespace {

// Words: runs of letters, or runs of digits with the ':' and '-' inside a
// time or an ISO date. Everything else separates.
std::vector<std::string> words(std::string_view text) {
    std::vector<std::string> out;
    std::string cur;
    auto kind = [](char c) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalpha(u) || c == '.') return 1; // "a.m."
        if (std::isdigit(u) || c == ':' || c == '-') return 2;
        return 0;
    };
    for (char c : text) {
        const int k = kind(c);
        if (!cur.empty() && (k == 0 || k != kind(cur.back())))
            out.push_back(std::exchange(cur, {}));
        if (k != 0) cur += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    if (!cur.empty()) out.push_back(cur);
    for (auto& w : out) // "a.m." → "am"; a lone "." disappears below
        std::erase(w, '.');
    std::erase_if(out, [](const std::string& w) { return w.empty(); });
    return out;
}

std::optional<int> number(const std::string& w) {
    int n = 0;
    const auto r = std::from_chars(w.data(), w.data() + w.size(), n);
    if (r.ec != std::errc() || r.ptr != w.data() + w.size()) return std::nullopt;
    return n;
}

std::optional<int> weekdayOf(const std::string& w) { // 0 = Monday; "mon", "tues", "thurs", "friday"
    static constexpr std::array<const char*, 7> kNames = {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    if (w.size() < 3) return std::nullopt;
    for (int i = 0; i < 7; ++i)
        if (std::string_view(kNames[static_cast<std::size_t>(i)]).starts_with(w)) return i;
    return std::nullopt;
}

std::optional<int> monthOf(const std::string& w) { // 1..12
    static constexpr std::array<const char*, 12> kNames = {
        "january", "february", "march",     "april",   "may",      "june",
        "july",    "august",   "september", "october", "november", "december"};
    if (w.size() < 3) return std::nullopt;
    for (int i = 0; i < 12; ++i)
        if (std::string_view(kNames[static_cast<std::size_t>(i)]).starts_with(w) ||
            (w == "sept" && i == 8))
            return i + 1;
    return std::nullopt;
}

enum class Unit { None, Minute, Hour, Day, Week, Month, Year };

Unit unitOf(const std::string& w) {
    if (w == "m" || w == "min" || w == "mins" || w == "minute" || w == "minutes")
        return Unit::Minute;
    if (w == "h" || w == "hr" || w == "hrs" || w == "hour" || w == "hours") return Unit::Hour;
    if (w == "d" || w == "day" || w == "days") return Unit::Day;
    if (w == "w" || w == "wk" || w == "wks" || w == "week" || w == "weeks") return Unit::Week;
    if (w == "mo" || w == "month" || w == "months") return Unit::Month;
    if (w == "y" || w == "yr" || w == "year" || w == "years") return Unit::Year;
    return Unit::None;
}

// Reads one phrase; each part fills in what it found.
class Reader {
public:
    Reader(std::vector<std::string> w, const CivilDate& today, Toward toward)
        : m_w(std::move(w)), m_today(today), m_toward(toward),
          m_sign(toward == Toward::Past ? -1 : 1) {}

    std::variant<DatePhrase, WhenError> read() {
        DatePhrase p;
        p.day = m_today;
        if (m_w.empty() || all({"now"}) || all({"just", "now"}) || all({"right", "now"})) {
            p.now = true;
            return p;
        }
        bool haveDay = false, haveTime = false;
        while (m_pos < m_w.size()) {
            if (skip("on") || skip("at") || skip("the") || skip("t") || skip("of") || skip("by"))
                continue;
            if (!m_error.empty()) break;
            if (!haveDay && readDay(p)) {
                haveDay = true;
                continue;
            }
            if (!m_error.empty()) break;
            if (!haveTime && readTime(p)) {
                haveTime = true;
                continue;
            }
            if (m_error.empty()) m_error = help();
            break;
        }
        if (!m_error.empty()) return WhenError{m_error};
        if (p.secondsAgo > 0 && haveTime) return WhenError{help()};
        return p;
    }

private:
    [[nodiscard]] std::string help() const {
        return m_toward == Toward::Past
                   ? "Try \"now\", \"yesterday 3pm\", \"2d\", \"last friday\", \"3 dec\" or a date "
                     "like 2026-03-05."
                   : "Try \"tomorrow\", \"friday\", \"in 2 weeks\", \"24 dec\" or a date like " +
                         m_today.addDays(14).iso() + ".";
    }
    [[nodiscard]] const std::string* peek(std::size_t ahead = 0) const {
        return m_pos + ahead < m_w.size() ? &m_w[m_pos + ahead] : nullptr;
    }
    bool skip(const char* w) {
        if (const auto* p = peek(); p && *p == w) return ++m_pos, true;
        return false;
    }
    [[nodiscard]] bool all(std::initializer_list<const char*> ws) const {
        if (ws.size() != m_w.size()) return false;
        std::size_t i = 0;
        for (const char* w : ws)
            if (m_w[i++] != w) return false;
        return true;
    }

    // The nearest `weekday` in the phrase's direction; `strict` leaves out today.
    [[nodiscard]] CivilDate nearestWeekday(int weekday, bool strict) const {
        for (int i = strict ? 1 : 0; i <= 7; ++i) {
            const CivilDate d = m_today.addDays(m_sign * i);
            if (d.weekday() == weekday) return d;
        }
        return m_today;
    }

    // A month and day with no year: the nearest one in the phrase's direction
    // (29 Feb looks as far as the nearest leap year).
    [[nodiscard]] std::optional<CivilDate> nearestMonthDay(int month, int day) const {
        for (int k = 0; k <= 8; ++k) {
            const int year = m_today.year + m_sign * k;
            if (day > daysInMonth(year, month)) continue;
            const CivilDate d{year, month, day};
            if (m_toward == Toward::Past ? d <= m_today : d >= m_today) return d;
        }
        return std::nullopt;
    }

    bool setDay(DatePhrase& p, CivilDate d) {
        p.day = d;
        return true;
    }

    bool readDay(DatePhrase& p) {
        const std::string& w = *peek();
        if (w == "today") return ++m_pos, setDay(p, m_today);
        if (w == "tonight") {
            ++m_pos;
            p.minuteOfDay = 20 * 60;
            return setDay(p, m_today);
        }
        if (w == "yesterday") return ++m_pos, setDay(p, m_today.addDays(-1));
        if (w == "tomorrow") return ++m_pos, setDay(p, m_today.addDays(1));
        if (auto wd = weekdayOf(w)) return ++m_pos, setDay(p, nearestWeekday(*wd, false));
        if (w == "last" || w == "next" || w == "this" || w == "coming" || w == "past")
            return readPointed(p);
        if (w == "in" || w == "a" || w == "an" || number(w)) return readSpanOrDate(p);
        if (auto month = monthOf(w)) return readMonthFirst(p, *month);
        if (w.size() == 10 && w[4] == '-' && w[7] == '-') {
            auto d = CivilDate::parse(w);
            if (!d) {
                m_error = "\"" + w + "\" is not a real date. Use YYYY-MM-DD.";
                return false;
            }
            ++m_pos;
            return setDay(p, *d);
        }
        return false;
    }

    // "last friday", "next week", "this thursday", "last month".
    bool readPointed(DatePhrase& p) {
        const std::string& pointer = *peek();
        const std::string* what = peek(1);
        if (!what) return false;
        const int sign = pointer == "last" || pointer == "past"     ? -1
                         : pointer == "next" || pointer == "coming" ? 1
                                                                    : 0;
        if (!weekdayOf(*what) && unitOf(*what) == Unit::None) return false; // "next blue moon"
        if (sign != 0 && sign != m_sign) {
            m_error = m_toward == Toward::Past
                          ? "That is in the future. Log what already happened, or add a reminder."
                          : "That has already passed. Pick today or a day after it.";
            return false;
        }
        if (auto wd = weekdayOf(*what)) {
            m_pos += 2;
            return setDay(p, nearestWeekday(*wd, sign != 0));
        }
        const Unit unit = unitOf(*what);
        if (sign == 0 ||
            (unit != Unit::Day && unit != Unit::Week && unit != Unit::Month && unit != Unit::Year))
            return false;
        m_pos += 2;
        return setDay(p, step(unit, 1));
    }

    [[nodiscard]] CivilDate step(Unit unit, int n) const {
        switch (unit) {
        case Unit::Week:
            return m_today.addDays(m_sign * 7 * n);
        case Unit::Month:
            return m_today.addMonths(m_sign * n);
        case Unit::Year:
            return m_today.addMonths(m_sign * 12 * n);
        default:
            return m_today.addDays(m_sign * n);
        }
    }

    // "2d", "3 days ago", "in 2 weeks", "a month", "3 dec", "3rd december 2026".
    bool readSpanOrDate(DatePhrase& p) {
        const std::size_t start = m_pos;
        const bool in = skip("in");
        std::optional<int> n;
        if (skip("a") || skip("an"))
            n = 1;
        else if (const auto* w = peek(); w && (n = number(*w)))
            ++m_pos;
        if (!n) return m_pos = start, false;
        if (const auto* suffix = peek();
            suffix && !in &&
            (*suffix == "st" || *suffix == "nd" || *suffix == "rd" || *suffix == "th"))
            ++m_pos;
        if (!in && peek() && *peek() == "of" && peek(1) && monthOf(*peek(1)))
            ++m_pos; // "3rd of march"
        const std::string* w = peek();
        if (!in && w) {
            if (auto month = monthOf(*w)) { // "3 dec"
                ++m_pos;
                return readDayOfMonth(p, *month, *n);
            }
        }
        const Unit unit = w ? unitOf(*w) : Unit::None;
        if (unit == Unit::None) return m_pos = start, false; // "3" alone may be a time: "at 3"
        ++m_pos;
        const bool ago = skip("ago");
        if ((in && m_toward == Toward::Past) || (ago && m_toward == Toward::Future)) {
            m_error = m_toward == Toward::Past
                          ? "That is in the future. Log what already happened, or add a reminder."
                          : "That has already passed. Pick today or a day after it.";
            return false;
        }
        if (*n < 0 || *n > 36500) {
            m_error = "That is further than Rekindle can go.";
            return false;
        }
        if (unit == Unit::Minute || unit == Unit::Hour) {
            if (m_toward == Toward::Future) {
                m_error = "Reminders are for a day: try \"tomorrow\" or \"in 3 days\".";
                return false;
            }
            p.secondsAgo = static_cast<std::int64_t>(*n) * (unit == Unit::Hour ? 3600 : 60);
            if (p.secondsAgo == 0) p.now = true;
            return true;
        }
        return setDay(p, step(unit, *n));
    }

    // "dec 3", "december 3rd, 2026".
    bool readMonthFirst(DatePhrase& p, int month) {
        ++m_pos;
        const auto* w = peek();
        const auto day = w ? number(*w) : std::nullopt;
        if (!day) {
            m_error = help();
            return false;
        }
        ++m_pos;
        if (const auto* suffix = peek();
            suffix && (*suffix == "st" || *suffix == "nd" || *suffix == "rd" || *suffix == "th"))
            ++m_pos;
        return readDayOfMonth(p, month, *day);
    }

    // After "3 dec" or "dec 3": an optional year, then the date itself.
    bool readDayOfMonth(DatePhrase& p, int month, int day) {
        std::optional<int> year;
        if (const auto* w = peek(); w && w->size() == 4)
            if ((year = number(*w))) ++m_pos;
        if (year) {
            if (day < 1 || day > daysInMonth(*year, month)) return badDate();
            return setDay(p, CivilDate{*year, month, day});
        }
        if (day < 1 || day > 31) return badDate();
        auto d = nearestMonthDay(month, day);
        if (!d) return badDate();
        return setDay(p, *d);
    }
    bool badDate() {
        m_error = "That day does not exist in that month.";
        return false;
    }

    // "3pm", "3:30 pm", "15:30", "at 9", "noon", "evening".
    bool readTime(DatePhrase& p) {
        const std::string& w = *peek();
        struct Named {
            const char* word;
            int minute;
        };
        static constexpr Named kNamed[] = {{"noon", 12 * 60},      {"midday", 12 * 60},
                                           {"midnight", 0},        {"morning", 9 * 60},
                                           {"afternoon", 15 * 60}, {"evening", 19 * 60},
                                           {"lunchtime", 12 * 60}};
        for (const Named& n : kNamed)
            if (w == n.word) return ++m_pos, p.minuteOfDay = n.minute, true;
        if (w.empty() || !std::isdigit(static_cast<unsigned char>(w[0]))) return false;
        const bool afterAt = m_pos > 0 && m_w[m_pos - 1] == "at";
        int hour = 0, minute = 0;
        const auto colon = w.find(':');
        if (colon == std::string::npos) {
            const auto h = number(w);
            if (!h) return false;
            hour = *h;
        } else {
            const auto h = number(w.substr(0, colon));
            const auto m = number(w.substr(colon + 1));
            if (!h || !m || w.size() - colon != 3) return false;
            hour = *h, minute = *m;
        }
        ++m_pos;
        const std::string* ampm = peek();
        const bool pm = ampm && *ampm == "pm", am = ampm && *ampm == "am";
        if (pm || am) {
            ++m_pos;
            if (hour < 1 || hour > 12) return badTime();
            hour = hour % 12 + (pm ? 12 : 0);
        } else if (colon == std::string::npos && !afterAt) {
            m_pos--; // a bare number is not a time unless it follows "at"
            return false;
        }
        if (hour > 23 || minute > 59) return badTime();
        p.minuteOfDay = hour * 60 + minute;
        return true;
    }
    bool badTime() {
        m_error = "The time must look like 14:30 or 2:30pm.";
        return false;
    }

    std::vector<std::string> m_w;
    std::size_t m_pos = 0;
    CivilDate m_today;
    Toward m_toward;
    int m_sign;
    std::string m_error;
};

} // namespace

std::variant<DatePhrase, WhenError> parseDatePhrase(std::string_view text, const CivilDate& today,
                                                    Toward toward) {
    return Reader(words(text), today, toward).read();
}

std::variant<CivilDate, WhenError> parseDueDate(std::string_view text, const CivilDate& today) {
    auto phrase = parseDatePhrase(text, today, Toward::Future);
    if (auto* err = std::get_if<WhenError>(&phrase)) return *err;
    const DatePhrase& p = std::get<DatePhrase>(phrase);
    if (p.day < today) return WhenError{"That has already passed. Pick today or a day after it."};
    return p.day;
}

std::string dayPreview(const CivilDate& day, const CivilDate& today) {
    return weekdayDate(day, today) + " (" + relativeDays(day, today) + ")";
}

} // namespace rk
