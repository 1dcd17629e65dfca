// rekindle goal add KIND --target N --per week|month: a new goal, as the
// Goals tab adds one (one undoable change).
#include "main/cli/commands.h"
#include "core/commands/goal_commands.h"
#include "core/goals/goal_text.h"

#include <CLI/CLI.hpp>

#include <memory>
#include <ostream>

namespace rk::cli {

namespace {

struct GoalAddArgs {
    std::string kind;
    int target = 0;
    std::string per = "week";
};

std::string kindKeys() {
    std::string keys;
    for (int i = 0; i < kGoalKindCount; ++i) {
        if (i) keys += ", ";
        keys += goalKindKey(static_cast<GoalKind>(i));
    }
    return keys;
}

} // namespace

void registerGoalCommand(CLI::App& app, CliContext& ctx) {
    CLI::App* goal = app.add_subcommand("goal", "Add a goal");
    goal->require_subcommand(1);
    auto args = std::make_shared<GoalAddArgs>();
    CLI::App* add = goal->add_subcommand("add", "Add a goal: rekindle goal add reach-out --target 5 --per week");
    add->add_option("KIND", args->kind, "What to count: " + kindKeys())->required();
    add->add_option("--target", args->target, "How many (for answer-replies: within how many days)")->required();
    add->add_option("--per", args->per, "week or month (default: week)");
    add->callback([args, &ctx] {
        const auto kind = goalKindFromKey(args->kind);
        if (!kind) {
            ctx.fail("\"" + args->kind + "\" is not a kind of goal; use one of: " + kindKeys() + ".", 2);
            return;
        }
        const auto per = perFromKey(args->per);
        if (!per) {
            ctx.fail("--per: \"" + args->per + "\" is not a period; use week or month.", 2);
            return;
        }
        if (auto problem = checkGoalTarget(*kind, args->target, *per)) {
            ctx.fail("--target: " + *problem + ".", 2);
            return;
        }
        auto store = ctx.openStore();
        std::int64_t id = 0;
        const ChangeResult r = addGoal(*store, {*kind, args->target, *per}, &id);
        ctx.out << r.label << " (goal " << id << ")\n";
    });
}

} // namespace rk::cli
