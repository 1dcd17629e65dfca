#include "core/read/backup_list.h"

#include "core/store/backup_now.h"
#include "core/time/humanize.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>

namespace rk {

namespace fs = std::filesystem;

namespace {

std::string kindText(BackupReason reason) {
    switch (reason) {
    case BackupReason::Daily: return "Daily backup";
    case BackupReason::Manual: return "Made by you";
    case BackupReason::BeforeImport: return "Before an import";
    case BackupReason::BeforeEmptyTrash: return "Before emptying the trash";
    case BackupReason::BeforeSync: return "Before a sync";
    case BackupReason::BeforeRestore: return "Before a restore";
    }
    return "Backup";
}

// A daily copy's name has no time: when it was written orders it within its day.
std::int64_t modifiedAt(const fs::path& path) {
    std::error_code ec;
    const auto t = fs::last_write_time(path, ec);
    if (ec) return 0;
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::file_clock::to_sys(t).time_since_epoch())
        .count();
}

struct Found {
    BackupListing listing;
    CivilDate date;
    std::int64_t order = 0; // within the day: seconds since midnight, or when written
};

} // namespace

BackupList listBackups(const std::string& folder, const CivilDate& today) {
    BackupList list;
    list.folder = folder;
    std::error_code ec;
    if (folder.empty() || !fs::exists(folder, ec)) return list;
    std::vector<Found> found;
    fs::directory_iterator it(folder, ec);
    if (ec) {
        list.problem = "The backup folder can't be read (" + ec.message() + ").";
        return list;
    }
    for (const auto& entry : it) {
        const std::string name = entry.path().filename().string();
        const auto parsed = parseBackupName(name);
        if (!parsed || !entry.is_regular_file(ec)) continue;
        Found f;
        f.date = parsed->date;
        f.listing.path = entry.path().string();
        f.listing.fileName = name;
        f.listing.kind = kindText(parsed->reason);
        f.listing.when = weekdayDate(parsed->date, today);
        if (parsed->secondOfDay) {
            char hhmm[32];
            std::snprintf(hhmm, sizeof hhmm, "%02d:%02d", *parsed->secondOfDay / 3600, *parsed->secondOfDay / 60 % 60);
            f.listing.when += std::string(", ") + hhmm;
            f.order = *parsed->secondOfDay;
        } else {
            const std::int64_t written = modifiedAt(entry.path());
            f.order = localDateOf(written) == parsed->date ? written - localMidnight(parsed->date) : 0;
        }
        const BackupFacts facts = inspectBackup(f.listing.path);
        f.listing.readable = facts.readable;
        f.listing.problem = facts.problem;
        f.listing.people = facts.people;
        f.listing.interactions = facts.interactions;
        found.push_back(std::move(f));
    }
    std::sort(found.begin(), found.end(), [](const Found& a, const Found& b) {
        if (a.date != b.date) return a.date > b.date;
        if (a.order != b.order) return a.order > b.order;
        return a.listing.fileName > b.listing.fileName;
    });
    for (auto& f : found) list.backups.push_back(std::move(f.listing));
    return list;
}

} // namespace rk
