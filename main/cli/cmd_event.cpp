// rekindle event add NAME --date YYYY-MM-DD [--place P] [--notes N]
// Adds an event (a meetup, a conference, a class), as one undoable change.
#include "core/commands/event_commands.h"
#include "core/time/humanize.h"
#include "main/cli/commands.h"

#include <CLI/CLI.hpp>

#include <memory>
#include <ostream>
#include <string>
#include <vector>

namespace rk::cli {

namespace {
struct EventArgs {
    std::vector<std::string> name;
    std::string date, place, notes;
};
} // namespace

void registerEventCommand(CLI::App& app, CliContext& ctx) {
    auto args = std::make_shared<EventArgs>();
    CLI::App* event = app.add_subcommand("event", "Add an event where you meet people");
    event->require_subcommand(1);
    CLI::App* add = event->add_subcommand("add", "Add a meetup, conference, meeting or class");
    add->add_option("name", args->name, "Its name, e.g. \"PyCon UK\"")->required();
    add->add_option("--date", args->date, "The day it takes place (YYYY-MM-DD)")->required();
    add->add_option("--place", args->place, "Where it takes place");
    add->add_option("--notes", args->notes, "Anything to remember about it");
    add->callback([args, &ctx] {
        Event e;
        for (const auto& part : args->name) e.name += (e.name.empty() ? "" : " ") + part;
        e.date = args->date;
        e.location = args->place;
        e.notes = args->notes;
        if (std::string problem = eventProblem(e); !problem.empty()) {
            ctx.fail((CivilDate::parse(e.date) || e.name.empty() ? "NAME: " : "--date: ") + problem, 2);
            return;
        }
        auto store = ctx.openStore();
        const EventResult r = createEvent(*store, e);
        ctx.out << r.label << " (id " << r.eventId << ").\n"
                << "Add the people you meet there with: rekindle met NAME --event \"" << e.name
                << "\"\n";
    });
}

} // namespace rk::cli
