#include "core/io/vcard/vcard_writer.h"

#include "core/io/text/text_util.h"
#include "core/io/vcard/content_line.h"

namespace rk {

namespace {

// A label that maps onto a standard TYPE, or "" when it needs an X-ABLabel.
std::string standardType(MethodKind kind, const std::string& label) {
    if (label == "work" || label == "home") return label;
    if (kind == MethodKind::Phone) {
        if (label == "mobile") return "cell";
        if (label == "fax" || label == "pager" || label == "text" || label == "video") return label;
    }
    return "";
}

std::string propertyName(MethodKind kind) {
    switch (kind) {
    case MethodKind::Email: return "EMAIL";
    case MethodKind::Phone: return "TEL;VALUE=text";
    case MethodKind::Url: return "URL";
    }
    return "URL";
}

std::string basicDate(const std::string& birthday) {
    // "1985-04-12" → "19850412"; "--04-12" → "--0412" (RFC 6350 date without year).
    std::string out;
    for (char c : birthday.starts_with("--") ? birthday.substr(2) : birthday)
        if (c != '-') out.push_back(c);
    return birthday.starts_with("--") ? "--" + out : out;
}

// A saved contact's UID comes from its id, so it never changes. A contact not
// yet saved (id 0) has only its content to go by; two of them must still get
// different UIDs, or a reader would take them for one record.
std::string uidOf(const Contact& c) {
    if (c.id != 0) return contactVCardUid(c.id, c.createdAt);
    std::string seed = "unsaved:" + c.displayName + ":" + c.company;
    for (const auto& m : c.methods) seed += ":" + m.value;
    return "urn:uuid:" + stableUuid(seed);
}

} // namespace

std::string writeVCard(const Contact& c, std::span<const RelatedPerson> related) {
    std::string out;
    auto line = [&](const std::string& text) { appendContentLine(out, text); };
    line("BEGIN:VCARD");
    line("VERSION:4.0");
    line("UID:" + uidOf(c));
    line("FN:" + escapeText(c.displayName));
    line("N:" + escapeText(c.familyName) + ";" + escapeText(c.givenName) + ";;;");
    if (!c.company.empty()) line("ORG:" + escapeText(c.company));
    if (!c.title.empty()) line("TITLE:" + escapeText(c.title));
    int item = 0;
    for (const auto& m : c.methods) {
        if (m.value.empty()) continue;
        const std::string type = standardType(m.kind, m.label);
        if (m.label.empty() || !type.empty()) {
            line(propertyName(m.kind) + (type.empty() ? "" : ";TYPE=" + type) + ":" + escapeText(m.value));
        } else {
            const std::string group = "item" + std::to_string(++item);
            line(group + "." + propertyName(m.kind) + ":" + escapeText(m.value));
            line(group + ".X-ABLabel:" + escapeText(m.label));
        }
    }
    if (!c.location.empty()) line("ADR:;;;" + escapeText(c.location) + ";;;");
    if (!c.birthday.empty()) line("BDAY:" + basicDate(c.birthday));
    if (!c.tags.empty()) {
        std::string cats;
        for (const auto& t : c.tags) cats += (cats.empty() ? "" : ",") + escapeText(t);
        line("CATEGORIES:" + cats);
    }
    if (!c.notes.empty()) line("NOTE:" + escapeText(c.notes));
    if (!c.photo.empty()) {
        std::string type(imageMediaType(c.photo));
        if (type.empty()) type = "application/octet-stream";
        line("PHOTO:data:" + type + ";base64," + base64Encode(c.photo));
    }
    if (!c.industry.empty()) line("X-REKINDLE-INDUSTRY:" + escapeText(c.industry));
    if (!c.howMet.empty()) line("X-REKINDLE-HOW-MET:" + escapeText(c.howMet));
    line("X-REKINDLE-CIRCLE:" + std::string(circleKey(c.circle)));
    if (c.cadenceDays) line("X-REKINDLE-CADENCE:" + std::to_string(*c.cadenceDays));
    // One value a property: servers that keep unknown properties as plain
    // text (Radicale's vobject) drop what follows a bare comma and escape
    // the semicolons of a structured value.
    for (const auto& t : c.knows) line("X-REKINDLE-KNOWS:" + escapeText(t));
    int role = 0;
    for (const auto& r : c.pastRoles) {
        const std::string group = "role" + std::to_string(++role) + ".";
        line(group + "X-REKINDLE-PAST-ROLE:" + escapeText(r.company));
        if (!r.title.empty()) line(group + "X-REKINDLE-PAST-TITLE:" + escapeText(r.title));
        if (!r.until.empty()) line(group + "X-REKINDLE-PAST-UNTIL:" + escapeText(r.until));
    }
    for (const auto& other : related) line(relatedLine(other));
    if (c.updatedAt) line("REV:" + utcStamp(c.updatedAt));
    line("END:VCARD");
    return out;
}

std::string writeVCards(const std::vector<Contact>& contacts, const RelatedPeople& related) {
    std::string out;
    for (const auto& c : contacts) {
        const auto it = related.find(c.id);
        out += it == related.end() ? writeVCard(c) : writeVCard(c, it->second);
    }
    return out;
}

} // namespace rk
