// rekindle today [--date YYYY-MM-DD] [--json]: today's follow-up queue, in the
// order the Today tab shows it, with every reason. Never changes the file.
#include "main/cli/commands.h"
#include "core/followup/followup_planner.h"
#include "core/followup/followup_text.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <memory>
#include <ostream>
#include <string>

namespace rk::cli {

namespace {

struct TodayArgs {
    std::string date;
    bool json = false;
};

std::string_view reasonKey(DueReason kind) {
    switch (kind) {
    case DueReason::AwaitingReply: return "awaiting_reply";
    case DueReason::Reminder: return "reminder";
    case DueReason::Birthday: return "birthday";
    case DueReason::Cadence: return "cadence";
    case DueReason::Rekindle: return "rekindle";
    }
    return "cadence";
}

void printJson(std::ostream& out, const TodayQueue& queue) {
    using Json = nlohmann::ordered_json;
    Json items = Json::array();
    for (const QueueItem& item : queue.items) {
        Json reasons = Json::array();
        for (const QueueReason& r : item.reasons) {
            Json reason = {{"kind", reasonKey(r.kind)}, {"due", r.due.iso()},
                           {"daysOverdue", r.daysOverdue}, {"text", r.text}};
            if (r.reminderId) reason["reminderId"] = r.reminderId;
            if (r.interactionId) reason["interactionId"] = r.interactionId;
            reasons.push_back(std::move(reason));
        }
        items.push_back({{"id", item.contactId},
                         {"name", item.name},
                         {"role", item.roleLine},
                         {"circle", circleKey(item.circle)},
                         {"daysOverdue", item.daysOverdue()},
                         {"snoozeCount", item.snoozeCount},
                         {"reasons", std::move(reasons)},
                         {"lastInteraction", item.lastInteraction},
                         {"opener", item.opener.empty() ? Json(nullptr) : Json(item.opener)}});
    }
    const Json doc = {{"date", queue.date.iso()},
                      {"count", queue.total},
                      {"dueToday", queue.dueToday()},
                      {"doneToday", queue.doneToday},
                      {"snoozedToday", queue.snoozedToday},
                      {"skippedToday", queue.skippedToday},
                      {"streakDays", queue.streakDays},
                      {"items", std::move(items)}};
    out << doc.dump(2, ' ', false, Json::error_handler_t::replace) << "\n";
}

void printText(std::ostream& out, const TodayQueue& queue, const CivilDate& today) {
    const std::string day = weekdayDate(queue.date, today);
    if (queue.items.empty()) {
        out << "All caught up for " << day << ".";
        if (queue.streakDays > 1) out << " " << queue.streakDays << " days in a row.";
        out << "\n";
        return;
    }
    out << day << ": " << queue.total << (queue.total == 1 ? " person" : " people") << " to follow up";
    if (queue.handledToday() > 0)
        out << " (" << queue.handledToday() << " of " << queue.dueToday() << " handled today)";
    out << "\n";
    int n = 0;
    for (const QueueItem& item : queue.items) {
        out << "\n" << ++n << ". " << item.name;
        if (!item.roleLine.empty()) out << " — " << item.roleLine;
        out << "  [" << circleKey(item.circle) << "]";
        if (item.snoozeCount > 0)
            out << "  snoozed " << item.snoozeCount << (item.snoozeCount == 1 ? " time" : " times");
        out << "\n";
        for (const QueueReason& r : item.reasons) out << "   · " << r.text << "\n";
        out << "   last: " << item.lastInteraction << "\n";
        if (!item.opener.empty()) out << "   opener: " << item.opener << "\n";
    }
}

} // namespace

void registerTodayCommand(CLI::App& app, CliContext& ctx) {
    auto args = std::make_shared<TodayArgs>();
    CLI::App* cmd = app.add_subcommand("today", "Show today's follow-ups in queue order, with their reasons");
    cmd->add_option("--date", args->date, "Show the queue for this day instead (YYYY-MM-DD)");
    cmd->add_flag("--json", args->json, "Print the queue as JSON");
    cmd->callback([args, &ctx] {
        const CivilDate today = ctx.clock.today();
        CivilDate date = today;
        if (!args->date.empty()) {
            auto parsed = CivilDate::parse(args->date);
            if (!parsed) {
                ctx.fail("--date: \"" + args->date + "\" is not a date; use YYYY-MM-DD, e.g. " +
                             today.iso() + ".",
                         2);
                return;
            }
            date = *parsed;
        }
        // Read-only: looking at the queue must never change the file.
        auto store = ctx.openStore(OpenMode::ReadOnly);
        FollowUpPlanner planner(store->db());
        const TodayQueue queue =
            planner.build(date, {.limit = QueueOptions::kAll, .countCap = QueueOptions::kAll});
        if (args->json) printJson(ctx.out, queue);
        else printText(ctx.out, queue, today);
    });
}

} // namespace rk::cli
