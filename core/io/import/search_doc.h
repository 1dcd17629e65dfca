#pragma once
#include "core/db/sql_batch.h"
#include "core/model/contact.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace rk {

// The columns of contacts_fts, rowid first, as BatchInsert wants them.
[[nodiscard]] std::vector<std::string> searchDocColumns();

// The contacts_fts row for a contact that is being written, built from memory
// exactly as the contact_search_doc view (schema.cpp) builds it from the
// tables: same fields, same separators, lists in the order the view reads
// them. An import indexes thousands of new contacts this way without reading
// each one back through the view. `tags` are the contact's tags as stored
// (id, name), since the view reads the tags table's spelling.
[[nodiscard]] std::vector<SqlValue> searchDocRow(std::int64_t id, const Contact& contact,
                                                 std::vector<std::pair<std::int64_t, std::string>> tags);

} // namespace rk
