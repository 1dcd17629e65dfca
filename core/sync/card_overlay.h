#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace rk {

// The card to send when a person changed here and the server already holds a
// card of them: the server's card, with only the properties of the fields
// that differ (`fields`, as card_merge names them) replaced by ours. What
// other clients wrote that Rekindle has no field for (a nickname, an
// anniversary, their own X- properties) stays as they wrote it. A changed
// location is written into the server's address it was read from (locality,
// region and country), so its street, post code and any other address stay;
// a cleared location takes that one address off. Falls back to `ours` when
// the server's text is not one card.
[[nodiscard]] std::string overlayCard(std::string_view server, std::string_view ours,
                                      const std::vector<std::string>& fields);

// The UID exactly as the card spells it (the reader lowercases it for
// matching; a server refuses a write that changes it). "" when it has none.
[[nodiscard]] std::string cardUidAsWritten(std::string_view text);

} // namespace rk
