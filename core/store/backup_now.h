#pragma once
#include "core/time/civil_date.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

// Backups made now, on purpose: by `rekindle backup`, and automatically before
// a large import, before emptying the trash and before a restore. They sit in
// the same folder as the daily copies (backup_rotation.h), so More → Your data
// lists them all and can restore any of them (backup_restore.h).
namespace rk {

class Store;

enum class BackupReason { Daily, Manual, BeforeImport, BeforeEmptyTrash, BeforeRestore, BeforeSync };

// "backups" beside the database: where the daily copies go, and the default
// for `rekindle backup`. "" for an in-memory database.
[[nodiscard]] std::string backupFolderFor(const std::string& dbPath);

// What a backup's file name says. Daily copies are "rekindle-2026-12-05.db";
// the others "rekindle-2026-12-05-140603-before-import.db" (local time, by the
// store's clock), with "-2", "-3" … when two land in the same second.
struct BackupName {
    CivilDate date;
    std::optional<int> secondOfDay; // none for a daily copy
    BackupReason reason = BackupReason::Daily;
};
[[nodiscard]] std::optional<BackupName> parseBackupName(std::string_view fileName);

// What is inside a backup file, read without writing a byte to it (not even
// a lock file): people not in the trash, and every interaction.
struct BackupFacts {
    bool readable = false;
    std::string problem; // why not, in plain words, when unreadable
    int schemaVersion = 0;
    std::int64_t people = 0;
    std::int64_t interactions = 0;
};
[[nodiscard]] BackupFacts inspectBackup(const std::string& path);

struct BackupMade {
    std::string path;
    std::int64_t people = 0; // counted in the copy itself
    std::int64_t interactions = 0;
};

// The automatic kinds keep this many copies each; older ones are removed.
// Manual backups are the user's own and are never removed.
inline constexpr int kKeepAutomaticBackups = 10;

// Writes a consistent copy of the store now, through SQLite's online backup
// API, into `dir` (created if missing), named as above; a half-written copy
// never carries a backup's name. Throws StoreError with a plain message when
// the folder cannot be made or written (the store is untouched then).
BackupMade backupNow(Store& store, const std::string& dir, BackupReason reason);

// Before a step that cannot be undone once Rekindle closes (a large import,
// emptying the trash, a restore, a sync that changes people here): a backup in the store's own folder, or
// nothing for an in-memory store. Throws like backupNow, and the caller then
// does not take the step.
std::optional<BackupMade> backupBefore(Store& store, BackupReason reason);

} // namespace rk
