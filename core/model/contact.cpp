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

// One code point of UTF-8 at `pos`; `len` gets its length (1 for a broken byte).
char32_t codePointAt(std::string_view s, size_t pos, size_t& len) {
    const auto c = static_cast<unsigned char>(s[pos]);
    len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    if (pos + len > s.size()) len = 1;
    if (len == 1) return c;
    char32_t cp = c & (0x7F >> len);
    for (size_t k = 1; k < len; ++k)
        cp = (cp << 6) | (static_cast<unsigned char>(s[pos + k]) & 0x3F);
    return cp;
}

// Marks that belong to the letter before them: accents, vowel signs, Hebrew
// and Arabic points, joiners, variation selectors (Unicode's category M,
// the blocks names are written in).
bool isMark(char32_t c) {
    static constexpr char32_t kMarks[][2] = {
        {0x0300, 0x036F}, {0x0483, 0x0489}, {0x0591, 0x05BD}, {0x05BF, 0x05BF}, {0x05C1, 0x05C2},
        {0x05C4, 0x05C5}, {0x05C7, 0x05C7}, {0x0610, 0x061A}, {0x064B, 0x065F}, {0x0670, 0x0670},
        {0x06D6, 0x06DC}, {0x06DF, 0x06E4}, {0x06E7, 0x06E8}, {0x06EA, 0x06ED}, {0x0711, 0x0711},
        {0x0730, 0x074A}, {0x07A6, 0x07B0}, {0x07EB, 0x07F3}, {0x08D3, 0x08E1}, {0x08E3, 0x0903},
        {0x093A, 0x093C}, {0x093E, 0x094F}, {0x0951, 0x0957}, {0x0962, 0x0963}, {0x0981, 0x0983},
        {0x09BC, 0x09BC}, {0x09BE, 0x09CD}, {0x09D7, 0x09D7}, {0x09E2, 0x09E3}, {0x0A01, 0x0A03},
        {0x0A3C, 0x0A51}, {0x0A70, 0x0A71}, {0x0A75, 0x0A75}, {0x0A81, 0x0A83}, {0x0ABC, 0x0ABC},
        {0x0ABE, 0x0ACD}, {0x0AE2, 0x0AE3}, {0x0B01, 0x0B03}, {0x0B3C, 0x0B3C}, {0x0B3E, 0x0B57},
        {0x0B62, 0x0B63}, {0x0B82, 0x0B82}, {0x0BBE, 0x0BCD}, {0x0BD7, 0x0BD7}, {0x0C00, 0x0C04},
        {0x0C3E, 0x0C56}, {0x0C62, 0x0C63}, {0x0C81, 0x0C83}, {0x0CBC, 0x0CBC}, {0x0CBE, 0x0CD6},
        {0x0CE2, 0x0CE3}, {0x0D00, 0x0D03}, {0x0D3B, 0x0D3C}, {0x0D3E, 0x0D4D}, {0x0D57, 0x0D57},
        {0x0D62, 0x0D63}, {0x0D82, 0x0D83}, {0x0DCA, 0x0DDF}, {0x0DF2, 0x0DF3}, {0x0E31, 0x0E31},
        {0x0E34, 0x0E3A}, {0x0E47, 0x0E4E}, {0x0EB1, 0x0EB1}, {0x0EB4, 0x0EBC}, {0x0EC8, 0x0ECD},
        {0x0F71, 0x0F84}, {0x102B, 0x103E}, {0x1056, 0x1059}, {0x17B4, 0x17D3}, {0x1AB0, 0x1AFF},
        {0x1DC0, 0x1DFF}, {0x200C, 0x200D}, {0x20D0, 0x20FF}, {0x302A, 0x302F}, {0x3099, 0x309A},
        {0xFE00, 0xFE0F}, {0xFE20, 0xFE2F}, {0x1F3FB, 0x1F3FF}, {0xE0100, 0xE01EF}};
    for (const auto& r : kMarks)
        if (c >= r[0] && c <= r[1]) return true;
    return false;
}

// The viramas that join the next consonant into the same written cluster
// (क्ष is one letter to a Hindi reader).
bool isVirama(char32_t c) {
    switch (c) {
    case 0x094D: case 0x09CD: case 0x0A4D: case 0x0ACD: case 0x0B4D:
    case 0x0BCD: case 0x0C4D: case 0x0CCD: case 0x0D4D:
        return true;
    default:
        return false;
    }
}

// Scripts where a character is a syllable or a word: a Chinese, Japanese or
// Korean name's initial is its first character (李伟 is 李), never two.
bool isIdeographicSyllabic(char32_t c) {
    return (c >= 0x1100 && c <= 0x11FF) || (c >= 0x2E80 && c <= 0x9FFF) ||
           (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0x20000 && c <= 0x3FFFF);
}

// Scripts whose letters join their neighbours: two initials side by side
// would read as a word, so a space keeps them apart (محمد الأحمد is م ا).
bool isJoiningScript(char32_t c) {
    return (c >= 0x0600 && c <= 0x08FF) || (c >= 0x1800 && c <= 0x18AF) ||
           (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF);
}

// The first grapheme of a word, in its own script: the letter with its
// marks ("É" as e + accent too, "प्रि" whole), an ASCII letter upper-cased.
std::string firstGrapheme(std::string_view s, char32_t& first) {
    size_t len = 0;
    first = codePointAt(s, 0, len);
    size_t end = len;
    char32_t last = first;
    while (end < s.size()) {
        const char32_t next = codePointAt(s, end, len);
        const bool joined = isMark(next) || (isVirama(last) && next >= 0x0900 && next <= 0x0DFF);
        if (!joined) break;
        last = next;
        end += len;
    }
    std::string out(s.substr(0, end));
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
    // Words are split at spaces, the ideographic one (U+3000) included.
    auto spaceAt = [&](size_t i) -> size_t {
        if (name[i] == ' ') return 1;
        return name.substr(i).starts_with("\u3000") ? 3 : 0;
    };
    std::vector<std::string_view> words;
    for (size_t i = 0; i < name.size();) {
        while (i < name.size() && spaceAt(i))
            i += spaceAt(i);
        const size_t start = i;
        while (i < name.size() && !spaceAt(i))
            ++i;
        if (i > start) words.push_back(name.substr(start, i - start));
    }
    if (words.empty()) return "?";
    size_t first = 0, last = words.size() - 1;
    while (last > first && isTitleWord(words[first], false))
        ++first;
    while (last > first && isTitleWord(words[last], true))
        --last;
    char32_t letter = 0, lastLetter = 0;
    std::string out = firstGrapheme(words[first], letter);
    if (last == first || isIdeographicSyllabic(letter)) return out;
    const std::string second = firstGrapheme(words[last], lastLetter);
    if (isJoiningScript(letter) || isJoiningScript(lastLetter)) out += ' ';
    return out + second;
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
