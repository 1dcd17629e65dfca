#pragma once
#include "core/db/sql_batch.h"
#include "core/io/import/import_types.h"
#include "core/schedule/cadence.h"

#include <cstdint>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace rk {

// Tags by their lower-case name: id and spelling as stored.
using TagTable = std::unordered_map<std::string, std::pair<std::int64_t, std::string>>;

// The columns each kind of row below fills, in the order its values come.
extern const std::vector<std::string> kNewContactColumns, kMethodColumns, kTagLinkColumns,
    kKnowsColumns, kRoleColumns, kInteractionColumns, kReminderColumns;

// One interaction or reminder of contact `id`, for kInteractionColumns or
// kReminderColumns (also what a merge adds to someone already here).
[[nodiscard]] std::vector<SqlValue> interactionRow(std::int64_t id, const Interaction& i,
                                                   std::int64_t now);
[[nodiscard]] std::vector<SqlValue> reminderRow(std::int64_t id, const Reminder& r,
                                                std::int64_t now);

// Every row one new contact becomes, one list per table above, plus its
// search document (see searchDocRow). Built without the database: a plain
// function of the card, testable on its own.
struct NewContactRows {
    std::vector<SqlValue> contact;
    std::vector<std::vector<SqlValue>> methods, tagLinks, knows, roles, interactions, reminders;
    std::vector<SqlValue> searchDoc;
};

// The rows for `card` as contact `id`. Every tag it names must be in `tags`.
[[nodiscard]] NewContactRows newContactRows(std::int64_t id, const ImportCard& card,
                                            const TagTable& tags, const CadencePolicy& policy,
                                            std::int64_t now);

} // namespace rk
