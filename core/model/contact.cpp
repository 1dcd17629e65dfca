#include "core/model/contact.h"

namespace rk {

std::string Contact::roleLine() const {
    if (!title.empty() && !company.empty()) return title + " at " + company;
    return title.empty() ? company : title;
}

namespace {
// The first UTF-8 code point of a word, so "Élodie" gives "É", not a broken byte.
std::string firstCodePoint(const std::string& s, size_t pos) {
    size_t len = 1;
    auto c = static_cast<unsigned char>(s[pos]);
    if (c >= 0xF0) len = 4;
    else if (c >= 0xE0) len = 3;
    else if (c >= 0xC0) len = 2;
    std::string out = s.substr(pos, len);
    if (out.size() == 1 && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 32);
    return out;
}
} // namespace

std::string Contact::initials() const {
    std::string out;
    const std::string& name = displayName.empty() ? givenName + " " + familyName : displayName;
    bool atWordStart = true;
    std::vector<size_t> starts;
    for (size_t i = 0; i < name.size(); ++i) {
        const bool space = name[i] == ' ';
        if (atWordStart && !space) starts.push_back(i);
        atWordStart = space;
    }
    if (starts.empty()) return "?";
    out = firstCodePoint(name, starts.front());
    if (starts.size() > 1) out += firstCodePoint(name, starts.back());
    return out;
}

} // namespace rk
