#pragma once
#include "core/time/civil_date.h"

#include <cstdint>
#include <string>
#include <vector>

namespace rk {

// One backup as More → Your data shows it.
struct BackupListing {
    std::string path;
    std::string fileName;
    std::string when; // "Sat 5 Dec, 14:06"; a daily copy shows its day only
    std::string kind; // "Daily backup", "Made by you", "Before an import", …
    bool readable = false;
    std::string problem; // why it can't be restored, when it can't
    std::int64_t people = 0;
    std::int64_t interactions = 0;
};

// Every backup in the backup folder (daily copies and the ones made before an
// import, an empty-trash or a restore, or by `rekindle backup`), newest
// first. Each file is opened read-only, without a lock; a damaged one is
// listed as unreadable with the reason. A missing folder lists nothing.
struct BackupList {
    std::string folder;
    std::vector<BackupListing> backups;
    std::string problem; // the folder itself could not be read
};
[[nodiscard]] BackupList listBackups(const std::string& folder, const CivilDate& today);

} // namespace rk
