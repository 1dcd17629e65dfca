#include "core/io/vcard/vcard_card.h"

#include "core/io/text/date_parse.h"
#include "core/io/text/text_util.h"
#include "core/io/vcard/vcard_related.h"

#include <algorithm>
#include <array>
#include <optional>

namespace rk {

namespace {

// Bookkeeping properties that carry nothing a person would miss.
constexpr std::array<std::string_view, 21> kIgnored = {
    "VERSION", "PRODID", "REV", "X-ABUID", "X-ABSHOWAS", "SORT-STRING", "CLIENTPIDMAP",
    "LABEL", "SOURCE", "NAME", "PROFILE", "MAILER", "X-MS-OL-DEFAULT-POSTAL-ADDRESS",
    "X-MS-OL-DESIGN", "X-APPLE-OMIT-YEAR", "X-ABADR", "X-IMAGETYPE", "X-IMAGEHASH",
    "X-SHARED-PHOTO-DISPLAY-PREF", "X-ACTIVITY-ALERT", "X-MS-CARDPICTURE"};

constexpr std::size_t kMaxFieldBytes = 1024;   // a name, a company, a title
constexpr std::size_t kMaxExtraValue = 2000;   // one unknown property kept in the notes

std::string normaliseNewlines(std::string s) {
    if (s.find('\r') == std::string::npos) return s; // the usual case: nothing to do
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '\r') {
            out.push_back('\n');
            if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
        } else {
            out.push_back(s[i]);
        }
    }
    return out;
}

// "_$!<HomePage>!$_" (Apple's built-in labels) → "homepage"; custom labels stay.
std::string cleanAbLabel(std::string_view label) {
    label = trim(label);
    if (label.starts_with("_$!<") && label.ends_with(">!$_"))
        return asciiLower(label.substr(4, label.size() - 8));
    return std::string(label);
}

std::string labelFromTypes(const std::vector<std::string>& types) {
    static constexpr std::array<std::string_view, 16> kNoise = {
        "pref", "internet", "x400", "voice", "msg", "bbs", "modem", "isdn", "video", "intl",
        "dom", "postal", "parcel", "text", "uri", "x-internet"};
    std::string label;
    for (const auto& t : types) {
        if (std::find(kNoise.begin(), kNoise.end(), t) != kNoise.end()) continue;
        if (t.starts_with("x-") || t.starts_with("pref=")) continue;
        const std::string word = t == "cell" ? "mobile" : t == "iphone" ? "iPhone" : t;
        if (label.find(word) != std::string::npos) continue;
        if (!label.empty()) label += ' ';
        label += word;
    }
    return label;
}

std::string socialLabel(std::string_view type) {
    const std::string t = asciiLower(trim(type));
    if (t == "linkedin") return "LinkedIn";
    if (t == "twitter" || t == "x") return "Twitter";
    if (t == "facebook") return "Facebook";
    if (t == "github") return "GitHub";
    if (t == "instagram") return "Instagram";
    if (t == "mastodon") return "Mastodon";
    return std::string(trim(type));
}

std::string joinNonEmpty(const std::vector<std::string>& parts, std::string_view sep) {
    std::string out;
    for (const auto& p : parts) {
        const auto t = trim(p);
        if (t.empty()) continue;
        if (!out.empty()) out += sep;
        out += t;
    }
    return out;
}

std::string component(const std::vector<std::string>& parts, std::size_t i) {
    return i < parts.size() ? std::string(trim(parts[i])) : std::string();
}

} // namespace

std::string VCardContactBuilder::text(const VCardProperty& p) const {
    std::string storage;
    const std::string_view raw = decoded(p, storage);
    // Most values have nothing to unescape: one copy instead of three.
    if (std::none_of(raw.begin(), raw.end(), [](char c) { return c == '\\' || c == '\r'; }))
        return std::string(trim(raw));
    return std::string(trim(normaliseNewlines(unescapeText(raw))));
}

std::string_view VCardContactBuilder::decoded(const VCardProperty& p, std::string& storage) const {
    // The charset is decided on the whole value, after unfolding and after
    // quoted-printable decoding: Google folds at 75 octets inside a
    // character, so no single physical line need be valid UTF-8.
    if (p.isQuotedPrintable())
        return storage = decodeCharset(decodeQuotedPrintable(p.value), p.param("CHARSET"));
    if (m_bytes == ValueBytes::FromUtf16) return p.value;
    const std::string charset = p.param("CHARSET");
    // The usual case, checked first: UTF-8 with no charset named, no copy.
    if (charset.empty() && isValidUtf8(p.value)) return p.value;
    return storage = decodeCharset(p.value, charset);
}

