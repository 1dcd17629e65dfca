#include "core/io/import/match_keys.h"

#include "core/io/text/text_util.h"

namespace rk {

namespace {

// Decodes one code point at i (advancing i); invalid bytes come back as themselves.
char32_t nextCodePoint(std::string_view s, std::size_t& i) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    const std::size_t len = utf8SequenceLength(b0);
    if (len == 1 || i + len > s.size()) {
        ++i;
        return b0;
    }
    char32_t cp = len == 2 ? (b0 & 0x1F) : len == 3 ? (b0 & 0x0F) : (b0 & 0x07);
    for (std::size_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    i += len;
    return cp;
}

char32_t foldCase(char32_t c) {
    if (c >= 'A' && c <= 'Z') return c + 32;
    if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;       // Latin-1
    // Latin Extended-A pairs upper/lower case in two alternating runs.
    if (((c >= 0x100 && c <= 0x137) || (c >= 0x14A && c <= 0x177)) && c != 0x130)
        return c % 2 == 0 ? c + 1 : c;
    if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E)) return c % 2 == 1 ? c + 1 : c;
    if (c == 0x178) return 0xFF;
    if (c >= 0x391 && c <= 0x3A9) return c + 32;                    // Greek
    if (c == 0x3C2) return 0x3C3;                                   // final sigma
    if (c >= 0x410 && c <= 0x42F) return c + 32;                    // Cyrillic
    if (c >= 0x400 && c <= 0x40F) return c + 80;
    return c;
}

bool isWordChar(char32_t c) {
    if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    return c != 0xA0 && c != 0x2019 && c != 0x2018 && !(c >= 0x2000 && c <= 0x206F);
}

} // namespace

std::string emailKey(std::string_view email) {
    email = trim(email);
    if (istartsWith(email, "mailto:")) email.remove_prefix(7);
    if (email.find('@') == std::string_view::npos) return {};
    return asciiLower(email);
}

std::string phoneKey(std::string_view phone) {
    std::string digits;
    for (char c : phone)
        if (c >= '0' && c <= '9') digits.push_back(c);
    if (digits.size() < 7) return {};
    return digits.size() > 10 ? digits.substr(digits.size() - 10) : digits;
}

std::string foldName(std::string_view text) {
    std::string out;
    bool space = false;
    for (std::size_t i = 0; i < text.size();) {
        const char32_t c = foldCase(nextCodePoint(text, i));
        if (!isWordChar(c)) {
            space = !out.empty();
            continue;
        }
        if (space) out.push_back(' ');
        space = false;
        appendUtf8(out, c);
    }
    return out;
}

std::string nameCompanyKey(std::string_view displayName, std::string_view company) {
    std::string name = foldName(displayName);
    if (name.empty()) return {};
    return name + '\x1F' + foldName(company);
}

std::string urlKey(std::string_view url) {
    std::string u = asciiLower(trim(url));
    for (std::string_view scheme : {"https://", "http://"})
        if (u.starts_with(scheme)) u.erase(0, scheme.size());
    if (u.starts_with("www.")) u.erase(0, 4);
    while (!u.empty() && u.back() == '/') u.pop_back();
    return u;
}

std::string methodKey(const ContactMethod& m) {
    std::string key;
    switch (m.kind) {
    case MethodKind::Email: key = emailKey(m.value); break;
    case MethodKind::Phone: key = phoneKey(m.value); break;
    case MethodKind::Url: key = urlKey(m.value); break;
    }
    if (key.empty()) key = asciiLower(trim(m.value));
    return std::to_string(static_cast<int>(m.kind)) + ':' + key;
}

} // namespace rk
