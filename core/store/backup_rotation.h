#pragma once
#include <optional>
#include <string>

namespace rk {

class Store;

struct BackupPolicy {
    int keep = 7;      // daily copies kept; older ones are removed
    int everyDays = 1; // no new copy if the newest is younger than this
};

// Daily rotating backups: writes "<dir>/rekindle-YYYY-MM-DD.db" with SQLite's
// online backup API when the newest copy is at least a day old (by the
// store's clock), then keeps the newest `keep` copies. Returns the path
// written, or nothing when a recent copy already exists. Throws StoreError.
std::optional<std::string> rotateBackups(Store& store, const std::string& dir, const BackupPolicy& policy = {});

} // namespace rk