void VCardContactBuilder::addMethod(MethodKind kind, std::string value, std::string label,
                            const std::string& group) {
    value = std::string(trim(value));
    if (value.empty()) return;
    truncateUtf8(value, kMaxFieldBytes);
    for (const auto& m : m_methods)
        if (m.method.kind == kind && iequals(m.method.value, value)) return;
    Pending pending;
    pending.method.kind = kind;
    pending.method.label = std::move(label);
    pending.method.value = std::move(value);
    pending.group = group;
    m_methods.push_back(std::move(pending));
}

void VCardContactBuilder::setPhoto(const VCardProperty& p) {
    if (m_hasPhoto) return;
    std::string_view v = trim(p.value);
    std::optional<std::vector<unsigned char>> bytes;
    if (istartsWith(v, "data:")) {
        const auto comma = v.find(',');
        const auto meta = v.substr(0, comma == std::string_view::npos ? v.size() : comma);
        if (comma == std::string_view::npos || asciiLower(meta).find(";base64") == std::string::npos) {
            warn(p.line, "a photo in an unsupported data: form was left out");
            return;
        }
        bytes = base64Decode(v.substr(comma + 1), m_limits.maxPhotoBytes);
    } else if (p.isBase64()) {
        bytes = base64Decode(v, m_limits.maxPhotoBytes);
    } else {
        if (!v.empty()) {
            std::string link = sanitizeUtf8(v); // raw bytes: the message must still be text
            truncateUtf8(link, 200);
            warn(p.line, "the photo is only a link (" + link + "), which Rekindle does not download");
        }
        return;
    }
    if (!bytes) {
        warn(p.line, "the photo is damaged or larger than " +
                         std::to_string(m_limits.maxPhotoBytes >> 20) + " MB and was left out");
        return;
    }
    if (imageMediaType(*bytes).empty()) {
        warn(p.line, "the photo is not a JPEG, PNG, GIF or BMP image and was left out");
        return;
    }
    m_c.photo = std::move(*bytes);
    m_hasPhoto = true;
}

void VCardContactBuilder::setBirthday(const VCardProperty& p) {
    const std::string value = text(p);
    if (!m_c.birthday.empty() || value.empty()) return;
    if (auto b = parseBirthday(value)) {
        m_c.birthday = *b;
        return;
    }
    m_extras.push_back({"Birthday", "", value});
    if (iequals(p.param("VALUE"), "text")) return;
    std::string shown = value;
    truncateUtf8(shown, 40);
    warn(p.line, "birthday \"" + shown + "\" is not a date; kept in the notes");
}

// Rekindle's own extensions, so that a vCard export reads back whole.
void VCardContactBuilder::addRekindleField(const VCardProperty& p) {
    const std::string v = text(p);
    const std::string_view field = std::string_view(p.name).substr(11); // after "X-REKINDLE-"
    std::string storage; // for decoded()
    if (field == "INDUSTRY") m_c.industry = v;
    else if (field == "HOW-MET") m_c.howMet = v;
    else if (field == "CIRCLE") {
        if (auto c = circleFromKey(asciiLower(v))) m_c.circle = *c;
    } else if (field == "CADENCE") {
        if (!v.empty() && v.size() < 6 && std::all_of(v.begin(), v.end(), [](char ch) {
                return ch >= '0' && ch <= '9';
            }))
            m_c.cadenceDays = std::stoi(v);
    } else if (field == "KNOWS") {
        // One topic a line (today's writer), or several split by commas (before).
        for (auto& topic : splitEscaped(decoded(p, storage), ','))
            if (!trim(topic).empty()) m_c.knows.emplace_back(trim(topic));
    } else if ((field == "PAST-ROLE" || field == "PAST-TITLE" || field == "PAST-UNTIL") && !p.group.empty()) {
        const std::string group = asciiLower(p.group);
        auto role = std::find_if(m_groupedRoles.begin(), m_groupedRoles.end(),
                                 [&](const auto& g) { return g.first == group; });
        if (role == m_groupedRoles.end()) role = m_groupedRoles.insert(role, {group, PastRole{}});
        (field == "PAST-ROLE" ? role->second.company : field == "PAST-TITLE" ? role->second.title
                                                                             : role->second.until) = v;
    } else if (field == "LOG" || field == "LINK") {
        // An interaction or a link, carried for a sync (core/sync/card_history.h,
        // card_links.h); it says nothing about the person and is no note.
    } else if (field == "PAST-ROLE") {
        // The older form: company;title;until in one value.
        const auto parts = splitEscaped(decoded(p, storage), ';');
        m_c.pastRoles.push_back({0, component(parts, 0), component(parts, 1), component(parts, 2)});
    } else {
        m_extras.push_back({p.name, p.group, v});
    }
}

