#include "main/cli/cli_context.h"

#include <ostream>

namespace rk::cli {

void CliContext::fail(const std::string& message, int code) {
    err << "rekindle: " << message << "\n";
    exitCode = code;
}

} // namespace rk::cli
