#include "main/cli/event_lookup.h"

#include <algorithm>
#include <cctype>
#include <vector>

namespace rk::cli {

namespace {
std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}
} // namespace

std::optional<std::int64_t> findEvent(const EventList& list, const std::string& text,
                                      std::string& why) {
    const std::string wanted = lower(text);
    std::vector<const EventSummary*> containing;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const EventSummary* e = list.at(i);
        if (std::to_string(e->id) == text || lower(e->name) == wanted) return e->id;
        if (!wanted.empty() && lower(e->name).find(wanted) != std::string::npos)
            containing.push_back(e);
    }
    if (containing.size() == 1) return containing.front()->id;
    if (containing.empty()) {
        why = "no event called \"" + text + "\". See your events with: rekindle events";
        if (list.empty()) why = "no event called \"" + text +
                                "\" (you have none yet). Add one with: rekindle event add NAME "
                                "--date YYYY-MM-DD";
        return std::nullopt;
    }
    why = "\"" + text + "\" matches " + std::to_string(containing.size()) + " events:";
    for (const EventSummary* e : containing)
        why += " \"" + e->name + "\" (id " + std::to_string(e->id) + ", " + e->dateIso + ");";
    why.back() = '.';
    why += " Use the full name or the id.";
    return std::nullopt;
}

} // namespace rk::cli
