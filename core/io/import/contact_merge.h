#pragma once
#include "core/model/contact.h"

#include <string>
#include <vector>

namespace rk {

// The result of folding an imported card into a contact the user already has.
struct MergeResult {
    Contact merged;
    std::vector<std::string> added;    // "email", "photo", "birthday", ... (for the preview)
    std::vector<std::string> conflicts; // "title: kept \"CTO\" (file: \"VP\")"
    [[nodiscard]] bool changed() const { return !added.empty(); }
};

// Field by field, never overwriting what the user wrote: empty fields are
// filled, lists (methods, tags, topics, past roles) gain what is missing,
// notes gain text they don't already contain, a birthday without a year gains
// its year. Name, circle and cadence stay as they are. Different non-empty
// values are reported as conflicts and the existing one is kept.
[[nodiscard]] MergeResult mergeContact(const Contact& existing, const Contact& incoming);

} // namespace rk