// Kept apart from the notes: the import makes a link of each relation whose
// person is in the network, and writes only the others into the notes.
void VCardContactBuilder::addRelated(const VCardProperty& p) {
    std::string value = text(p);
    truncateUtf8(value, kMaxFieldBytes);
    if (p.name == "X-ABRELATEDNAMES") {
        if (!value.empty()) m_appleRelated.push_back({std::move(value), p.group, p.line});
        return;
    }
    if (auto r = relationFromRelated(p, std::move(value))) m_relations.push_back(std::move(*r));
    else warn(p.line, "a RELATED line naming no one was left out");
}

void VCardContactBuilder::add(const VCardProperty& p) {
    if (++m_properties > m_limits.maxPropertiesPerCard) {
        m_tooMany = true;
        return;
    }
    // A view, so each comparison below is a length check and a memcmp.
    const std::string_view n = p.name;
    std::string storage; // for decoded()
    if (n == "FN") {
        if (m_fn.empty()) m_fn = text(p);
    } else if (n == "N") {
        if (m_n.empty()) m_n = splitEscaped(normaliseNewlines(std::string(decoded(p, storage))), ';');
    } else if (n == "ORG") {
        if (m_org.empty()) m_org = splitEscaped(decoded(p, storage), ';');
    } else if (n == "TITLE") {
        if (m_c.title.empty()) m_c.title = text(p);
    } else if (n == "ROLE") {
        if (m_c.title.empty()) m_c.title = text(p);
        else m_extras.push_back({"Role", p.group, text(p)});
    } else if (n == "EMAIL") {
        std::string v = text(p);
        if (istartsWith(v, "mailto:")) v.erase(0, 7);
        addMethod(MethodKind::Email, v, labelFromTypes(p.types()), p.group);
    } else if (n == "TEL") {
        std::string v = text(p);
        if (istartsWith(v, "tel:")) v.erase(0, 4);
        addMethod(MethodKind::Phone, v, labelFromTypes(p.types()), p.group);
    } else if (n == "URL") {
        addMethod(MethodKind::Url, text(p), labelFromTypes(p.types()), p.group);
    } else if (n == "X-SOCIALPROFILE") {
        std::string v = text(p);
        if (istartsWith(v, "x-apple:")) v = p.param("X-USER").empty() ? v.substr(8) : p.param("X-USER");
        addMethod(MethodKind::Url, v, socialLabel(p.param("TYPE")), p.group);
    } else if (n == "IMPP") {
        const std::string v = text(p);
        const auto colon = v.find(':');
        addMethod(MethodKind::Url, v, colon == std::string::npos ? "IM" : v.substr(0, colon), p.group);
    } else if (n == "ADR") {
        if (m_hasLocation) return;
        const auto parts = splitEscaped(normaliseNewlines(std::string(decoded(p, storage))), ';');
        std::string where = joinNonEmpty({component(parts, 3), component(parts, 4), component(parts, 6)}, ", ");
        if (where.empty()) where = component(parts, 2);
        std::replace(where.begin(), where.end(), '\n', ' ');
        if (!where.empty()) m_c.location = where, m_hasLocation = true;
    } else if (n == "BDAY") {
        setBirthday(p);
    } else if (n == "NOTE") {
        const std::string v = text(p);
        if (!v.empty()) m_notes.push_back(v);
    } else if (n == "PHOTO") {
        setPhoto(p);
    } else if (n == "CATEGORIES") {
        for (auto& tag : splitEscaped(decoded(p, storage), ','))
            if (!trim(tag).empty() && m_c.tags.size() < 100) m_c.tags.emplace_back(trim(tag));
    } else if (n == "KIND" || n == "X-ADDRESSBOOKSERVER-KIND") {
        m_kind = asciiLower(text(p));
    } else if (n == "X-ABLABEL") {
        m_labels[p.group] = cleanAbLabel(text(p));
    } else if (n.starts_with("X-REKINDLE-")) {
        addRekindleField(p);
    } else if (n == "UID") {
        if (m_uid.empty()) m_uid = asciiLower(trim(text(p)));
    } else if (n == "RELATED" || n == "X-ABRELATEDNAMES") {
        addRelated(p);
    } else if (n == "NICKNAME") {
        m_extras.push_back({"Nickname", p.group, text(p)});
    } else if (std::find(kIgnored.begin(), kIgnored.end(), n) != kIgnored.end()) {
        // nothing worth keeping
    } else if (p.isBase64() || istartsWith(trim(p.value), "data:") || n == "KEY" || n == "SOUND" ||
               n == "LOGO") {
        warn(p.line, "binary property " + p.name + " was left out");
    } else {
        std::string v = text(p);
        if (v.size() > kMaxExtraValue) {
            truncateUtf8(v, kMaxExtraValue);
            warn(p.line, "property " + p.name + " was shortened to fit in the notes");
        }
        if (!v.empty()) m_extras.push_back({p.name, p.group, std::move(v)});
    }
}

