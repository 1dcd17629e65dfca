#include "core/model/contact_validation.h"

#include <algorithm>

namespace rk::validate {

namespace {

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool hasSpace(std::string_view s) { return std::any_of(s.begin(), s.end(), isSpace); }
bool hasControl(std::string_view s) {
    return std::any_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; });
}

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

bool equalsIgnoringCase(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (lower(a[i]) != lower(b[i])) return false;
    return true;
}

// A host name as people write it: dot-separated labels of letters, digits,
// hyphens (and any non-ASCII, for international domains), none empty.
bool isHost(std::string_view host, bool needDot) {
    if (host.empty() || host.size() > 253) return false;
    if (host.front() == '.' || host.back() == '.' || host.find("..") != std::string_view::npos) return false;
    for (char c : host) {
        const auto u = static_cast<unsigned char>(c);
        if (!(u >= 0x80 || isDigit(c) || (lower(c) >= 'a' && lower(c) <= 'z') || c == '-' || c == '.')) return false;
    }
    return !needDot || host.find('.') != std::string_view::npos;
}

} // namespace

std::string_view trim(std::string_view text) {
    while (!text.empty() && isSpace(text.front())) text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back())) text.remove_suffix(1);
    return text;
}

Problem name(std::string_view text) {
    const std::string_view t = trim(text);
    if (t.empty()) return "Every contact needs a name.";
    if (t.size() > 200) return "That name is too long (200 characters at most).";
    if (hasControl(t)) return "A name can't contain line breaks or tabs.";
    return std::nullopt;
}

Problem email(std::string_view text) {
    const std::string_view t = trim(text);
    if (t.empty()) return std::nullopt;
    if (hasSpace(t)) return "An email address has no spaces.";
    const size_t at = t.find('@');
    if (at == std::string_view::npos) return "An email address needs an @, like ana@example.com.";
    if (t.find('@', at + 1) != std::string_view::npos) return "An email address has only one @.";
    const std::string_view local = t.substr(0, at);
    const std::string_view domain = t.substr(at + 1);
    if (local.empty()) return "Something goes before the @, like ana@example.com.";
    if (domain.empty()) return "A domain goes after the @, like ana@example.com.";
    if (local.front() == '.' || local.back() == '.' || local.find("..") != std::string_view::npos || hasControl(local))
        return "That doesn't look like an email address. Check the part before the @.";
    if (!isHost(domain, true)) return "The part after the @ should be a domain, like example.com.";
    if (t.size() > 254) return "That email address is too long.";
    return std::nullopt;
}

Problem phone(std::string_view text) {
    const std::string_view t = trim(text);
    if (t.empty()) return std::nullopt;
    int digits = 0;
    for (size_t i = 0; i < t.size(); ++i) {
        const char c = t[i];
        if (isDigit(c)) ++digits;
        else if (c == '+' && i == 0) continue;
        else if (c == ' ' || c == '-' || c == '(' || c == ')' || c == '.') continue;
        else return "A phone number has digits and + ( ) - only, like +1 555 010 2030.";
    }
    if (digits < 5) return "That phone number is too short.";
    if (digits > 20) return "That phone number is too long.";
    return std::nullopt;
}

Problem url(std::string_view text) {
    const std::string_view t = trim(text);
    if (t.empty()) return std::nullopt;
    if (hasSpace(t) || hasControl(t)) return "A link has no spaces.";
    std::string_view rest;
    if (t.size() >= 8 && equalsIgnoringCase(t.substr(0, 8), "https://")) rest = t.substr(8);
    else if (t.size() >= 7 && equalsIgnoringCase(t.substr(0, 7), "http://")) rest = t.substr(7);
    else return "A link starts with https:// or http://, like https://linkedin.com/in/ana.";
    std::string_view host = rest.substr(0, rest.find_first_of("/?#"));
    if (const size_t userEnd = host.rfind('@'); userEnd != std::string_view::npos) host.remove_prefix(userEnd + 1);
    if (const size_t colon = host.rfind(':'); colon != std::string_view::npos) {
        const std::string_view port = host.substr(colon + 1);
        if (port.empty() || port.size() > 5 || !std::all_of(port.begin(), port.end(), isDigit))
            return "The port after the : should be a number.";
        host = host.substr(0, colon);
    }
    if (host.empty()) return "The link needs a site after https://.";
    if (!equalsIgnoringCase(host, "localhost") && !isHost(host, true))
        return "The link needs a site after https://, like linkedin.com.";
    if (t.size() > 2048) return "That link is too long.";
    return std::nullopt;
}

Problem birthday(std::string_view text, const CivilDate& today) {
    const std::string_view t = trim(text);
    if (t.empty()) return std::nullopt;
    constexpr const char* kShape = "Write a birthday as 1990-04-23, or --04-23 when you don't know the year.";
    if (t.size() == 7 && t[0] == '-' && t[1] == '-') {
        if (t[4] != '-') return kShape;
        // A leap year stands in for "any year", so --02-29 is a real birthday.
        auto d = CivilDate::parse(std::string("2000") + std::string(t.substr(1)));
        if (!d) return "That day doesn't exist. Check the month and the day.";
        return std::nullopt;
    }
    if (t.size() != 10 || t[4] != '-' || t[7] != '-') return kShape;
    auto d = CivilDate::parse(t);
    if (!d) {
        if (!std::all_of(t.begin(), t.begin() + 4, isDigit) || !isDigit(t[5]) || !isDigit(t[6]) || !isDigit(t[8]) ||
            !isDigit(t[9]))
            return kShape;
        return "That day doesn't exist. Check the month and the day.";
    }
    if (*d > today) return "That birthday is in the future.";
    if (d->year < today.year - 130) return "That year is too long ago. Leave the year out if you don't know it.";
    return std::nullopt;
}

std::vector<std::string> splitList(std::string_view text) {
    std::vector<std::string> out;
    size_t start = 0;
    while (start <= text.size()) {
        size_t end = text.find_first_of(",\n", start);
        if (end == std::string_view::npos) end = text.size();
        const std::string_view item = trim(text.substr(start, end - start));
        if (!item.empty() && std::none_of(out.begin(), out.end(), [&](const std::string& s) {
                return equalsIgnoringCase(s, item);
            }))
            out.emplace_back(item);
        start = end + 1;
    }
    return out;
}

std::string joinList(const std::vector<std::string>& items) {
    std::string out;
    for (const std::string& item : items) {
        if (!out.empty()) out += ", ";
        out += item;
    }
    return out;
}

} // namespace rk::validate
