#include "main/cli/contact_arg.h"

#include "core/repo/contact_repo.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <ostream>
#include <vector>

namespace rk::cli {

namespace {

std::string lower(std::string text) {
    for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

bool allDigits(const std::string& text) {
    return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

} // namespace

std::optional<ContactId> resolveContact(CliContext& ctx, Database& db, const std::string& text) {
    ContactRepo contacts(db);
    if (allDigits(text)) {
        ContactId id = 0;
        std::from_chars(text.data(), text.data() + text.size(), id);
        auto found = contacts.get(id);
        if (found && !found->deletedAt) return id;
        ctx.fail("There is no contact with id " + text + ".", 1);
        return std::nullopt;
    }
    const auto matches = contacts.findByName(text, 20);
    if (matches.size() == 1) return matches.front().id;
    std::vector<const ContactCard*> exact;
    for (const auto& m : matches)
        if (lower(m.displayName) == lower(text)) exact.push_back(&m);
    if (exact.size() == 1) return exact.front()->id;
    if (matches.empty()) {
        ctx.fail("No one's name contains \"" + text + "\". Try `rekindle find " + text + "`.", 1);
        return std::nullopt;
    }
    ctx.fail("\"" + text + "\" matches more than one person; give more of the name or the id:", 2);
    for (const auto& m : matches) {
        ctx.err << "  " << m.id << "  " << m.displayName;
        if (!m.company.empty()) ctx.err << " — " << m.company;
        ctx.err << "\n";
    }
    if (matches.size() == 20) ctx.err << "  … and maybe more\n";
    return std::nullopt;
}

} // namespace rk::cli
