#include "core/sync/card_history.h"

#include "core/io/vcard/content_line.h"
#include "core/io/vcard/vcard_lexer.h"
#include "core/repo/interaction_repo.h"
#include "core/schedule/cadence.h"
#include "core/sync/card_links.h"

#include <algorithm>
#include <climits>
#include <map>

namespace rk {

namespace {

constexpr std::string_view kProperty = "X-REKINDLE-LOG";
// Its parameters; the value is the note.
constexpr std::string_view kAt = "X-AT", kKind = "X-KIND", kDirection = "X-DIRECTION", kFlagsParam = "X-FLAGS";

struct Flag {
    const char* key;
    bool Interaction::*member;
};
constexpr Flag kFlags[] = {{"asked-help", &Interaction::askedHelp},
                           {"gave-help", &Interaction::gaveHelp},
                           {"awaiting-reply", &Interaction::awaitingReply}};

using Counts = std::map<std::string, int>;

Counts countsOf(const HistoryLines& lines) {
    Counts out;
    for (const auto& l : lines) ++out[l];
    return out;
}

int countIn(const Counts& counts, const std::string& line) {
    auto it = counts.find(line);
    return it == counts.end() ? 0 : it->second;
}

// The lines `to` has more of than `from`, as many times as it has more.
HistoryLines surplus(const Counts& to, const Counts& from) {
    HistoryLines out;
    for (const auto& [line, n] : to)
        for (int i = countIn(from, line); i < n; ++i) out.push_back(line);
    return out;
}

// An interaction from its card property; nothing when a parameter is
// missing, unknown (a newer version's) or unreadable.
std::optional<Interaction> fromProperty(const VCardProperty& p) {
    std::string at, kind, direction, flags;
    for (const VCardParam& param : p.params) {
        std::string joined;
        for (const auto& v : param.values) joined += (joined.empty() ? "" : ",") + v;
        if (param.name == kAt) at = joined;
        else if (param.name == kKind) kind = joined;
        else if (param.name == kDirection) direction = joined;
        else if (param.name == kFlagsParam) flags = joined;
        else if (param.name != "VALUE") return std::nullopt;
    }
    std::string key = at + ";" + kind + ";" + direction + ";" + flags + ";" + escapeText(unescapeText(p.value));
    return readHistoryLine(key);
}

std::optional<std::string> lineOfProperty(const VCardProperty& p) {
    if (auto read = fromProperty(p)) return historyLine(*read);
    return std::nullopt;
}

// The property an interaction (in historyLine's form) is written as.
std::string propertyOf(const std::string& line) {
    const std::optional<Interaction> i = readHistoryLine(line);
    if (!i) return {};
    const std::vector<std::string> parts = splitEscaped(line, ';');
    std::string out = std::string(kProperty) + ";" + std::string(kAt) + "=" + parts[0] + ";" + std::string(kKind) +
                      "=" + parts[1] + ";" + std::string(kDirection) + "=" + parts[2];
    if (!parts[3].empty()) out += ";" + std::string(kFlagsParam) + "=" + parts[3];
    return out + ":" + escapeText(i->note);
}

} // namespace

std::string historyLine(const Interaction& i) {
    std::string flags;
    for (const Flag& f : kFlags)
        if (i.*f.member) flags += (flags.empty() ? "" : ",") + std::string(f.key);
    return utcStamp(i.at) + ";" + std::string(kindKey(i.kind)) + ";" + (i.direction == Direction::In ? "in" : "out") +
           ";" + flags + ";" + escapeText(i.note);
}

std::optional<Interaction> readHistoryLine(std::string_view value) {
    const std::vector<std::string> parts = splitEscaped(value, ';');
    if (parts.size() != 5) return std::nullopt;
    Interaction i;
    const auto at = readUtcStamp(parts[0]);
    const auto kind = kindFromKey(parts[1]);
    if (!at || !kind || (parts[2] != "in" && parts[2] != "out")) return std::nullopt;
    i.at = *at;
    i.kind = *kind;
    i.direction = parts[2] == "in" ? Direction::In : Direction::Out;
    std::string_view flags = parts[3];
    while (!flags.empty()) {
        const std::size_t comma = flags.find(',');
        const std::string_view key = flags.substr(0, comma);
        const Flag* flag = std::find_if(std::begin(kFlags), std::end(kFlags), [&](const Flag& f) { return key == f.key; });
        if (flag == std::end(kFlags)) return std::nullopt;
        i.*flag->member = true;
        flags = comma == std::string_view::npos ? std::string_view() : flags.substr(comma + 1);
    }
    i.note = parts[4];
    return i;
}

CardHistory historyOnCard(std::string_view cardText) {
    CardHistory out;
    VCardLineReader reader(cardText, 1u << 20);
    VCardLineReader::Line line;
    while (reader.next(line)) {
        VCardProperty p;
        if (line.tooLong || !parseProperty(line.text, line.number, p)) continue;
        std::optional<std::string> read = p.name == kProperty       ? lineOfProperty(p)
                                          : p.name == kLinkProperty ? linkLineOf(p)
                                                                    : std::nullopt;
        if (read) out.lines.push_back(std::move(*read));
        else if (p.name == kProperty || p.name == kLinkProperty) out.unreadable.push_back(line.text);
    }
    std::sort(out.lines.begin(), out.lines.end());
    return out;
}

std::string withHistory(std::string_view cardText, const HistoryLines& lines) {
    std::string out;
    std::vector<std::string> kept;
    VCardLineReader reader(cardText, SIZE_MAX);
    VCardLineReader::Line line;
    std::vector<std::string> all;
    while (reader.next(line)) all.push_back(std::move(line.text));
    for (const auto& text : all) {
        VCardProperty p;
        const bool parsed = parseProperty(text, 0, p);
        const bool isLog = parsed && p.name == kProperty, isLink = parsed && p.name == kLinkProperty;
        if ((isLog && !fromProperty(p)) || (isLink && !linkLineOf(p))) kept.push_back(text);
        if (isLog || isLink) continue;
        if (p.name == "END" && &text == &all.back()) {
            for (const auto& l : lines)
                if (const std::string property = isLinkLine(l) ? linkPropertyOf(l) : propertyOf(l); !property.empty())
                    appendContentLine(out, property);
            for (const auto& k : kept) appendContentLine(out, k);
        }
        appendContentLine(out, text);
    }
    return out;
}

HistoryLines historyHere(Database& db, ContactId id) {
    HistoryLines out;
    for (const Interaction& i : InteractionRepo(db).forContact(id, INT_MAX)) out.push_back(historyLine(i));
    for (std::string& link : linksHere(db, id)) out.push_back(std::move(link));
    std::sort(out.begin(), out.end());
    return out;
}

MergedHistory mergeHistory(const HistoryLines* base, const HistoryLines& local, const HistoryLines& remote) {
    const Counts here = countsOf(local);
    const Counts there = countsOf(remote);
    const Counts agreed = base ? countsOf(*base) : Counts{};
    Counts merged;
    std::map<std::string, bool> every;
    for (const Counts* c : {&here, &there, &agreed})
        for (const auto& [l, n] : *c) every[l] = true;
    for (const auto& [l, unused] : every) {
        const int h = countIn(here, l), t = countIn(there, l), a = countIn(agreed, l);
        // Whichever side moved away from the agreed count wins; when both
        // did (or there is no agreement yet), the larger count keeps both.
        const int n = !base ? std::max(h, t) : h == a ? t : t == a ? h : std::max(h, t);
        if (n > 0) merged[l] = n;
    }
    MergedHistory out;
    for (const auto& [l, n] : merged)
        for (int i = 0; i < n; ++i) out.lines.push_back(l);
    out.add = surplus(merged, here);
    out.remove = surplus(here, merged);
    out.changesHere = !out.add.empty() || !out.remove.empty();
    out.changesRemote = merged != there;
    return out;
}

void applyHistory(Database& db, ContactId id, const HistoryLines& add, const HistoryLines& remove, std::int64_t now) {
    const auto isInteraction = [](const std::string& l) { return !isLinkLine(l); };
    if (std::none_of(add.begin(), add.end(), isInteraction) && std::none_of(remove.begin(), remove.end(), isInteraction))
        return; // links are applyLinks' (card_links.h)
    InteractionRepo repo(db);
    Counts toRemove = countsOf(remove);
    for (const Interaction& i : repo.forContact(id, INT_MAX)) {
        auto it = toRemove.find(historyLine(i));
        if (it == toRemove.end() || it->second == 0) continue;
        --it->second;
        repo.remove(i.id);
    }
    for (const auto& line : add) {
        std::optional<Interaction> i = readHistoryLine(line);
        if (!i) continue;
        i->contactId = id;
        repo.add(*i, now);
    }
    refreshNextDue(db, id);
}

} // namespace rk
