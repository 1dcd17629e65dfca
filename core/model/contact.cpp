#include "core/model/contact.h"

#include <vector>

namespace rk {

std::string roleLine(std::string_view title, std::string_view company) {
    if (!title.empty() && !company.empty()) return std::string(title) + " at " + std::string(company);
    return std::string(title.empty() ? company : title);
}

namespace {
// The first UTF-8 code point of a word, so "Élodie" gives "É", not a broken byte.
std::string firstCodePoint(std::string_view s, size_t pos) {
    size_t len = 1;
    auto c = static_cast<unsigned char>(s[pos]);
    if (c >= 0xF0) len = 4;
    else if (c >= 0xE0) len = 3;
    else if (c >= 0xC0) len = 2;
    std::string out(s.substr(pos, len));
    if (out.size() == 1 && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 32);
    return out;
}
} // namespace

std::string initialsOf(std::string_view name) {
    bool atWordStart = true;
    std::vector<size_t> starts;
    for (size_t i = 0; i < name.size(); ++i) {
        const bool space = name[i] == ' ';
        if (atWordStart && !space) starts.push_back(i);
        atWordStart = space;
    }
    if (starts.empty()) return "?";
    std::string out = firstCodePoint(name, starts.front());
    if (starts.size() > 1) out += firstCodePoint(name, starts.back());
    return out;
}

std::string Contact::shownName() const {
    if (!displayName.empty()) return displayName;
    std::string name = givenName;
    if (!familyName.empty()) name += (name.empty() ? "" : " ") + familyName;
    return name;
}

std::string Contact::initials() const { return initialsOf(shownName()); }

} // namespace rk
