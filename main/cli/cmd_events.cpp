// rekindle events [--json]: every event, upcoming then past, with how many
// people you met there and how many you followed up. Never changes the file.
#include "core/read/event_list.h"
#include "main/cli/commands.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <memory>
#include <ostream>

namespace rk::cli {

namespace {

std::string_view statusKey(MetStatus s) {
    switch (s) {
    case MetStatus::FollowedUp: return "followed_up";
    case MetStatus::Due: return "due";
    case MetStatus::Waiting: return "waiting";
    case MetStatus::NotPlanned: return "not_planned";
    }
    return "not_planned";
}

void printJson(std::ostream& out, Database& db, const EventList& list, const CivilDate& today) {
    using Json = nlohmann::ordered_json;
    Json events = Json::array();
    for (std::size_t i = 0; i < list.size(); ++i) {
        const EventSummary& e = *list.at(i);
        Json people = Json::array();
        if (auto page = loadEventPage(db, e.id, today))
            for (const MetPersonRow& p : page->people)
                people.push_back({{"id", p.id},
                                  {"name", p.name},
                                  {"status", statusKey(p.status)},
                                  {"due", p.due ? Json(p.due->iso()) : Json(nullptr)}});
        events.push_back({{"id", e.id},
                          {"name", e.name},
                          {"date", e.dateIso},
                          {"place", e.location},
                          {"notes", e.notes},
                          {"upcoming", e.upcoming},
                          {"peopleMet", e.peopleMet},
                          {"followedUp", e.followedUp},
                          {"people", std::move(people)}});
    }
    out << Json{{"date", today.iso()}, {"events", std::move(events)}}.dump(
               2, ' ', false, Json::error_handler_t::replace)
        << "\n";
}

void printSection(std::ostream& out, const char* title, const std::vector<EventSummary>& events) {
    if (events.empty()) return;
    out << title << "\n";
    for (const EventSummary& e : events) {
        out << "  " << e.name << " — " << e.when;
        if (!e.location.empty()) out << " — " << e.location;
        out << "  [id " << e.id << "]\n    ";
        if (e.peopleMet == 0) out << "nobody added yet\n";
        else
            out << e.peopleMet << (e.peopleMet == 1 ? " person" : " people") << " met, "
                << e.followedUp << " followed up\n";
    }
}

} // namespace

void registerEventsCommand(CLI::App& app, CliContext& ctx) {
    auto json = std::make_shared<bool>(false);
    CLI::App* cmd = app.add_subcommand(
        "events", "List your events and the people you met there, upcoming then past");
    cmd->add_flag("--json", *json, "Print the events and their people as JSON");
    cmd->callback([json, &ctx] {
        auto store = ctx.openStore(OpenMode::ReadOnly);
        const CivilDate today = ctx.clock.today();
        const EventList list = loadEventList(store->db(), today);
        if (*json) {
            printJson(ctx.out, store->db(), list, today);
            return;
        }
        if (list.empty()) {
            ctx.out << "No events yet. Add one with: rekindle event add NAME --date YYYY-MM-DD\n";
            return;
        }
        printSection(ctx.out, "Upcoming", list.upcoming);
        if (!list.upcoming.empty() && !list.past.empty()) ctx.out << "\n";
        printSection(ctx.out, "Past", list.past);
    });
}

} // namespace rk::cli
