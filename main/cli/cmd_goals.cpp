// rekindle goals [--json]: every goal with its period, progress, the last
// periods met or missed, and its streak, computed from the log as the Goals
// tab shows them. Never changes the file.
#include "main/cli/commands.h"
#include "core/goals/goal_status.h"
#include "core/goals/goal_text.h"
#include "core/schedule/user_settings.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <memory>
#include <ostream>

namespace rk::cli {

namespace {

std::string_view fitKey(GoalFit fit) {
    switch (fit) {
    case GoalFit::Fine: return "fine";
    case GoalFit::TooEasy: return "too_easy";
    case GoalFit::TooHard: return "too_hard";
    }
    return "fine";
}

nlohmann::ordered_json periodJson(const PeriodResult& r, GoalKind kind) {
    nlohmann::ordered_json j = {{"first", r.period.first.iso()}, {"last", r.period.last.iso()}, {"done", r.done}};
    if (kind == GoalKind::AnswerReplies) j["due"] = r.due;
    j["met"] = r.met;
    if (r.quiet) j["quiet"] = true;
    return j;
}

void printJson(std::ostream& out, const std::vector<GoalStatus>& goals) {
    using Json = nlohmann::ordered_json;
    Json list = Json::array();
    for (const GoalStatus& s : goals) {
        Json history = Json::array();
        for (const PeriodResult& r : s.history) history.push_back(periodJson(r, s.goal.kind));
        Json g = {{"id", s.goal.id},
                  {"title", s.title},
                  {"kind", goalKindKey(s.goal.kind)},
                  {"target", s.goal.target},
                  {"per", perKey(s.goal.per)},
                  {"paused", s.goal.paused()},
                  {"period", periodJson(s.current, s.goal.kind)},
                  {"daysLeft", s.daysLeft},
                  {"progress", s.progressText()},
                  {"streak", s.streak},
                  {"history", std::move(history)},
                  {"fit", fitKey(s.fit)}};
        if (s.fit != GoalFit::Fine) {
            g["betterTarget"] = s.betterTarget;
            g["advice"] = s.fitText();
        }
        list.push_back(std::move(g));
    }
    out << Json{{"goals", std::move(list)}}.dump(2, ' ', false, Json::error_handler_t::replace) << "\n";
}

void printText(std::ostream& out, const std::vector<GoalStatus>& goals) {
    if (goals.empty()) {
        out << "No goals yet. Add one with: rekindle goal add reach-out --target 5 --per week\n";
        return;
    }
    for (const GoalStatus& s : goals) {
        out << s.goal.id << ". " << s.title << (s.goal.paused() ? "  (paused)" : "") << "\n";
        out << "   " << s.progressText() << " (" << s.current.period.first.iso() << " to "
            << s.current.period.last.iso() << ")";
        if (s.current.met) out << " · met";
        if (!s.goal.paused()) out << " · " << s.timeText();
        out << "\n   last " << s.history.size() << ": ";
        for (const PeriodResult& r : s.history) out << (r.quiet ? '-' : r.met ? 'Y' : 'n');
        out << " (oldest first; Y met, n missed)";
        if (s.streak > 0) out << " · streak " << s.streak;
        out << "\n";
        if (s.fit != GoalFit::Fine) out << "   " << s.fitText() << "\n";
    }
}

} // namespace

void registerGoalsCommand(CLI::App& app, CliContext& ctx) {
    auto json = std::make_shared<bool>(false);
    CLI::App* cmd = app.add_subcommand("goals", "Show each goal with its period, progress and streak");
    cmd->add_flag("--json", *json, "Print the goals as JSON");
    cmd->callback([json, &ctx] {
        auto store = ctx.openStore(OpenMode::ReadOnly);
        const UserSettings settings = UserSettings::load(store->db());
        const auto goals =
            goalStatuses(store->db(), ctx.clock.now(), settings.weekStart(), settings.dormantDays());
        if (*json) printJson(ctx.out, goals);
        else printText(ctx.out, goals);
    });
}

} // namespace rk::cli
