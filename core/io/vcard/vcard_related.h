#pragma once
// How links between people travel in vCard: RELATED (RFC 6350 §6.6.6) both
// ways, and Apple's related names (itemN.X-ABRELATEDNAMES with an
// X-ABLabel) on the way in.
//
// A RELATED line on P's card says what the other person O is to P. RFC 6350
// has no type for a manager or an introducer, so our export adds
// X-REKINDLE-KIND, read as the sentence "O <key> P":
//   manager-of     O is P's manager        (link O → P, ManagerOf)
//   reports-to     O reports to P          (link P → O, ManagerOf)
//   introduced     O introduced the user to P  (link O → P, IntroducedMeTo)
//   introduced-by  P introduced the user to O  (link P → O, IntroducedMeTo)
//   knows, works-with, family, school   (no direction)
// and X-REKINDLE-NAME with O's name, so a relation whose UID matches no one
// still reads as a person in the notes. Our export writes each link once,
// on its `to` person's card (so only the first key of each pair), but
// reads all of them.
#include "core/io/import/import_types.h"
#include "core/io/vcard/vcard_lexer.h"
#include "core/model/contact_link.h"

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace rk {

// A RELATED line (its value already unescaped). nullopt when it names no one.
[[nodiscard]] std::optional<CardRelation> relationFromRelated(const VCardProperty& p, std::string value);

// Apple's related name with its cleaned label ("manager" for _$!<Manager>!$_,
// custom labels as written). nullopt when it names no one.
[[nodiscard]] std::optional<CardRelation> relationFromAppleLabel(std::string name, std::string_view label,
                                                                 int line);

// The line of the notes that keeps a relation nobody in the network
// matched: "Related (co-worker): Jane Doe".
[[nodiscard]] std::string relationNoteLine(const CardRelation& r);

// Someone linked to the person whose card is being written.
struct RelatedPerson {
    std::string uid;  // their card's UID ("urn:uuid:…"); empty: the name is the value
    std::string name; // their display name
    LinkKind kind = LinkKind::Knows;
    bool otherIsFrom = false; // they are the link's `from`
};

// Each contact's related people, for writeVCards.
using RelatedPeople = std::unordered_map<ContactId, std::vector<RelatedPerson>>;

// "RELATED;TYPE=co-worker;X-REKINDLE-KIND=manager-of;X-REKINDLE-NAME="Ana":urn:uuid:…",
// unfolded.
[[nodiscard]] std::string relatedLine(const RelatedPerson& other);

} // namespace rk
