#include "core/io/text/date_parse.h"

#include "core/io/text/text_util.h"

#include <array>
#include <charconv>
#include <vector>

namespace rk {

namespace {

bool allDigits(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return true;
}

int toInt(std::string_view s) {
    int v = 0;
    std::from_chars(s.data(), s.data() + s.size(), v);
    return v;
}

std::optional<CivilDate> makeDate(int y, int m, int d) {
    if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return std::nullopt;
    return CivilDate{y, m, d};
}

std::string twoDigits(int v) {
    return std::string(1, static_cast<char>('0' + v / 10)) + static_cast<char>('0' + v % 10);
}

// "jan", "january", "sept" → 1..12; 0 when not a month name.
int monthFromName(std::string_view word) {
    static constexpr std::array<std::string_view, 12> kMonths = {
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    static constexpr std::array<std::string_view, 12> kFull = {
        "january", "february", "march",     "april",   "may",      "june",
        "july",    "august",   "september", "october", "november", "december"};
    const std::string w = asciiLower(word);
    for (std::size_t i = 0; i < 12; ++i)
        if (w == kMonths[i] || w == kFull[i] || (i == 8 && w == "sept")) return static_cast<int>(i) + 1;
    return 0;
}

std::vector<std::string_view> words(std::string_view text) {
    std::vector<std::string_view> out;
    std::size_t i = 0;
    while (i < text.size() && out.size() < 8) {
        while (i < text.size() && (text[i] == ' ' || text[i] == ',' || text[i] == '-' || text[i] == '.'))
            ++i;
        const std::size_t start = i;
        while (i < text.size() && text[i] != ' ' && text[i] != ',' && text[i] != '-' && text[i] != '.')
            ++i;
        if (i > start) out.push_back(text.substr(start, i - start));
    }
    return out;
}

} // namespace

std::optional<CivilDate> parseLooseDate(std::string_view text) {
    text = trim(text);
    if (text.size() > 40) return std::nullopt;
    // ISO: 2024-01-14, 2024/01/14, 20240114.
    if (text.size() == 10 && allDigits(text.substr(0, 4)) && (text[4] == '-' || text[4] == '/') &&
        text[7] == text[4] && allDigits(text.substr(5, 2)) && allDigits(text.substr(8, 2)))
        return makeDate(toInt(text.substr(0, 4)), toInt(text.substr(5, 2)), toInt(text.substr(8, 2)));
    if (text.size() == 8 && allDigits(text))
        return makeDate(toInt(text.substr(0, 4)), toInt(text.substr(4, 2)), toInt(text.substr(6, 2)));
    const auto w = words(text);
    if (w.size() != 3) return std::nullopt;
    // 14 Jan 2024
    if (allDigits(w[0]) && w[0].size() <= 2 && monthFromName(w[1]) && allDigits(w[2]) && w[2].size() == 4)
        return makeDate(toInt(w[2]), monthFromName(w[1]), toInt(w[0]));
    // Jan 14, 2024
    if (monthFromName(w[0]) && allDigits(w[1]) && w[1].size() <= 2 && allDigits(w[2]) && w[2].size() == 4)
        return makeDate(toInt(w[2]), monthFromName(w[0]), toInt(w[1]));
    return std::nullopt;
}

std::optional<std::string> parseBirthday(std::string_view text) {
    text = trim(text);
    if (text.size() > 40) return std::nullopt;
    // Drop a time part: 1985-04-12T00:00:00Z.
    if (auto t = text.find('T'); t != std::string_view::npos && t >= 6 && t <= 10)
        text = text.substr(0, t);
    auto noYear = [](int m, int d) -> std::optional<std::string> {
        if (!makeDate(2000, m, d)) return std::nullopt; // 2000 is a leap year: --02-29 is fine
        return "--" + twoDigits(m) + "-" + twoDigits(d);
    };
    if (text.starts_with("--")) {
        std::string_view rest = text.substr(2);
        if (rest.size() == 4 && allDigits(rest)) return noYear(toInt(rest.substr(0, 2)), toInt(rest.substr(2)));
        if (rest.size() == 5 && rest[2] == '-' && allDigits(rest.substr(0, 2)) && allDigits(rest.substr(3)))
            return noYear(toInt(rest.substr(0, 2)), toInt(rest.substr(3)));
        return std::nullopt;
    }
    const auto date = parseLooseDate(text);
    if (!date) return std::nullopt;
    // Apple Contacts stores "no year" as 1604 (with X-APPLE-OMIT-YEAR).
    if (date->year == 1604) return noYear(date->month, date->day);
    return date->iso();
}

} // namespace rk
