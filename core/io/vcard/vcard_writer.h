#pragma once
#include "core/io/vcard/vcard_related.h"
#include "core/io/vcard/vcard_version.h"
#include "core/model/contact.h"

#include <span>
#include <string>
#include <vector>

namespace rk {

// vCard 4.0 (RFC 6350): CRLF, folded at 75 octets, stable UIDs, photos as
// data: URIs, labels that Apple and Google show (TYPE=work/home/cell, or an
// item group with X-ABLabel). Fields vCard has no property for (industry,
// how met, circle, cadence, topics, past roles) travel as X-REKINDLE-*, which
// readVCard reads back, so an export re-imports as the same network. Links
// to other people go out as one RELATED line each (see vcard_related.h).
[[nodiscard]] std::string writeVCard(const Contact& contact, std::span<const RelatedPerson> related = {});
[[nodiscard]] std::string writeVCards(const std::vector<Contact>& contacts, const RelatedPeople& related = {});

// The same card in `version`, for the sync (core/sync/sync_card.h): an
// address book that takes only vCard 3.0 (RFC 2426) gets 3.0, with the
// same fields and the same X-REKINDLE-* lines; vcard_writer.cpp lists what
// differs. No RELATED lines: 3.0 has no such property, and the sync carries
// links as X-REKINDLE-LINK (core/sync/card_links.h) in both versions.
[[nodiscard]] std::string writeVCard(const Contact& contact, VCardVersion version);

} // namespace rk
