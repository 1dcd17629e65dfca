#pragma once
#include "core/io/import_types.h"
#include "core/io/sql_batch.h"
#include "core/schedule/cadence.h"

#include <cstdint>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace rk::io {

// Tags by their lower-case name: id and spelling as stored.
using TagTable = std::unordered_map<std::string, std::pair<std::int64_t, std::string>>;

// Every row one new contact becomes, in the column order of ImportWriter's
// batches, plus its search document (see searchDocRow). Built without the
// database: a plain function of the card, testable on its own.
struct NewContactRows {
    std::vector<SqlValue> contact;
    std::vector<std::vector<SqlValue>> methods, tagLinks, knows, roles, interactions, reminders;
    std::vector<SqlValue> searchDoc;
};

// The rows for `card` as contact `id`. Every tag it names must be in `tags`.
[[nodiscard]] NewContactRows newContactRows(std::int64_t id, const ImportCard& card,
                                            const TagTable& tags, const CadencePolicy& policy,
                                            std::int64_t now);

} // namespace rk::io
