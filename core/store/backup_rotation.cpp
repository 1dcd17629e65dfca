#include "core/store/backup_rotation.h"

#include "core/db/store_error.h"
#include "core/store/store.h"
#include "core/time/civil_date.h"

#include <algorithm>
#include <filesystem>
#include <vector>

namespace rk {

namespace fs = std::filesystem;

namespace {
constexpr std::string_view kPrefix = "rekindle-";
constexpr std::string_view kSuffix = ".db";

// The date in a backup's file name, or nothing for any other file.
std::optional<CivilDate> backupDate(const fs::path& file) {
    const std::string name = file.filename().string();
    if (name.size() != kPrefix.size() + 10 + kSuffix.size()) return std::nullopt;
    if (name.compare(0, kPrefix.size(), kPrefix) != 0) return std::nullopt;
    if (name.compare(name.size() - kSuffix.size(), kSuffix.size(), kSuffix) != 0) return std::nullopt;
    return CivilDate::parse(std::string_view(name).substr(kPrefix.size(), 10));
}
} // namespace

std::optional<std::string> rotateBackups(Store& store, const std::string& dir, const BackupPolicy& policy) {
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec) throw StoreError("Could not create the backup folder " + dir + ": " + ec.message());
    fs::permissions(dir, fs::perms::owner_all, fs::perm_options::replace, ec);

    std::vector<std::pair<CivilDate, fs::path>> existing;
    for (const auto& entry : fs::directory_iterator(dir, ec))
        if (auto date = backupDate(entry.path())) existing.emplace_back(*date, entry.path());
    std::sort(existing.begin(), existing.end());

    const CivilDate today = store.clock().today();
    std::optional<std::string> written;
    if (existing.empty() || existing.back().first.daysUntil(today) >= policy.everyDays) {
        const fs::path target = fs::path(dir) / (std::string(kPrefix) + today.iso() + std::string(kSuffix));
        const fs::path temp = fs::path(target.string() + ".partial");
        fs::remove(temp, ec);
        store.backupTo(temp.string());
        fs::rename(temp, target, ec); // a half-written copy never looks like a backup
        if (ec) throw StoreError("Could not finish the backup " + target.string() + ": " + ec.message());
        existing.emplace_back(today, target);
        std::sort(existing.begin(), existing.end());
        written = target.string();
    }
    while (static_cast<int>(existing.size()) > std::max(1, policy.keep)) {
        fs::remove(existing.front().second, ec);
        existing.erase(existing.begin());
    }
    return written;
}

} // namespace rk
