// rekindle find QUERY [--json] [--limit N]: the deck's search and the "who do
// I know…?" query language on the command line.
#include "main/cli/commands.h"
#include "core/model/enums.h"
#include "core/search/contact_search.h"

#include <CLI/CLI.hpp>

#include <cstdio>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

namespace rk::cli {

namespace {

struct FindArgs {
    std::vector<std::string> words;
    bool json = false;
    int limit = 50;
};

std::string jsonString(std::string_view text) {
    std::string out = "\"";
    for (char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        switch (ch) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (c < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            } else {
                out += ch; // UTF-8 passes through as is
            }
        }
    }
    return out + '"';
}

void printJson(std::ostream& out, const std::string& text, const SearchPage& page) {
    out << "{\"query\": " << jsonString(text) << ", \"count\": " << page.hits.size()
        << ", \"more\": " << (page.hasMore ? "true" : "false") << ", \"people\": [";
    for (size_t i = 0; i < page.hits.size(); ++i) {
        const SearchHit& hit = page.hits[i];
        const ContactCard& c = hit.card;
        out << (i ? ",\n  " : "\n  ") << "{\"id\": " << c.id
            << ", \"name\": " << jsonString(c.displayName)
            << ", \"company\": " << jsonString(c.company) << ", \"title\": " << jsonString(c.title)
            << ", \"circle\": " << jsonString(circleKey(c.circle))
            << ", \"warmth\": " << jsonString(warmthKey(hit.warmth.level))
            << ", \"lastContactAt\": ";
        if (c.lastContactAt)
            out << *c.lastContactAt;
        else
            out << "null";
        out << ", \"nextDue\": " << jsonString(c.nextDue) << ", \"matched\": [";
        for (size_t m = 0; m < hit.matches.size(); ++m)
            out << (m ? ", " : "") << jsonString(describeMatch(hit.matches[m]));
        out << "]}";
    }
    out << (page.hits.empty() ? "]}\n" : "\n]}\n");
}

void printText(std::ostream& out, const std::string& text, const SearchPage& page) {
    if (page.hits.empty()) {
        out << "No one matches \"" << text << "\".\n";
        return;
    }
    for (const SearchHit& hit : page.hits) {
        const ContactCard& c = hit.card;
        out << c.displayName;
        if (!c.title.empty() && !c.company.empty())
            out << " — " << c.title << " at " << c.company;
        else if (!c.title.empty() || !c.company.empty())
            out << " — " << c.title << c.company;
        out << "  [" << warmthKey(hit.warmth.level) << "]";
        // A name match explains itself; anything else says where it was found.
        if (!hit.matches.empty() && hit.matches.front().field != MatchField::Name)
            out << "  (" << hit.matchLabel() << ")";
        out << "\n";
    }
    if (page.hasMore)
        out << "… and more: narrow the search or raise --limit (now " << page.hits.size() << ").\n";
}

// "  at:\n  ^~~" under the query, pointing at the problem.
void pointAt(std::ostream& err, const std::string& text, const QueryProblem& problem) {
    err << "  " << text << "\n  ";
    int column = 0;
    for (int i = 0; i < problem.position && i < static_cast<int>(text.size()); ++i)
        if ((static_cast<unsigned char>(text[static_cast<size_t>(i)]) & 0xC0) != 0x80) ++column;
    err << std::string(static_cast<size_t>(column), ' ') << "^\n";
}

} // namespace

void registerFindCommand(CLI::App& app, CliContext& ctx) {
    auto args = std::make_shared<FindArgs>();
    CLI::App* cmd = app.add_subcommand(
        "find", "Find people: free text and at:COMPANY in:INDUSTRY role:TITLE knows:TOPIC "
                "tag:TAG circle:CIRCLE (quote values with spaces: 'at:\"Index Ventures\"')");
    cmd->add_option("query", args->words, "What to look for, e.g. at:Stripe or knows:kubernetes jo")
        ->required();
    cmd->add_flag("--json", args->json, "Print the matches as JSON");
    cmd->add_option("--limit", args->limit, "Show at most this many people (default 50)")
        ->check(CLI::Range(1, 10'000));
    cmd->callback([args, &ctx] {
        std::string text;
        for (const auto& w : args->words)
            text += (text.empty() ? "" : " ") + w;
        const SearchQuery query = parseSearchQuery(text);
        if (!query.ok()) {
            ctx.fail(query.problems.front().message, 2);
            pointAt(ctx.err, text, query.problems.front());
            return;
        }
        if (query.empty()) {
            ctx.fail("Nothing to look for: give a name, a word, or a prefix such as at:Stripe.", 2);
            return;
        }
        // Read-only: finding must never change the file.
        auto store = ctx.openStore(OpenMode::ReadOnly);
        ContactSearch search(store->db(), ctx.clock);
        const SearchPage page = search.search(query, {}, SearchSort::Relevance, 0, args->limit);
        if (args->json)
            printJson(ctx.out, text, page);
        else
            printText(ctx.out, text, page);
    });
}

} // namespace rk::cli
