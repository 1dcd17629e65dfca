#include "main/cli/commands.h"
#include "main/gui/gui_session.h"
#include "core/open/open_problem.h"
#include "core/repo/contact_repo.h"
#include "core/store/store.h"
#include "platform/window.h"

#include <CLI/CLI.hpp>

#include <cstdio>
#include <map>
#include <memory>
#include <ostream>
#include <variant>

namespace rk::cli {

namespace {
struct ScreenshotArgs {
    std::string file;
    std::string view = "today";
    std::string size = "430x880";
    bool dark = false;
    std::int64_t contact = 0;
    std::vector<std::string> keys;
    std::string importFile;
};

const std::map<std::string, app::Tab> kViews = {{"today", app::Tab::Today},
                                                {"deck", app::Tab::Deck},
                                                {"log", app::Tab::Log},
                                                {"goals", app::Tab::Goals},
                                                {"more", app::Tab::More}};
} // namespace

void registerScreenshotCommand(CLI::App& app, CliContext& ctx) {
    auto args = std::make_shared<ScreenshotArgs>();
    CLI::App* cmd = app.add_subcommand("screenshot", "Render a view offscreen and save it as a PNG");
    cmd->add_option("FILE", args->file, "Where to write the PNG")->required();
    cmd->add_option("--view", args->view, "today, deck, log, goals or more")
        ->check(CLI::IsMember({"today", "deck", "log", "goals", "more"}));
    cmd->add_option("--size", args->size, "Width x height in logical pixels, e.g. 430x880");
    cmd->add_flag("--dark", args->dark, "Use the dark theme");
    cmd->add_option("--contact", args->contact, "Show this contact's page (its id, as `rekindle find --json` prints)")
        ->check(CLI::PositiveNumber);
    cmd->add_option("--press", args->keys,
                    "Keys to press first, one a frame: letters, punctuation such as /, Ctrl+LETTER, Enter, Esc, Tab, Up, Down, Left, Right, or text:WORDS to type "
                    "(e.g. --press E or --press J,Enter). They act for real on the database")
        ->delimiter(',');
    cmd->add_option("--import", args->importFile,
                    "Open the import preview for this file first, as if it were dropped on the window "
                    "(--press keys then act on the preview)")
        ->check(CLI::ExistingFile);
    cmd->callback([args, &ctx] {
        int w = 0, h = 0;
        char tail = 0;
        if (std::sscanf(args->size.c_str(), "%dx%d%c", &w, &h, &tail) != 2 || w < 200 || h < 200 ||
            w > 8192 || h > 8192) {
            ctx.fail("--size must look like 430x880 (each side between 200 and 8192).", 2);
            return;
        }
        if (auto problem = platform::displayProblem()) {
            ctx.fail(*problem, 1);
            return;
        }
        // A file that can't be opened gets the screen the app would show for it.
        OpenResult opened = openOrExplain(ctx.dbPath, ctx.clock);
        if (const auto* problem = std::get_if<OpenProblem>(&opened)) {
            ctx.err << "rekindle: " << problem->explanation << "\n";
            app::renderProblemScreenshot(*problem, args->file, w, h, args->dark);
            ctx.out << "Wrote " << args->file << " (the screen for a file that can't be opened)\n";
            return;
        }
        auto& store = std::get<std::unique_ptr<Store>>(opened);
        if (args->contact != 0 && !ContactRepo(store->db()).get(args->contact)) {
            ctx.fail("There is no contact with id " + std::to_string(args->contact) + ".", 2);
            return;
        }
        const int missing = app::renderScreenshot(*store, ctx.clock, args->file, kViews.at(args->view), w, h,
                                                  args->dark, args->contact, args->keys, args->importFile);
        ctx.out << "Wrote " << args->file << "\n";
        // For tests that prove a screen complete: silent when nothing is missing.
        if (missing > 0) ctx.err << "missing glyphs: " << missing << "\n";
    });
}

} // namespace rk::cli
