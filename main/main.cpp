// rekindle: with no command, opens the app (on FILE's import preview when
// one is given); with a command, runs it and exits.
#include "main/cli/commands.h"
#include "main/gui/gui_session.h"
#include "platform/crash_report.h"
#include "platform/paths.h"
#include "platform/window.h"

#include <CLI/CLI.hpp>

#include <filesystem>
#include <iostream>
#include <optional>

int main(int argc, char** argv) {
    rk::SystemClock clock;
    std::string dbOption;
    std::string importFile;
    std::optional<rk::platform::PastCrash> pastCrash;
    rk::cli::CliContext ctx{.dbPath = {}, .clock = clock, .out = std::cout, .err = std::cerr};

    CLI::App app{"Rekindle keeps your professional network warm.\n"
                 "Run with no command to open the app; with a FILE (.vcf or .csv), the app opens\n"
                 "on that file's import preview.",
                 "rekindle"};
    app.set_version_flag("--version", "rekindle " REKINDLE_VERSION);
    app.add_option("--db", dbOption, "The database file (default: $REKINDLE_DB, else the data folder)");
    app.add_option("FILE", importFile, "A file to import, as \"Open with Rekindle\" passes it")
        ->check(CLI::ExistingFile);
    app.require_subcommand(0, 1);
    for (auto registrar : rk::cli::allCommands()) registrar(app, ctx);

    // Resolve the database path before any command callback runs.
    app.parse_complete_callback([&] {
        ctx.dbPath = rk::platform::resolveDatabasePath(dbOption);
        if (dbOption.empty() && !std::getenv("REKINDLE_DB"))
            rk::platform::ensureDirectory(rk::platform::dataDirectory());
        // Crash reports live beside the database: the last run's is told once.
        const std::string folder = std::filesystem::absolute(ctx.dbPath).parent_path().string();
        pastCrash = rk::platform::takeCrashReport(folder);
        rk::platform::installCrashHandlers(folder, REKINDLE_VERSION);
        if (pastCrash && !app.get_subcommands().empty())
            std::cerr << "rekindle: " << rk::platform::pastCrashMessage(*pastCrash) << "\n";
    });

    return rk::cli::runReportingErrors(app, ctx, [&] {
        app.parse(argc, argv);
        if (!app.get_subcommands().empty()) return;
        if (auto problem = rk::platform::displayProblem()) {
            ctx.fail(*problem);
            return;
        }
        try {
            ctx.exitCode = rk::app::runWindow(
                {.dbPath = ctx.dbPath,
                 .importFile = importFile,
                 .notice = pastCrash ? rk::platform::pastCrashMessage(*pastCrash) : std::string()},
                clock);
        } catch (const std::exception& e) {
            // The message may quote a path or a name: the report keeps only its kind.
            rk::platform::writeFatalErrorReport(e);
            throw;
        }
    });
}
