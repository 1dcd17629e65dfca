#include "core/io/vcard/vcard_related.h"

#include "core/io/text/text_util.h"
#include "core/io/vcard/content_line.h"

#include <array>

namespace rk {

namespace {

// Words that name a tie without a direction: RFC 6350's TYPE values and the
// labels Apple offers. Any word not here means Knows.
struct TieWord {
    std::string_view word;
    LinkKind kind;
};
constexpr std::array<TieWord, 19> kTieWords = {{
    {"co-worker", LinkKind::WorksWith}, {"coworker", LinkKind::WorksWith}, {"colleague", LinkKind::WorksWith},
    {"spouse", LinkKind::Family},       {"partner", LinkKind::Family},     {"husband", LinkKind::Family},
    {"wife", LinkKind::Family},         {"child", LinkKind::Family},       {"son", LinkKind::Family},
    {"daughter", LinkKind::Family},     {"parent", LinkKind::Family},      {"mother", LinkKind::Family},
    {"father", LinkKind::Family},       {"sibling", LinkKind::Family},     {"brother", LinkKind::Family},
    {"sister", LinkKind::Family},       {"kin", LinkKind::Family},         {"classmate", LinkKind::SchoolWith},
    {"friend", LinkKind::Knows},
}};

struct Tie {
    LinkKind kind = LinkKind::Knows;
    bool otherIsFrom = false;
};

// What one word says the other person O is to this card's person P.
Tie tieOfWord(std::string_view word) {
    const std::string w = asciiLower(trim(word));
    // The two directional words Apple has: O manages P, or P manages O.
    if (w == "manager") return {LinkKind::ManagerOf, true};
    if (w == "assistant") return {LinkKind::ManagerOf, false};
    for (const auto& t : kTieWords)
        if (t.word == w) return {t.kind, false};
    if (w == "introduced-by") return {LinkKind::IntroducedMeTo, false};
    // Our own keys, which read "O <key> P" (see the header).
    bool reversed = false;
    if (auto kind = linkKindFromKey(w, &reversed)) return {*kind, !reversed};
    return {};
}

// RFC 6868: a parameter value may not hold a double quote or a line break.
std::string quotedParam(std::string_view text) {
    std::string out = "\"";
    for (char c : text) {
        if (c == '^') out += "^^";
        else if (c == '"') out += "^'";
        else if (c == '\n') out += "^n";
        else if (c != '\r') out += c;
    }
    return out + "\"";
}

// RFC 6350 has no manager or introducer: the nearest type other address
// books can show. X-REKINDLE-KIND says exactly what it is.
std::string_view rfcType(LinkKind kind) {
    switch (kind) {
    case LinkKind::Knows: return "contact";
    case LinkKind::WorksWith:
    case LinkKind::ManagerOf: return "co-worker";
    case LinkKind::Family: return "kin";
    case LinkKind::IntroducedMeTo: return "met";
    case LinkKind::SchoolWith: return "acquaintance";
    }
    return "contact";
}

std::string_view kindKey(const RelatedPerson& o) {
    if (o.otherIsFrom || !isDirectional(o.kind)) return linkKey(o.kind);
    return o.kind == LinkKind::ManagerOf ? "reports-to" : "introduced-by";
}

} // namespace

std::optional<CardRelation> relationFromRelated(const VCardProperty& p, std::string value) {
    value = std::string(trim(value));
    std::string name(trim(p.param("X-REKINDLE-NAME")));
    if (value.empty() && name.empty()) return std::nullopt;
    CardRelation r;
    r.line = p.line;
    if (istartsWith(value, "urn:uuid:")) r.uid = asciiLower(value);
    else if (name.empty()) name = value;
    r.name = std::move(name);

    const std::vector<std::string> types = p.types();
    r.label = join(types, ", ");
    if (const std::string key = p.param("X-REKINDLE-KIND"); !key.empty()) {
        const Tie tie = tieOfWord(key);
        r.kind = tie.kind;
        r.otherIsFrom = tie.otherIsFrom;
        if (r.label.empty()) r.label = asciiLower(key);
        return r;
    }
    // Several types ("friend,co-worker"): the closest tie they name.
    for (const auto& type : types) {
        const Tie tie = tieOfWord(type);
        if (linkStrength(tie.kind) > linkStrength(r.kind)) r.kind = tie.kind, r.otherIsFrom = tie.otherIsFrom;
    }
    return r;
}

std::optional<CardRelation> relationFromAppleLabel(std::string name, std::string_view label, int line) {
    name = std::string(trim(name));
    if (name.empty()) return std::nullopt;
    const Tie tie = tieOfWord(label);
    return CardRelation{tie.kind, tie.otherIsFrom, {}, std::move(name), std::string(trim(label)), line};
}

std::string relationNoteLine(const CardRelation& r) {
    const std::string& who = r.name.empty() ? r.uid : r.name;
    return r.label.empty() ? "Related: " + who : "Related (" + r.label + "): " + who;
}

std::string relatedLine(const RelatedPerson& other) {
    std::string line = "RELATED;TYPE=" + std::string(rfcType(other.kind)) +
                       ";X-REKINDLE-KIND=" + std::string(kindKey(other));
    if (other.uid.empty()) return line + ";VALUE=text:" + escapeText(other.name);
    return line + ";X-REKINDLE-NAME=" + quotedParam(other.name) + ":" + other.uid;
}

} // namespace rk
