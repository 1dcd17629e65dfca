#pragma once
// A person named on the command line: an id, or a part of the name that
// matches one person (or one person's whole name exactly).
#include "main/cli/cli_context.h"
#include "core/model/contact.h"

#include <optional>
#include <string>

namespace rk {
class Database;
}

namespace rk::cli {

// The contact, or nullopt after printing why not (none, or the candidates
// when several match) through ctx.fail.
[[nodiscard]] std::optional<ContactId> resolveContact(CliContext& ctx, Database& db, const std::string& text);

} // namespace rk::cli
