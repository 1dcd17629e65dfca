// rekindle backup [DIR]: a consistent copy of the database now, through
// SQLite's online backup API, into DIR or the folder the daily backups live
// in (backups/ beside the database), where More → Your data can restore it.
// Exit codes: 0 written; 1 not written (no database, a folder that cannot be
// made or written, a full disk), with the reason on stderr.
#include "main/cli/commands.h"
#include "core/db/store_error.h"
#include "core/store/backup_now.h"

#include <CLI/CLI.hpp>

#include <memory>
#include <ostream>
#include <string>

namespace rk::cli {

namespace {
std::string counted(std::int64_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}
} // namespace

void registerBackupCommand(CLI::App& app, CliContext& ctx) {
    auto dir = std::make_shared<std::string>();
    CLI::App* cmd = app.add_subcommand(
        "backup", "Write a backup of the database now (a consistent copy, safe while the app is open) "
                  "into DIR, by default the backups folder beside the database that the app's "
                  "More → Your data lists and restores from");
    cmd->add_option("dir", *dir, "The folder to write the backup into (created if missing)");
    cmd->callback([dir, &ctx] {
        // A backup only reads the database.
        auto store = ctx.openStore(OpenMode::ReadOnly);
        const std::string folder = dir->empty() ? backupFolderFor(ctx.dbPath) : *dir;
        try {
            const BackupMade made = backupNow(*store, folder, BackupReason::Manual);
            ctx.out << "Backed up " << counted(made.people, "person", "people") << " and "
                    << counted(made.interactions, "interaction", "interactions") << " to " << made.path
                    << "\n";
        } catch (const StoreError& e) {
            ctx.fail(e.what());
        }
    });
}

} // namespace rk::cli
