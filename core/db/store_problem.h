#pragma once
// What a storage failure means for the person using Rekindle, in their words.
// SQLite's own messages ("database is locked", "disk I/O error") name the
// symptom; these say what happened to their change and what to do.
#include "core/db/store_error.h"

#include <string>

namespace rk {

enum class StoreProblem {
    Busy,     // another connection holds the write lock past the busy timeout
    DiskFull, // a write failed: no space, a size limit, a failing disk
    Other,
};

[[nodiscard]] StoreProblem storeProblemOf(int sqliteCode);

// A plain sentence for `e`: busy and disk-full errors are explained (nothing
// was saved, what to do); anything else keeps the message it was raised with.
[[nodiscard]] std::string explainStoreError(const StoreError& e);

} // namespace rk
