// rekindle add NAME [--company C] [--title T] [--email E] [--phone P]
//               [--tag T]... [--knows K]... [--circle inner|close|network|acquaintance]
// Adds a person from a script, as one undoable change.
#include "main/cli/commands.h"
#include "core/model/contact.h"
#include "core/model/contact_validation.h"
#include "core/model/enums.h"
#include "core/commands/contact_commands.h"
#include "core/repo/contact_repo.h"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <cctype>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace rk::cli {

namespace {

struct AddArgs {
    std::vector<std::string> name;
    std::string company, title, email, phone, circle;
    std::vector<std::string> tags, knows;
};

// "--tag design --tag mentor" and "--tag design,mentor" both work.
std::vector<std::string> listOf(const std::vector<std::string>& values) {
    std::string joined;
    for (const auto& v : values)
        joined += v + ",";
    return validate::splitList(joined);
}

std::string lower(std::string text) {
    for (char& c : text)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

// Everything a person could get wrong, checked before anything is written.
std::optional<std::string> build(const AddArgs& a, Contact& c) {
    std::string name;
    for (const auto& part : a.name)
        name += (name.empty() ? "" : " ") + part;
    name = std::string(validate::trim(name));
    if (auto p = validate::name(name)) return "NAME: " + *p;
    if (auto p = validate::email(validate::trim(a.email))) return "--email: " + *p;
    if (auto p = validate::phone(validate::trim(a.phone))) return "--phone: " + *p;
    if (!a.circle.empty()) {
        const auto circle = circleFromKey(lower(std::string(validate::trim(a.circle))));
        if (!circle)
            return "--circle: \"" + a.circle +
                   "\" is not a circle; use inner, close, network or acquaintance.";
        c.circle = *circle;
    }
    // "Mary Jane Watson": the last word is the family name, the rest the given.
    c.displayName = name;
    const size_t space = name.rfind(' ');
    c.givenName = space == std::string::npos ? name : name.substr(0, space);
    c.familyName = space == std::string::npos ? "" : name.substr(space + 1);
    c.company = std::string(validate::trim(a.company));
    c.title = std::string(validate::trim(a.title));
    if (!a.email.empty())
        c.methods.push_back({0, MethodKind::Email, "", std::string(validate::trim(a.email))});
    if (!a.phone.empty())
        c.methods.push_back({0, MethodKind::Phone, "", std::string(validate::trim(a.phone))});
    c.tags = listOf(a.tags);
    c.knows = listOf(a.knows);
    return std::nullopt;
}

} // namespace

void registerAddCommand(CLI::App& app, CliContext& ctx) {
    auto args = std::make_shared<AddArgs>();
    CLI::App* cmd = app.add_subcommand("add", "Add a person to your deck (undoable in the app)");
    cmd->add_option("name", args->name, "Their name, e.g. \"Ana Lima\"")->required();
    cmd->add_option("--company", args->company, "Where they work now");
    cmd->add_option("--title", args->title, "Their job title");
    cmd->add_option("--email", args->email, "An email address");
    cmd->add_option("--phone", args->phone, "A phone number");
    cmd->add_option("--tag", args->tags, "A tag (repeat, or separate with commas)");
    cmd->add_option("--knows", args->knows,
                    "Something they know about (repeat, or separate with commas)");
    cmd->add_option("--circle", args->circle, "inner, close, network (default) or acquaintance");
    cmd->callback([args, &ctx] {
        Contact contact;
        if (auto problem = build(*args, contact)) {
            ctx.fail(*problem, 2);
            return;
        }
        auto store = ctx.openStore();
        const std::int64_t sameName = static_cast<std::int64_t>(
            ContactRepo(store->db()).findByName(contact.displayName, 1000).size());
        // One change, as in the app, so its Undo takes the whole person back out.
        addContact(*store, contact);
        ctx.out << "Added " << contact.displayName << " (" << circleName(contact.circle) << ", id "
                << contact.id << ").\n";
        if (sameName > 0)
            ctx.out << "Note: you already had " << sameName
                    << (sameName == 1 ? " person" : " people")
                    << " with a name like that; check for a duplicate with: rekindle find \""
                    << contact.displayName << "\"\n";
    });
}

} // namespace rk::cli
