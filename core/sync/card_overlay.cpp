#include "core/sync/card_overlay.h"

#include "core/io/vcard/content_line.h"

#include <algorithm>
#include <cctype>
#include <map>
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
        {"location", {"ADR"}},
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
        appendContentLine(out, l.text);
    }
    // Ours, renamed out of the way of the groups the server's card uses.
    const std::vector<CardLine> mine = unfold(ours);
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
