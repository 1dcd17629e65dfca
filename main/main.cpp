// rekindle: with no command, opens the app; with a command, runs it and exits.
#include "main/cli/commands.h"
#include "main/gui/gui_session.h"
#include "core/db/store_error.h"
#include "core/store/backup_now.h"
#include "core/store/backup_rotation.h"
#include "platform/paths.h"
#include "platform/window.h"

#include <CLI/CLI.hpp>

#include <filesystem>
#include <iostream>

int main(int argc, char** argv) {
    rk::SystemClock clock;
    std::string dbOption;
    rk::cli::CliContext ctx{.dbPath = {}, .clock = clock, .out = std::cout, .err = std::cerr};

    CLI::App app{"Rekindle keeps your professional network warm.\n"
                 "Run with no command to open the app.",
                 "rekindle"};
    app.set_version_flag("--version", "rekindle " REKINDLE_VERSION);
    app.add_option("--db", dbOption, "The database file (default: $REKINDLE_DB, else the data folder)");
    app.require_subcommand(0, 1);
    for (auto registrar : rk::cli::allCommands()) registrar(app, ctx);

    // Resolve the database path before any command callback runs.
    app.parse_complete_callback([&] {
        ctx.dbPath = rk::platform::resolveDatabasePath(dbOption);
        if (dbOption.empty() && !std::getenv("REKINDLE_DB"))
            rk::platform::ensureDirectory(rk::platform::dataDirectory());
    });

    return rk::cli::runReportingErrors(app, ctx, [&] {
        app.parse(argc, argv);
        if (!app.get_subcommands().empty()) return;
        if (auto problem = rk::platform::displayProblem()) {
            ctx.fail(*problem);
            return;
        }
        auto store = ctx.openStore();
        // A daily copy next to the database, before anything can change.
        try {
            rk::rotateBackups(*store, rk::backupFolderFor(ctx.dbPath));
        } catch (const rk::StoreError& e) {
            std::cerr << "rekindle: could not make today's backup (" << e.what() << "); carrying on.\n";
        }
        const std::string ini = (std::filesystem::absolute(ctx.dbPath).parent_path() / "imgui.ini").string();
        rk::app::runWindow(*store, clock, ini);
    });
}
