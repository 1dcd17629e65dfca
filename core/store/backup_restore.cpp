#include "core/store/backup_restore.h"

#include "core/db/database.h"
#include "core/db/store_error.h"
#include "core/store/store.h"

#include <filesystem>

namespace rk {

namespace fs = std::filesystem;

namespace {

// Every page of the backup is readable and its indexes agree with its tables.
void requireIntact(const std::string& path) {
    std::string verdict;
    try {
        Database db(path, OpenMode::Snapshot);
        verdict = db.queryText("PRAGMA quick_check");
    } catch (const StoreError& e) {
        verdict = e.what();
    }
    if (verdict != "ok")
        throw StoreError("This backup is damaged (" + verdict + "), so it was not restored. Your data is unchanged.");
}

} // namespace

RestoreDone restoreBackupFile(Store& store, const std::string& backupPath) {
    std::error_code ec;
    if (!fs::is_regular_file(backupPath, ec))
        throw StoreError("There is no backup at " + backupPath + ". Your data is unchanged.");
    if (fs::equivalent(backupPath, store.path(), ec))
        throw StoreError("That file is the database Rekindle has open, not a backup of it.");
    const BackupFacts facts = inspectBackup(backupPath);
    if (!facts.readable) throw StoreError(facts.problem + " It was not restored. Your data is unchanged.");
    requireIntact(backupPath);

    RestoreDone done;
    const auto kept = backupBefore(store, BackupReason::BeforeRestore);
    if (kept) done.keptAs = *kept;
    store.replaceWith(backupPath);
    done.people = store.db().queryInt("SELECT count(*) FROM contacts WHERE deleted_at IS NULL");
    done.interactions = store.db().queryInt("SELECT count(*) FROM interactions");
    return done;
}

} // namespace rk
