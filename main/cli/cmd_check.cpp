#include "main/cli/commands.h"
#include "core/repo/contact_repo.h"
#include "core/store/schema.h"

#include <CLI/CLI.hpp>

#include <ostream>

namespace rk::cli {

void registerCheckCommand(CLI::App& app, CliContext& ctx) {
    CLI::App* cmd = app.add_subcommand("check", "Check the database: data format version and integrity");
    cmd->callback([&ctx] {
        // Read-only: checking must never change the file.
        auto store = ctx.openStore(OpenMode::ReadOnly);
        const std::string integrity = store->integrityCheck();
        ctx.out << "Database:     " << ctx.dbPath << "\n"
                << "Data format:  " << store->schemaVersion() << " (this Rekindle writes "
                << latestSchemaVersion() << ")\n"
                << "People:       " << ContactRepo(store->db()).count() << "\n"
                << "Integrity:    " << integrity << "\n";
        if (integrity != "ok") ctx.exitCode = 1;
    });
}

} // namespace rk::cli
