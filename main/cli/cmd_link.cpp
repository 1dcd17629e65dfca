// rekindle link A B --kind knows|works-with|manager-of|reports-to|family|
//                          introduced|school [--note TEXT]
// Records how two of your people know each other, as one undoable change:
// what "who can introduce me?" (rekindle intro) walks.
#include "main/cli/commands.h"
#include "main/cli/contact_arg.h"
#include "core/commands/link_commands.h"
#include "core/db/store_error.h"
#include "core/store/store.h"

#include <CLI/CLI.hpp>

#include <memory>
#include <ostream>
#include <string>
#include <utility>

namespace rk::cli {

namespace {

struct LinkArgs {
    std::string a, b;
    std::string kind = "knows";
    std::string note;
};

} // namespace

void registerLinkCommand(CLI::App& app, CliContext& ctx) {
    auto args = std::make_shared<LinkArgs>();
    CLI::App* cmd = app.add_subcommand("link", "Record that two of your people know each other (for warm introductions)");
    cmd->add_option("a", args->a, "The first person: an id, or part of the name")->required();
    cmd->add_option("b", args->b, "The second person")->required();
    cmd->add_option("--kind", args->kind,
                    "How A knows B: knows (the default), works-with, manager-of, reports-to, family, "
                    "introduced (A introduced you to B) or school");
    cmd->add_option("--note", args->note, "A line about how they know each other");
    cmd->callback([args, &ctx] {
        bool reversed = false;
        const auto kind = linkKindFromKey(args->kind, &reversed);
        if (!kind) {
            ctx.fail("--kind: \"" + args->kind +
                     "\" is not a kind of link. Use knows, works-with, manager-of, reports-to, family, introduced or school.",
                     2);
            return;
        }
        auto store = ctx.openStore(OpenMode::ReadWrite);
        auto a = resolveContact(ctx, store->db(), args->a);
        if (!a) return;
        auto b = resolveContact(ctx, store->db(), args->b);
        if (!b) return;
        if (reversed) std::swap(*a, *b); // "A reports to B" is "B is the manager of A"
        try {
            const ChangeResult done = linkPeople(*store, *a, *b, *kind, args->note);
            ctx.out << done.label << ".\n";
        } catch (const StoreError& e) {
            ctx.fail(e.what());
        }
    });
}

} // namespace rk::cli
