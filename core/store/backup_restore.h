#pragma once
#include "core/store/backup_now.h"

#include <cstdint>
#include <string>

namespace rk {

class Store;

struct RestoreDone {
    BackupMade keptAs;             // the data as it was just before the restore
    std::int64_t people = 0;       // what the store holds now
    std::int64_t interactions = 0;
};

// Restores a backup (one More → Your data lists, or any Rekindle database
// file): checks that it is a Rekindle backup this version can read and that
// SQLite's quick check passes, keeps the current data as a backup first
// ("before-restore", in the store's backup folder), then replaces the data in
// one step (Store::replaceWith). The backup file itself is only read. Throws
// StoreError with a plain message; when it throws, the data is as it was.
RestoreDone restoreBackupFile(Store& store, const std::string& backupPath);

} // namespace rk
