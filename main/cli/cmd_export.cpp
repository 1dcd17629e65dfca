// rekindle export FILE [--format vcard|csv|ics|json]: the network as vCard 4.0,
// CSV, iCalendar (follow-ups and birthdays) or a complete JSON backup. The
// format comes from the extension when not given.
#include "main/cli/commands.h"
#include "core/io/export/export_file.h"

#include <CLI/CLI.hpp>

#include <memory>
#include <ostream>
#include <string>

namespace rk::cli {

namespace {
struct ExportArgs {
    std::string file;
    std::string format;
};
} // namespace

void registerExportCommand(CLI::App& app, CliContext& ctx) {
    auto args = std::make_shared<ExportArgs>();
    CLI::App* cmd = app.add_subcommand(
        "export", "Export the network: vCard 4.0 (.vcf), CSV (.csv), the follow-ups and birthdays as "
                  "iCalendar (.ics), or a complete JSON backup (.json) that import restores exactly");
    cmd->add_option("file", args->file, "Where to write; the extension picks the format")->required();
    cmd->add_option("--format", args->format, "vcard, csv, ics or json (default: from the extension)")
        ->check(CLI::IsMember({"vcard", "vcf", "csv", "ics", "ical", "json"}, CLI::ignore_case));
    cmd->callback([args, &ctx] {
        const auto format = args->format.empty() ? exportFormatFromFileName(args->file)
                                                 : exportFormatFromKey(args->format);
        if (!format) {
            ctx.fail("can't tell the format from \"" + args->file +
                         "\": name it .vcf, .csv, .ics or .json, or pass --format",
                     2);
            return;
        }
        // Exporting only reads.
        auto store = ctx.openStore(OpenMode::ReadOnly);
        const ExportResult result = exportToFile(store->db(), args->file, *format, ctx.clock.now());
        if (!result.error.empty()) {
            ctx.fail(result.error);
            return;
        }
        ctx.out << "Wrote " << args->file << " (" << exportFormatKey(*format) << ", " << result.bytes
                << " bytes).\n";
    });
}

} // namespace rk::cli
