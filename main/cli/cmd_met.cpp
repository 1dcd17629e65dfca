// rekindle met NAME --event EVENT [--note TEXT] [--company C]
// "I met someone": adds the person with a follow-up within the setting's 48
// hours, the reason "met at <event> on <date>", as one undoable change.
#include "core/commands/event_commands.h"
#include "core/read/event_list.h"
#include "core/time/humanize.h"
#include "main/cli/commands.h"
#include "main/cli/event_lookup.h"

#include <CLI/CLI.hpp>

#include <memory>
#include <ostream>
#include <string>
#include <vector>

namespace rk::cli {

namespace {
struct MetArgs {
    std::vector<std::string> name;
    std::string event, note, company, introducedBy;
};
} // namespace

void registerMetCommand(CLI::App& app, CliContext& ctx) {
    auto args = std::make_shared<MetArgs>();
    CLI::App* cmd = app.add_subcommand(
        "met", "Add someone you met at an event, with a follow-up in Today within 48 hours");
    cmd->add_option("name", args->name, "Their name, e.g. \"Ana Lima\"")->required();
    cmd->add_option("--event", args->event, "The event: its name (or part of it) or its id")
        ->required();
    cmd->add_option("--note", args->note, "One line to remember them by");
    cmd->add_option("--company", args->company, "Where they work");
    cmd->add_option("--introduced-by", args->introducedBy,
                    "Who introduced you (a name in your network): they hear how it went later");
    cmd->callback([args, &ctx] {
        MetPerson person;
        for (const auto& part : args->name) person.name += (person.name.empty() ? "" : " ") + part;
        person.context = args->note;
        person.company = args->company;
        person.introducedBy = args->introducedBy;
        auto store = ctx.openStore();
        std::string why;
        const auto id = findEvent(loadEventList(store->db(), ctx.clock.today()), args->event, why);
        if (!id) {
            ctx.fail("--event: " + why, 2);
            return;
        }
        person.eventId = *id;
        const MetResult r = addPersonMet(*store, person);
        ctx.out << r.label << ".\n"
                << "They will be in Today on " << weekdayDate(r.due, ctx.clock.today())
                << " with the reason \"" << r.reason << "\" (id " << r.contactId << ").\n";
    });
}

} // namespace rk::cli
