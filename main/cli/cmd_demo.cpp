#include "core/commands/contact_commands.h"
#include "core/db/store_error.h"
#include "main/cli/commands.h"

#include <CLI/CLI.hpp>

#include <memory>
#include <ostream>

namespace rk::cli {

namespace {
struct DemoArgs {
    int contacts = 150;
    std::uint64_t seed = 42;
};
} // namespace

void registerDemoCommand(CLI::App& app, CliContext& ctx) {
    auto args = std::make_shared<DemoArgs>();
    CLI::App* cmd =
        app.add_subcommand("demo", "Add a demo network of realistic people to the database");
    cmd->add_option("--contacts", args->contacts, "How many people (1 to 1,000,000)")
        ->check(CLI::Range(1, 1'000'000));
    cmd->add_option("--seed", args->seed, "The same seed always makes the same network");
    cmd->callback([args, &ctx] {
        auto store = ctx.openStore();
        const DemoResult result = addDemoNetwork(*store, args->contacts, args->seed);
        if (result.alreadyThere > 0) { // says so and changes nothing
            ctx.out << result.label << ".\n";
            return;
        }
        const DemoStats& stats = result.made;
        ctx.out << "Added " << stats.contacts << " people, " << stats.interactions
                << " interactions and " << stats.events << " events to " << ctx.dbPath << "\n";
    });
}

} // namespace rk::cli
