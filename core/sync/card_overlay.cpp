#include "core/sync/card_overlay.h"

#include "core/io/vcard/content_line.h"
#include "core/io/vcard/vcard_lexer.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <set>

namespace rk {

namespace {

// One unfolded content line and what it is called.
struct CardLine {
    std::string text;  // unfolded, no line end
    std::string group; // "item1" in item1.TEL, upper case
    std::string name;  // TEL, upper case
};

std::string upper(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::toupper(c); });
    return out;
}

std::vector<CardLine> unfold(std::string_view text) {
    std::vector<CardLine> lines;
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t end = text.find('\n', pos);
        if (end == std::string_view::npos) end = text.size();
        std::string_view raw = text.substr(pos, end - pos);
        if (!raw.empty() && raw.back() == '\r') raw.remove_suffix(1);
        pos = end + 1;
        if (!raw.empty() && (raw.front() == ' ' || raw.front() == '\t') && !lines.empty()) {
            lines.back().text.append(raw.substr(1));
            continue;
        }
        if (raw.empty()) continue;
        lines.push_back({std::string(raw), {}, {}});
    }
    for (CardLine& l : lines) {
        const std::size_t stop = l.text.find_first_of(";:");
        std::string_view head = std::string_view(l.text).substr(0, stop);
        const std::size_t dot = head.find('.');
        if (dot != std::string_view::npos) {
            l.group = upper(head.substr(0, dot));
            head.remove_prefix(dot + 1);
        }
        l.name = upper(head);
    }
    return lines;
}

// The properties each synced field is written as (vcard_writer.cpp) and
// read from (vcard_card.cpp).
const std::map<std::string, std::vector<std::string>>& propertiesOfField() {
    static const std::map<std::string, std::vector<std::string>> table = {
        {"name", {"FN"}},
        {"given name", {"N"}},
        {"family name", {"N"}},
        {"company", {"ORG"}},
        {"title", {"TITLE"}},
        {"industry", {"X-REKINDLE-INDUSTRY"}},
        {"how you met", {"X-REKINDLE-HOW-MET"}},
        {"birthday", {"BDAY"}},
        {"notes", {"NOTE"}},
        {"circle", {"X-REKINDLE-CIRCLE"}},
        {"cadence", {"X-REKINDLE-CADENCE"}},
        {"photo", {"PHOTO"}},
        {"phones, emails and links", {"TEL", "EMAIL", "URL", "IMPP", "X-SOCIALPROFILE"}},
        {"tags", {"CATEGORIES"}},
        {"knows about", {"X-REKINDLE-KNOWS"}},
        {"past roles", {"X-REKINDLE-PAST-ROLE", "X-REKINDLE-PAST-TITLE", "X-REKINDLE-PAST-UNTIL"}},
    };
    return table;
}

// The ADR components a location is read from (vcard_card.cpp): locality,
// region and country. The street, extended address and post code are the
// other client's, and a location edited here leaves them be.
constexpr std::size_t kLocality = 3, kRegion = 4, kCountry = 6;

// An ADR's raw value split on its unescaped semicolons, escapes kept.
std::vector<std::string> adrParts(std::string_view raw) {
    std::vector<std::string> parts(1);
    for (std::size_t i = 0; i < raw.size(); ++i) {
        if (raw[i] == '\\' && i + 1 < raw.size()) {
            parts.back() += raw.substr(i, 2);
            ++i;
        } else if (raw[i] == ';') {
            parts.emplace_back();
        } else {
            parts.back() += raw[i];
        }
    }
    parts.resize(std::max<std::size_t>(parts.size(), 7));
    return parts;
}

// The location as our card writes it (ADR:;;;<location>;;;), escaped.
std::string ourLocation(const std::vector<CardLine>& mine) {
    for (const CardLine& l : mine) {
        VCardProperty p;
        if (l.name == "ADR" && parseProperty(l.text, 0, p)) return adrParts(p.value)[kLocality];
    }
    return {};
}

