#include "core/model/contact.h"

#include <span>
#include <vector>

namespace rk {

std::string roleLine(std::string_view title, std::string_view company) {
    if (!title.empty() && !company.empty())
        return std::string(title) + " at " + std::string(company);
    return std::string(title.empty() ? company : title);
}

namespace {
// The first UTF-8 code point of a word, so "Élodie" gives "É", not a broken byte.
std::string firstCodePoint(std::string_view s, size_t pos) {
    size_t len = 1;
    auto c = static_cast<unsigned char>(s[pos]);
    if (c >= 0xF0)
        len = 4;
    else if (c >= 0xE0)
        len = 3;
    else if (c >= 0xC0)
        len = 2;
    std::string out(s.substr(pos, len));
    if (out.size() == 1 && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 32);
    return out;
}

// Words that say how to address someone, not who they are: "Dr. Étienne
// Lefebvre" is ÉL, "Ana López, PhD" is AL. Compared without case or dots.
bool isTitleWord(std::string_view word, bool suffix) {
    static constexpr std::string_view kTitles[] = {"dr",   "mr",   "mrs",  "ms",  "miss", "mx",
                                                   "prof", "sir",  "dame", "rev", "fr",   "hon",
                                                   "lady", "lord", "dra",  "mme", "mlle", "herr"};
    static constexpr std::string_view kSuffixes[] = {"jr",  "sr", "ii",  "iii", "iv",
                                                     "phd", "md", "mba", "esq"};
    std::string w;
    for (char c : word)
        if (c != '.' && c != ',') w += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    for (std::string_view t : suffix ? std::span<const std::string_view>(kSuffixes)
                                     : std::span<const std::string_view>(kTitles))
        if (w == t) return true;
    return false;
}
} // namespace

std::string initialsOf(std::string_view name) {
    std::vector<std::string_view> words;
    for (size_t i = 0; i < name.size();) {
        while (i < name.size() && name[i] == ' ')
            ++i;
        const size_t start = i;
        while (i < name.size() && name[i] != ' ')
            ++i;
        if (i > start) words.push_back(name.substr(start, i - start));
    }
    if (words.empty()) return "?";
    size_t first = 0, last = words.size() - 1;
    while (last > first && isTitleWord(words[first], false))
        ++first;
    while (last > first && isTitleWord(words[last], true))
        --last;
    std::string out = firstCodePoint(words[first], 0);
    if (last > first) out += firstCodePoint(words[last], 0);
    return out;
}

std::string Contact::shownName() const {
    if (!displayName.empty()) return displayName;
    std::string name = givenName;
    if (!familyName.empty()) name += (name.empty() ? "" : " ") + familyName;
    return name;
}

std::string Contact::initials() const {
    return initialsOf(shownName());
}

} // namespace rk
