#pragma once
#include "core/db/database.h"
#include "core/store/store.h"
#include "core/time/clock.h"

#include <functional>
#include <iosfwd>
#include <memory>
#include <string>

namespace CLI {
class App;
}

namespace rk::cli {

// What every command gets: where the database is, the clock, and the streams.
// Commands print results to `out`, problems to `err`, and set `exitCode`.
struct CliContext {
    std::string dbPath;
    const Clock& clock;
    std::ostream& out;
    std::ostream& err;
    int exitCode = 0;

    // Opens (and if needed creates and upgrades) the database; throws StoreError.
    [[nodiscard]] std::unique_ptr<Store> openStore(OpenMode mode = OpenMode::ReadWriteCreate) const {
        return std::make_unique<Store>(dbPath, clock, StoreOptions{.mode = mode});
    }
    // Prints "rekindle: <message>" to err and sets a non-zero exit code.
    void fail(const std::string& message, int code = 1);
};

// Runs `body` (parsing the command line, then whatever it asks for) and turns
// what it throws into what the user sees on ctx.out and ctx.err: CLI11's own
// message and exit code for bad arguments, --help and --version; "rekindle:
// <why>" and exit 1 for anything else (a database that is not ours, a full
// disk). Returns the process's exit code.
[[nodiscard]] int runReportingErrors(CLI::App& app, CliContext& ctx,
                                     const std::function<void()>& body);

// Each command lives in its own file (cmd_<name>.cpp) and registers itself
// here: it adds a subcommand to `app` and a callback that uses `ctx`.
using CommandRegistrar = void (*)(CLI::App& app, CliContext& ctx);

} // namespace rk::cli
