#include "core/store/backup_now.h"

#include "core/db/database.h"
#include "core/db/store_error.h"
#include "core/store/schema.h"
#include "core/store/store.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <vector>

namespace rk {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view kPrefix = "rekindle-";
constexpr std::string_view kSuffix = ".db";

std::string_view tokenOf(BackupReason reason) {
    switch (reason) {
    case BackupReason::Daily: return "daily"; // a timed one; rotateBackups names its own by date alone
    case BackupReason::Manual: return "manual";
    case BackupReason::BeforeImport: return "before-import";
    case BackupReason::BeforeEmptyTrash: return "before-empty-trash";
    case BackupReason::BeforeRestore: return "before-restore";
    case BackupReason::BeforeSync: return "before-sync";
    }
    return "";
}

bool allDigits(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// One integer from a query, or nullopt when the file cannot answer it.
std::optional<std::int64_t> queryInt(Database& db, const std::string& sql) {
    try {
        return db.queryInt(sql);
    } catch (const StoreError&) {
        return std::nullopt;
    }
}

std::string stampOf(std::int64_t now) {
    const CivilDate day = localDateOf(now);
    const std::int64_t second = std::clamp<std::int64_t>(now - localMidnight(day), 0, 86399);
    char hhmmss[32];
    std::snprintf(hhmmss, sizeof hhmmss, "%02d%02d%02d", static_cast<int>(second / 3600),
                  static_cast<int>(second / 60 % 60), static_cast<int>(second % 60));
    return day.iso() + "-" + hhmmss;
}

// Keeps the newest `keep` automatic copies of one kind (the names sort by time).
void prune(const fs::path& dir, BackupReason reason, int keep) {
    std::vector<std::pair<std::string, fs::path>> same;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
        const std::string name = entry.path().filename().string();
        if (auto parsed = parseBackupName(name); parsed && parsed->reason == reason)
            same.emplace_back(name, entry.path());
    }
    std::sort(same.begin(), same.end());
    for (std::size_t i = 0; i + static_cast<std::size_t>(keep) < same.size(); ++i) fs::remove(same[i].second, ec);
}

} // namespace

std::string backupFolderFor(const std::string& dbPath) {
    if (dbPath.empty() || dbPath == ":memory:") return {};
    return (fs::absolute(dbPath).parent_path() / "backups").string();
}

std::optional<BackupName> parseBackupName(std::string_view name) {
    if (!name.starts_with(kPrefix) || !name.ends_with(kSuffix)) return std::nullopt;
    name.remove_prefix(kPrefix.size());
    name.remove_suffix(kSuffix.size());
    if (name.size() < 10) return std::nullopt;
    const auto date = CivilDate::parse(name.substr(0, 10));
    if (!date) return std::nullopt;
    BackupName out{*date, std::nullopt, BackupReason::Daily};
    if (name.size() == 10) return out;
    // "-HHMMSS-<reason>[-N]"
    if (name.size() < 19 || name[10] != '-' || !allDigits(name.substr(11, 6)) || name[17] != '-')
        return std::nullopt;
    const auto digit = [&](std::size_t i) { return name[i] - '0'; };
    const int h = digit(11) * 10 + digit(12), m = digit(13) * 10 + digit(14), s = digit(15) * 10 + digit(16);
    if (h > 23 || m > 59 || s > 59) return std::nullopt;
    out.secondOfDay = h * 3600 + m * 60 + s;
    std::string_view rest = name.substr(18);
    for (BackupReason r : {BackupReason::Daily, BackupReason::Manual, BackupReason::BeforeImport, BackupReason::BeforeEmptyTrash,
                           BackupReason::BeforeRestore, BackupReason::BeforeSync}) {
        const std::string_view token = tokenOf(r);
        if (rest == token || (rest.starts_with(token) && rest.size() > token.size() + 1 &&
                              rest[token.size()] == '-' && allDigits(rest.substr(token.size() + 1)))) {
            out.reason = r;
            return out;
        }
    }
    return std::nullopt;
}

BackupFacts inspectBackup(const std::string& path) {
    BackupFacts facts;
    std::optional<Database> opened;
    try {
        opened.emplace(path, OpenMode::Snapshot);
    } catch (const StoreError&) {
        facts.problem = "This file can't be opened.";
        return facts;
    }
    Database& db = *opened;
    const auto appId = queryInt(db, "PRAGMA application_id");
    const auto version = queryInt(db, "PRAGMA user_version");
    if (!appId || !version) {
        facts.problem = "This file is damaged or is not a database.";
        return facts;
    }
    if (*appId != kApplicationId) {
        facts.problem = "This file is not a Rekindle backup.";
        return facts;
    }
    facts.schemaVersion = static_cast<int>(*version);
    if (*version > latestSchemaVersion()) {
        facts.problem = "A newer version of Rekindle made this backup.";
        return facts;
    }
    const auto people = queryInt(db, "SELECT count(*) FROM contacts WHERE deleted_at IS NULL");
    const auto interactions = queryInt(db, "SELECT count(*) FROM interactions");
    if (!people || !interactions) {
        facts.problem = "This backup is damaged: its people can't be read.";
        return facts;
    }
    facts.readable = true;
    facts.people = *people;
    facts.interactions = *interactions;
    return facts;
}

BackupMade backupNow(Store& store, const std::string& dir, BackupReason reason) {
    if (dir.empty()) throw StoreError("There is no folder to put the backup in.");
    std::error_code ec;
    const bool created = fs::create_directories(dir, ec);
    if (ec)
        throw StoreError("Could not create the backup folder " + dir + " (" + ec.message() +
                         "). Nothing was backed up.");
    if (!fs::is_directory(dir, ec)) throw StoreError(dir + " is not a folder. Nothing was backed up.");
    // A folder we made holds people's notes: only its owner may look inside.
    if (created) fs::permissions(dir, fs::perms::owner_all, fs::perm_options::replace, ec);

    const std::string base = std::string(kPrefix) + stampOf(store.clock().now()) + "-" + std::string(tokenOf(reason));
    fs::path target = fs::path(dir) / (base + std::string(kSuffix));
    for (int n = 2; fs::exists(target, ec); ++n) target = fs::path(dir) / (base + "-" + std::to_string(n) + std::string(kSuffix));
    const fs::path temp = fs::path(target.string() + ".partial");
    fs::remove(temp, ec);
    try {
        store.backupTo(temp.string());
    } catch (const StoreError& e) {
        fs::remove(temp, ec);
        throw StoreError("Could not write a backup in " + dir + " (" + e.what() +
                             "). Check that you may write there and that the disk has room. "
                             "Nothing was backed up.",
                         e.code());
    }
    fs::rename(temp, target, ec); // only a finished copy carries a backup's name
    if (ec) {
        fs::remove(temp, ec);
        throw StoreError("Could not finish the backup " + target.string() + " (" + ec.message() + ").");
    }
    if (reason != BackupReason::Manual) prune(dir, reason, kKeepAutomaticBackups);

    const BackupFacts facts = inspectBackup(target.string());
    if (!facts.readable) throw StoreError("The backup " + target.string() + " could not be read back: " + facts.problem);
    return {target.string(), facts.people, facts.interactions};
}

std::optional<BackupMade> backupBefore(Store& store, BackupReason reason) {
    const std::string dir = backupFolderFor(store.path());
    if (dir.empty()) return std::nullopt;
    return backupNow(store, dir, reason);
}

} // namespace rk
