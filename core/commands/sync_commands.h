#pragma once
#include "core/commands/change_result.h"

#include <cstdint>

namespace rk {

class Store;

// A field changed both here and on the server keeps the value from here; the
// server's is kept beside it (sync_conflicts, core/sync) and the person's page
// offers both. Each is one change that Ctrl+Z takes back, conflict and all.

// Takes the server's value instead: the person's field is set to it (and the
// next sync sends it, so both sides agree). StoreError when the person is
// gone or the value no longer fits the field.
ChangeResult takeServerValue(Store& store, std::int64_t conflictId);

// Keeps the value from here and lets the server's go.
ChangeResult keepMyValue(Store& store, std::int64_t conflictId);

} // namespace rk