// The server's address the location was read from, with the location
// changed to ours; nothing when the location was cleared (the address goes:
// what was left of it would read as the location again).
std::optional<std::string> relocated(const CardLine& adr, const std::string& location) {
    if (location.empty()) return std::nullopt;
    VCardProperty p;
    if (!parseProperty(adr.text, 0, p)) return std::nullopt;
    std::vector<std::string> parts = adrParts(p.value);
    parts[kLocality] = location;
    parts[kRegion].clear();
    parts[kCountry].clear();
    std::string value;
    for (std::size_t i = 0; i < parts.size(); ++i) value += (i ? ";" : "") + parts[i];
    return adr.text.substr(0, adr.text.size() - p.value.size()) + value;
}

// Which of the server's lines the location was read from: the first ADR
// with anything in it, as the reader takes it; none when an encoded value
// (vCard 2.1's quoted-printable) can't be edited in place.
std::optional<std::size_t> locationLine(const std::vector<CardLine>& theirs) {
    for (std::size_t i = 0; i < theirs.size(); ++i) {
        VCardProperty p;
        if (theirs[i].name != "ADR" || !parseProperty(theirs[i].text, 0, p)) continue;
        if (p.isQuotedPrintable() || p.isBase64()) return std::nullopt;
        const auto parts = adrParts(p.value);
        if (std::any_of(parts.begin(), parts.end(), [](const std::string& c) { return !c.empty(); })) return i;
    }
    return std::nullopt;
}

} // namespace

std::string cardUidAsWritten(std::string_view text) {
    for (const CardLine& l : unfold(text))
        if (l.name == "UID" && l.group.empty()) {
            const std::size_t colon = l.text.find(':');
            return colon == std::string::npos ? std::string() : l.text.substr(colon + 1);
        }
    return {};
}

std::string overlayCard(std::string_view server, std::string_view ours, const std::vector<std::string>& fields) {
    std::vector<CardLine> theirs = unfold(server);
    const auto begins = std::count_if(theirs.begin(), theirs.end(), [](const CardLine& l) { return l.name == "BEGIN"; });
    if (begins != 1 || theirs.front().name != "BEGIN" || theirs.back().name != "END") return std::string(ours);

    std::set<std::string> replaced = {"REV"};
    const std::vector<CardLine> mine = unfold(ours);
    // A changed location rewrites the server's address in place, so its
    // street stays; with no address there, ours is added.
    std::optional<std::size_t> addressAt;
    if (std::find(fields.begin(), fields.end(), "location") != fields.end()) {
        addressAt = locationLine(theirs);
        if (!addressAt) replaced.insert("ADR");
    }
    for (const auto& field : fields) {
        auto it = propertiesOfField().find(field);
        if (it != propertiesOfField().end()) replaced.insert(it->second.begin(), it->second.end());
    }
    // A grouped property goes with its label (item1.TEL + item1.X-ABLabel).
    std::set<std::string> replacedGroups;
    for (const CardLine& l : theirs)
        if (!l.group.empty() && replaced.contains(l.name)) replacedGroups.insert(l.group);

    std::string out;
    for (std::size_t i = 0; i + 1 < theirs.size(); ++i) {
        const CardLine& l = theirs[i];
        if (replaced.contains(l.name) || replacedGroups.contains(l.group)) continue;
        if (addressAt == i) {
            if (auto moved = relocated(l, ourLocation(mine))) appendContentLine(out, *moved);
            continue;
        }
        appendContentLine(out, l.text);
    }
    // Ours, renamed out of the way of the groups the server's card uses.
    std::set<std::string> myGroups;
    for (const CardLine& l : mine)
        if (!l.group.empty() && replaced.contains(l.name)) myGroups.insert(l.group);
    for (const CardLine& l : mine) {
        if (!replaced.contains(l.name) && !myGroups.contains(l.group)) continue;
        if (l.group.empty()) {
            appendContentLine(out, l.text);
        } else {
            const std::size_t dot = l.text.find('.');
            appendContentLine(out, "rekindle-" + l.text.substr(0, dot) + l.text.substr(dot));
        }
    }
    appendContentLine(out, theirs.back().text);
    return out;
}

} // namespace rk
