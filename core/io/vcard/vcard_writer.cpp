#include "core/io/vcard/vcard_writer.h"

#include "core/io/text/text_util.h"
#include "core/io/vcard/content_line.h"

namespace rk {

// What vCard 3.0 (RFC 2426) and 4.0 (RFC 6350) spell differently, for every
// property this writer emits:
//
//   VERSION     "3.0" / "4.0".
//   TEL         4.0 writes VALUE=text (the number as typed, not a tel: URI);
//               3.0 has one value type for TEL, phone-number, and no VALUE
//               parameter for it, so 3.0 writes none. The number is still
//               escaped as text: a bare comma (a dialling pause) is cut off
//               with all after it by servers that parse cards (Radicale's
//               vobject keeps "+1 555 0100" of "+1 555 0100,,22"; the test
//               against Radicale showed it).
//   TYPE        A phone's work, home, cell, fax, pager and video are types
//               in both; "text" (a phone for messages) is 4.0's only, so 3.0
//               labels that number with an X-ABLabel, as any custom label.
//               An EMAIL's or URL's work/home are 4.0's; in 3.0 they are
//               the tokens Apple's and Google's 3.0 cards write, so they
//               stay. One value a parameter, so no list syntax differs.
//   BDAY        4.0's basic form "19850412", "--0412" without a year; 3.0
//               takes an ISO 8601 complete date ("1985-04-12", its own
//               example) and has none without a year: Apple's
//               "BDAY;X-APPLE-OMIT-YEAR=1604:1604-04-12", which the reader
//               (parseBirthday) reads back as no year.
//   PHOTO       4.0 a data: URI; 3.0 "PHOTO;ENCODING=b;TYPE=JPEG:<base64>",
//               TYPE the image's subtype (left out for an unknown image).
//   RELATED     4.0 only: a 3.0 card has none (the sync's links are
//               X-REKINDLE-LINK lines, core/sync/card_links.h).
//   KIND        4.0 only, and never written: a card without it is a person
//               in both.
//   UID, FN, N, ORG, TITLE, ADR, CATEGORIES, NOTE, REV, item groups with
//               X-ABLabel, X-REKINDLE-* (X-REKINDLE-LOG too, card_history):
//               the same in both. TEXT escapes (\\ \, \; \n), folding at 75
//               octets and UTF-8 are the same too; 3.0 requires N, which
//               both always carry.

namespace {

// A label that maps onto a standard TYPE, or "" when it needs an X-ABLabel.
std::string standardType(MethodKind kind, const std::string& label, VCardVersion version) {
    if (label == "work" || label == "home") return label;
    if (kind == MethodKind::Phone) {
        if (label == "mobile") return "cell";
        if (label == "fax" || label == "pager" || label == "video") return label;
        if (label == "text" && version == VCardVersion::V4) return label;
    }
    return "";
}

std::string propertyName(MethodKind kind, VCardVersion version) {
    switch (kind) {
    case MethodKind::Email: return "EMAIL";
    case MethodKind::Phone: return version == VCardVersion::V4 ? "TEL;VALUE=text" : "TEL";
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

// The BDAY line: see the table above.
std::string birthdayLine(const std::string& birthday, VCardVersion version) {
    if (version == VCardVersion::V4) return "BDAY:" + basicDate(birthday);
    if (birthday.starts_with("--")) return "BDAY;X-APPLE-OMIT-YEAR=1604:1604" + birthday.substr(1);
    return "BDAY:" + birthday;
}

std::string photoLine(const std::vector<unsigned char>& photo, VCardVersion version) {
    const std::string_view mediaType = imageMediaType(photo);
    if (version == VCardVersion::V4) {
        const std::string type = mediaType.empty() ? "application/octet-stream" : std::string(mediaType);
        return "PHOTO:data:" + type + ";base64," + base64Encode(photo);
    }
    // "image/jpeg" → TYPE=JPEG, as 3.0 names an image.
    std::string type;
    if (const auto slash = mediaType.find('/'); slash != std::string_view::npos)
        type = ";TYPE=" + asciiUpper(mediaType.substr(slash + 1));
    return "PHOTO;ENCODING=b" + type + ":" + base64Encode(photo);
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

std::string writeCard(const Contact& c, std::span<const RelatedPerson> related, VCardVersion version) {
    std::string out;
    auto line = [&](const std::string& text) { appendContentLine(out, text); };
    line("BEGIN:VCARD");
    line(version == VCardVersion::V4 ? "VERSION:4.0" : "VERSION:3.0");
    line("UID:" + uidOf(c));
    line("FN:" + escapeText(c.displayName));
    line("N:" + escapeText(c.familyName) + ";" + escapeText(c.givenName) + ";;;");
    if (!c.company.empty()) line("ORG:" + escapeText(c.company));
    if (!c.title.empty()) line("TITLE:" + escapeText(c.title));
    int item = 0;
    for (const auto& m : c.methods) {
        if (m.value.empty()) continue;
        const std::string type = standardType(m.kind, m.label, version);
        const std::string name = propertyName(m.kind, version);
        if (m.label.empty() || !type.empty()) {
            line(name + (type.empty() ? "" : ";TYPE=" + type) + ":" + escapeText(m.value));
        } else {
            const std::string group = "item" + std::to_string(++item);
            line(group + "." + name + ":" + escapeText(m.value));
            line(group + ".X-ABLabel:" + escapeText(m.label));
        }
    }
    if (!c.location.empty()) line("ADR:;;;" + escapeText(c.location) + ";;;");
    if (!c.birthday.empty()) line(birthdayLine(c.birthday, version));
    if (!c.tags.empty()) {
        std::string cats;
        for (const auto& t : c.tags) cats += (cats.empty() ? "" : ",") + escapeText(t);
        line("CATEGORIES:" + cats);
    }
    if (!c.notes.empty()) line("NOTE:" + escapeText(c.notes));
    if (!c.photo.empty()) line(photoLine(c.photo, version));
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
    if (version == VCardVersion::V4)
        for (const auto& other : related) line(relatedLine(other));
    if (c.updatedAt) line("REV:" + utcStamp(c.updatedAt));
    line("END:VCARD");
    return out;
}

} // namespace

std::string writeVCard(const Contact& c, std::span<const RelatedPerson> related) {
    return writeCard(c, related, VCardVersion::V4);
}

std::string writeVCard(const Contact& c, VCardVersion version) { return writeCard(c, {}, version); }

std::string writeVCards(const std::vector<Contact>& contacts, const RelatedPeople& related) {
    std::string out;
    for (const auto& c : contacts) {
        const auto it = related.find(c.id);
        out += it == related.end() ? writeVCard(c) : writeVCard(c, it->second);
    }
    return out;
}

} // namespace rk
