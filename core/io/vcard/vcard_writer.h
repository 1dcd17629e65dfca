#pragma once
#include "core/model/contact.h"

#include <string>
#include <vector>

namespace rk {

// vCard 4.0 (RFC 6350): CRLF, folded at 75 octets, stable UIDs, photos as
// data: URIs, labels that Apple and Google show (TYPE=work/home/cell, or an
// item group with X-ABLabel). Fields vCard has no property for (industry,
// how met, circle, cadence, topics, past roles) travel as X-REKINDLE-*, which
// readVCard reads back, so an export re-imports as the same network.
[[nodiscard]] std::string writeVCard(const Contact& contact);
[[nodiscard]] std::string writeVCards(const std::vector<Contact>& contacts);

} // namespace rk
