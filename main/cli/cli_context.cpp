#include "main/cli/cli_context.h"

#include "core/db/store_problem.h"

#include <CLI/CLI.hpp>

#include <exception>
#include <ostream>

namespace rk::cli {

void CliContext::fail(const std::string& message, int code) {
    err << "rekindle: " << message << "\n";
    exitCode = code;
}

int runReportingErrors(CLI::App& app, CliContext& ctx, const std::function<void()>& body) {
    try {
        body();
    } catch (const CLI::ParseError& e) {
        return app.exit(e, ctx.out, ctx.err);
    } catch (const StoreError& e) { // busy and disk-full errors in plain words
        ctx.fail(explainStoreError(e));
    } catch (const std::exception& e) {
        ctx.fail(e.what());
    }
    return ctx.exitCode;
}

} // namespace rk::cli
