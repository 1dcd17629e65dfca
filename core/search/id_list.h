#pragma once
#include "core/model/contact.h"

#include <span>
#include <string>

namespace rk {

// Sets of ids travel to SQLite as one bound JSON array, read back with
// `IN (SELECT value FROM json_each(?N))`: one statement text for any count.
[[nodiscard]] inline std::string idListJson(std::span<const ContactId> ids) {
    std::string out = "[";
    for (size_t i = 0; i < ids.size(); ++i) {
        if (i) out += ',';
        out += std::to_string(ids[i]);
    }
    return out + ']';
}

} // namespace rk