void VCardContactBuilder::finish(ParseResult& result) {
    const std::string kind = m_kind;
    if (kind == "group") {
        result.addProblem(ProblemSeverity::Error, m_line,
                          "\"" + m_fn + "\" is a contact group, not a person; skipped",
                          m_limits.maxProblems);
        return;
    }
    if (m_tooMany) {
        result.addProblem(ProblemSeverity::Error, m_line,
                          "card has more than " + std::to_string(m_limits.maxPropertiesPerCard) +
                              " properties; skipped as damaged",
                          m_limits.maxProblems);
        return;
    }
    Contact& c = m_c;
    for (auto& [group, role] : m_groupedRoles) c.pastRoles.push_back(std::move(role));
    c.familyName = component(m_n, 0);
    c.givenName = component(m_n, 1);
    c.company = component(m_org, 0);
    if (m_org.size() > 1) {
        std::vector<std::string> units(m_org.begin() + 1, m_org.end());
        const std::string dept = joinNonEmpty(units, ", ");
        if (!dept.empty()) m_extras.insert(m_extras.begin(), {"Department", "", dept});
    }
    c.displayName = m_fn;
    if (c.displayName.empty())
        c.displayName = joinNonEmpty({component(m_n, 3), c.givenName, component(m_n, 2),
                                      c.familyName, component(m_n, 4)}, " ");
    if (c.displayName.empty()) c.displayName = c.company;
    for (const auto& m : m_methods)
        if (c.displayName.empty() && m.method.kind == MethodKind::Email) c.displayName = m.method.value;
    if (c.displayName.empty()) {
        result.addProblem(ProblemSeverity::Error, m_line,
                          "card has no name (no FN, N, ORG or EMAIL); skipped", m_limits.maxProblems);
        return;
    }
    for (std::string* field : {&c.displayName, &c.givenName, &c.familyName, &c.company, &c.title,
                               &c.location, &c.industry, &c.howMet}) {
        std::replace(field->begin(), field->end(), '\n', ' ');
        if (field->size() > kMaxFieldBytes) {
            truncateUtf8(*field, kMaxFieldBytes);
            // A cut just after a space would leave the field ending in one,
            // which no field read from a file does (found by the fuzzer: the
            // name changed when the card was written and read again).
            *field = std::string(trim(*field));
            warn(m_line, "a field longer than " + std::to_string(kMaxFieldBytes) + " bytes was shortened");
        }
    }

    for (auto& m : m_methods) {
        if (auto it = m_labels.find(m.group); !m.group.empty() && it != m_labels.end())
            m.method.label = it->second;
        c.methods.push_back(std::move(m.method));
    }
    std::string notes;
    for (const auto& n : m_notes) notes += (notes.empty() ? "" : "\n") + n;
    for (const auto& e : m_extras) {
        if (e.value.empty() || !m_limits.extrasInNotes) continue;
        std::string label = e.name;
        if (auto it = m_labels.find(e.group); !e.group.empty() && it != m_labels.end() && !it->second.empty())
            label = it->second;
        notes += (notes.empty() ? "" : "\n") + label + ": " + e.value;
    }
    if (notes.size() > m_limits.maxNotesBytes) {
        truncateUtf8(notes, m_limits.maxNotesBytes);
        warn(m_line, "notes were longer than " + std::to_string(m_limits.maxNotesBytes >> 10) +
                         " KB and were shortened");
    }
    c.notes = std::move(notes);
    for (auto& a : m_appleRelated) {
        const auto label = m_labels.find(a.group);
        const bool labelled = !a.group.empty() && label != m_labels.end();
        if (auto r = relationFromAppleLabel(std::move(a.name), labelled ? label->second : "", a.line))
            m_relations.push_back(std::move(*r));
    }

    for (auto& [line, message] : m_warnings)
        result.addProblem(ProblemSeverity::Warning, line, c.displayName + ": " + message,
                          m_limits.maxProblems);
    result.cards.push_back({std::move(c), {}, {}, m_line, std::move(m_uid), std::move(m_relations)});
}


} // namespace rk
