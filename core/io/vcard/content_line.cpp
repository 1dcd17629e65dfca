#include "core/io/vcard/content_line.h"

#include "core/io/text/text_util.h"
#include "core/time/civil_date.h"

#include <algorithm>
#include <cstdio>

namespace rk {

std::string escapeText(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 8);
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        switch (c) {
        case '\\': out += "\\\\"; break;
        case ',': out += "\\,"; break;
        case ';': out += "\\;"; break;
        case '\r':
            if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
            out += "\\n";
            break;
        case '\n': out += "\\n"; break;
        default: out.push_back(c);
        }
    }
    return out;
}

void appendContentLine(std::string& out, std::string_view line) {
    std::size_t budget = 75; // octets on this physical line
    std::size_t used = 0;
    for (std::size_t i = 0; i < line.size();) {
        std::size_t len = utf8SequenceLength(static_cast<unsigned char>(line[i]));
        if (i + len > line.size()) len = 1;
        if (used + len > budget) {
            out += "\r\n ";
            budget = 74; // the leading space counts
            used = 0;
        }
        out.append(line.substr(i, len));
        used += len;
        i += len;
    }
    out += "\r\n";
}

std::string stableUuid(std::string_view seed) {
    auto fnv = [&](std::uint64_t h) {
        for (char c : seed) {
            h ^= static_cast<unsigned char>(c);
            h *= 0x100000001B3ull;
        }
        return h;
    };
    std::uint64_t hi = fnv(0xCBF29CE484222325ull);
    std::uint64_t lo = fnv(0x84222325CBF29CE4ull ^ hi);
    hi = (hi & ~0xF000ull) | 0x5000ull;                       // version 5 (name-based)
    lo = (lo & 0x3FFFFFFFFFFFFFFFull) | 0x8000000000000000ull; // RFC 4122 variant
    char buf[40];
    std::snprintf(buf, sizeof buf, "%08x-%04x-%04x-%04x-%012llx", static_cast<unsigned>(hi >> 32),
                  static_cast<unsigned>((hi >> 16) & 0xFFFF), static_cast<unsigned>(hi & 0xFFFF),
                  static_cast<unsigned>(lo >> 48), static_cast<unsigned long long>(lo & 0xFFFFFFFFFFFFull));
    return buf;
}

std::string contactVCardUid(std::int64_t id, std::int64_t createdAt) {
    return "urn:uuid:" + stableUuid("contact:" + std::to_string(id) + ":" + std::to_string(createdAt));
}

std::string utcStamp(std::int64_t t) {
    const std::int64_t days = t >= 0 ? t / 86400 : (t - 86399) / 86400;
    const std::int64_t secs = t - days * 86400;
    const CivilDate d = CivilDate::fromDayNumber(days);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d%02d%02dT%02d%02d%02dZ", d.year, d.month, d.day,
                  static_cast<int>(secs / 3600), static_cast<int>(secs / 60 % 60), static_cast<int>(secs % 60));
    return buf;
}

std::optional<std::int64_t> readUtcStamp(std::string_view v) {
    const auto digits = [](std::string_view s) {
        return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    if (v.size() != 16 || v[8] != 'T' || v[15] != 'Z' || !digits(v.substr(0, 8)) || !digits(v.substr(9, 6)))
        return std::nullopt;
    const auto date = CivilDate::parse(std::string(v.substr(0, 4)) + "-" + std::string(v.substr(4, 2)) + "-" +
                                       std::string(v.substr(6, 2)));
    if (!date) return std::nullopt;
    const int h = std::stoi(std::string(v.substr(9, 2)));
    const int m = std::stoi(std::string(v.substr(11, 2)));
    const int s = std::stoi(std::string(v.substr(13, 2)));
    if (h > 23 || m > 59 || s > 60) return std::nullopt;
    return date->dayNumber() * 86400 + h * 3600 + m * 60 + s;
}

} // namespace rk
