// rekindle log CONTACT --kind email|call|coffee|meeting|message|event|other
//              [--in|--out] [--note TEXT] [--awaiting-reply] [--asked] [--gave]
//              [--at ISO-TIME]
// Logs an interaction as one undoable change and reschedules the follow-up.
// CONTACT is an id or an unambiguous part of a name.
#include "main/cli/commands.h"
#include "main/cli/contact_arg.h"
#include "core/followup/followup_text.h"
#include "core/commands/triage.h"
#include "core/repo/contact_repo.h"
#include "core/time/when_parser.h"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace rk::cli {

namespace {

struct LogArgs {
    std::vector<std::string> contact;
    std::string kind;
    bool in = false;
    bool out = false;
    std::string note;
    bool awaiting = false;
    bool asked = false;
    bool gave = false;
    std::string at;
};

std::string lower(std::string text) {
    for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

// Full ISO 8601 with seconds and a zone ("2026-03-02T14:30:00Z", "…+01:00"),
// which parseWhen (local times as people type them) does not take.
std::optional<std::int64_t> parseZonedIso(std::string_view s) {
    if (s.size() < 20 || (s[10] != 'T' && s[10] != ' ') || s[13] != ':' || s[16] != ':') return std::nullopt;
    auto date = CivilDate::parse(s.substr(0, 10));
    auto num = [&](size_t pos, size_t len, int& out) {
        auto r = std::from_chars(s.data() + pos, s.data() + pos + len, out);
        return r.ec == std::errc() && r.ptr == s.data() + pos + len;
    };
    int h = 0, m = 0, sec = 0;
    if (!date || !num(11, 2, h) || !num(14, 2, m) || !num(17, 2, sec) || h > 23 || m > 59 || sec > 59)
        return std::nullopt;
    const std::string_view zone = s.substr(19);
    int offset = 0;
    if (zone != "Z") {
        int zh = 0, zm = 0;
        if (zone.size() != 6 || (zone[0] != '+' && zone[0] != '-') || zone[3] != ':' || !num(20, 2, zh) ||
            !num(23, 2, zm))
            return std::nullopt;
        offset = (zh * 3600 + zm * 60) * (zone[0] == '-' ? -1 : 1);
    }
    return date->dayNumber() * 86400 + h * 3600 + m * 60 + sec - offset;
}

} // namespace

void registerLogCommand(CLI::App& app, CliContext& ctx) {
    auto args = std::make_shared<LogArgs>();
    CLI::App* cmd = app.add_subcommand("log", "Log an interaction with someone (and reschedule the follow-up)");
    cmd->add_option("contact", args->contact, "An id, or part of the name that matches one person")->required();
    cmd->add_option("--kind", args->kind, "email, call, coffee, meeting, message, event or other")->required();
    auto* in = cmd->add_flag("--in", args->in, "They reached out");
    auto* out = cmd->add_flag("--out", args->out, "I reached out (the default)");
    in->excludes(out);
    cmd->add_option("--note", args->note, "What it was about");
    cmd->add_flag("--awaiting-reply", args->awaiting, "I'm waiting for an answer");
    cmd->add_flag("--asked", args->asked, "I asked for help");
    cmd->add_flag("--gave", args->gave, "I gave help");
    cmd->add_option("--at", args->at,
                    "When (default now): 2026-03-02, 2026-03-02T14:30, 2026-03-02T14:30:00Z, yesterday, 3h");
    cmd->callback([args, &ctx] {
        std::string contact;
        for (const auto& word : args->contact) contact += (contact.empty() ? "" : " ") + word;
        const auto kind = kindFromKey(lower(args->kind));
        if (!kind) {
            ctx.fail("--kind: \"" + args->kind +
                         "\" is not a kind; use email, call, coffee, meeting, message, event or other.",
                     2);
            return;
        }
        const std::int64_t now = ctx.clock.now();
        std::int64_t at = now;
        if (!args->at.empty()) {
            if (auto zoned = parseZonedIso(args->at)) {
                if (*zoned > now + 60) {
                    ctx.fail("--at: that is in the future; log what already happened.", 2);
                    return;
                }
                at = *zoned;
            } else {
                auto parsed = parseWhen(args->at, now);
                if (auto* problem = std::get_if<WhenError>(&parsed)) {
                    ctx.fail("--at: " + problem->message, 2);
                    return;
                }
                at = std::get<std::int64_t>(parsed);
            }
        }

        auto store = ctx.openStore();
        const auto id = resolveContact(ctx, store->db(), contact);
        if (!id) return;
        Interaction interaction;
        interaction.contactId = *id;
        interaction.kind = *kind;
        interaction.direction = args->in ? Direction::In : Direction::Out;
        interaction.at = at;
        interaction.note = args->note;
        interaction.askedHelp = args->asked;
        interaction.gaveHelp = args->gave;
        interaction.awaitingReply = args->awaiting && !args->in;
        const TriageResult result = logInteraction(*store, interaction);
        ctx.out << result.label << " (" << shortDate(localDateOf(at), ctx.clock.today()) << ").";
        const auto card = ContactRepo(store->db()).card(*id);
        if (card && !card->nextDue.empty())
            if (auto due = CivilDate::parse(card->nextDue))
                ctx.out << " Next follow-up " << weekdayDate(*due, ctx.clock.today()) << ".";
        ctx.out << "\n";
        if (args->awaiting && args->in) ctx.err << "rekindle: --awaiting-reply is for messages you sent; ignored.\n";
    });
}

} // namespace rk::cli
