// rekindle import FILE [--format vcard|linkedin|csv|json] [--dry-run] [--list]:
// the import preview on the command line, then the import itself.
//
// Exit codes: 0 all imported; 1 the file was refused as a whole (nothing
// imported); 3 some cards or rows were rejected (the rest imported, or would
// be with --dry-run); 2 a usage error. Empty rows that are skipped (LinkedIn's
// members who left) are no rejection: a file with only those problems is 0.
#include "main/cli/commands.h"
#include "core/io/import/import_file.h"

#include <CLI/CLI.hpp>

#include <filesystem>
#include <memory>
#include <ostream>
#include <string>

namespace rk::cli {

namespace {

struct ImportArgs {
    std::string file;
    std::string format;
    bool dryRun = false;
    bool list = false;
};

constexpr std::size_t kShown = 50; // per kind, unless --list

void printEntries(std::ostream& out, const ImportPlan& plan, ImportAction action, bool all) {
    std::size_t shown = 0, total = 0;
    for (const auto& e : plan.entries) {
        if (e.action != action) continue;
        ++total;
        if (!all && shown >= kShown) continue;
        ++shown;
        out << "  " << importActionName(action) << std::string(10 - importActionName(action).size(), ' ');
        if (action == ImportAction::Rejected) {
            out << describeProblem(plan.file, {ProblemSeverity::Error, e.line, e.detail}) << "\n";
            continue;
        }
        out << e.name;
        if (e.existingId && e.existingName != e.name) out << " → " << e.existingName;
        if (!e.matchedBy.empty()) out << " (by " << e.matchedBy << ")";
        if (!e.detail.empty()) out << ": " << e.detail;
        out << "\n";
    }
    if (total > shown) out << "  … and " << total - shown << " more " << importActionName(action) << " (see --list)\n";
}

} // namespace

void registerImportCommand(CLI::App& app, CliContext& ctx) {
    auto args = std::make_shared<ImportArgs>();
    CLI::App* cmd = app.add_subcommand(
        "import", "Import contacts from vCard, a LinkedIn Connections.csv, any CSV or a Rekindle JSON "
                  "backup. Prints the preview (new, merged, unchanged, rejected) and imports in one "
                  "undoable step. Exit code 1: file refused; 3: some entries rejected.");
    cmd->add_option("file", args->file, "The file to import")->required();
    cmd->add_option("--format", args->format, "vcard, linkedin, csv or json (default: detected)")
        ->check(CLI::IsMember({"vcard", "vcf", "linkedin", "csv", "json"}, CLI::ignore_case));
    cmd->add_flag("--dry-run", args->dryRun, "Only show what would happen; change nothing");
    cmd->add_flag("--list", args->list, "List every entry, not only the first " + std::to_string(kShown) + " of each kind");
    cmd->callback([args, &ctx] {
        const FileBytes file = readFileBytes(args->file);
        if (!file.error.empty()) {
            ctx.fail(file.error);
            return;
        }
        ImportSource source;
        source.fileName = std::filesystem::path(args->file).filename().string();
        source.bytes = file.bytes;
        if (!args->format.empty()) source.format = importFormatFromKey(args->format);

        // A dry run never creates or touches the database file.
        std::unique_ptr<Store> store;
        if (!args->dryRun) store = ctx.openStore();
        else if (std::filesystem::exists(ctx.dbPath)) store = ctx.openStore(OpenMode::ReadOnly);
        else store = std::make_unique<Store>(":memory:", ctx.clock);

        const ImportPlan plan = previewImport(store->db(), source);
        if (!plan.fatal.empty()) {
            ctx.fail(source.fileName + ": " + plan.fatal + ". Nothing was imported.");
            return;
        }
        std::ostream& out = ctx.out;
        out << source.fileName << ": " << plan.summary() << "\n";
        if (plan.restore) out << "  A complete backup into an empty database: restores " << plan.restoreSummary << ".\n";
        for (auto action : {ImportAction::Rejected, ImportAction::Merge, ImportAction::New, ImportAction::Unchanged})
            if (action != ImportAction::Unchanged || args->list) printEntries(out, plan, action, args->list);
        if (plan.rejectedCount > plan.entries.size()) // past the reader's problem limit
            out << "  (more rejections were counted than listed)\n";
        if (plan.skippedCount) out << "  skipped   " << plan.skippedSentence() << "\n";
        for (const auto& w : plan.warnings) out << "  " << describeProblem(source.fileName, w) << "\n";

        if (args->dryRun) {
            out << "Dry run: nothing was changed.\n";
        } else if (!plan.canCommit()) {
            out << "Nothing to import.\n";
        } else {
            const ImportOutcome done = commitImport(*store, plan);
            out << "Imported: " << done.added << " added, " << done.merged << " merged";
            if (done.unchanged) out << ", " << done.unchanged << " already up to date";
            out << ".\n";
            if (!done.backupPath.empty()) out << "Your data from before the import is kept in " << done.backupPath << "\n";
        }
        if (plan.rejectedCount > 0) ctx.exitCode = 3;
    });
}

} // namespace rk::cli
