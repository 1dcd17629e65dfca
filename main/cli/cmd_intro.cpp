// rekindle intro TARGET [--json] [--limit N]: who can introduce you to a
// person, or to someone at a company (at:Stripe), in an industry
// (in:Fintech), with a role (role:Recruiter) or who knows a topic
// (knows:kubernetes). Each path is the people from your first contact to
// the target, the links between them, and how warm you are with the first.
#include "main/cli/commands.h"
#include "core/intro/intro_paths.h"
#include "core/repo/contact_repo.h"
#include "core/store/store.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <memory>
#include <set>
#include <ostream>
#include <string>
#include <unordered_map>
#include <vector>

namespace rk::cli {

namespace {

struct IntroArgs {
    std::vector<std::string> target;
    bool json = false;
    int limit = 10;
};

std::string lastTalked(const Warmth& w) {
    if (!w.daysSinceContact) return "never talked";
    const int d = *w.daysSinceContact;
    if (d == 0) return "talked today";
    if (d == 1) return "talked yesterday";
    if (d < 60) return "talked " + std::to_string(d) + " days ago";
    return "talked " + std::to_string(d / 30) + " months ago";
}

std::string firstName(const std::string& name) { return name.substr(0, name.find(' ')); }

// "at Stripe" for the target's line; empty when they have no company.
std::string atCompany(const ContactCard& card) { return card.company.empty() ? "" : " at " + card.company; }

} // namespace

void registerIntroCommand(CLI::App& app, CliContext& ctx) {
    auto args = std::make_shared<IntroArgs>();
    CLI::App* cmd = app.add_subcommand(
        "intro", "Who can introduce you: to a person, or at:Company, in:Industry, role:Title, knows:Topic");
    cmd->add_option("target", args->target, "A name, or at:Stripe, in:Fintech, role:Recruiter, knows:rust")->required();
    cmd->add_flag("--json", args->json, "Print the paths as JSON");
    cmd->add_option("--limit", args->limit, "At most this many paths (default 10)")->check(CLI::Range(1, 100));
    cmd->callback([args, &ctx] {
        std::string text;
        for (const auto& word : args->target) text += (text.empty() ? "" : " ") + word;
        auto store = ctx.openStore(OpenMode::ReadOnly);
        Database& db = store->db();
        const IntroTarget target = resolveIntroTarget(db, text);
        if (!target.problem.empty()) {
            ctx.fail(target.problem);
            return;
        }
        const LinkGraph graph = LinkGraph::load(db);
        const auto paths = findIntroPaths(db, graph, target, store->clock().now(), {.limit = args->limit});

        ContactRepo contacts(db);
        std::unordered_map<ContactId, ContactCard> cards;
        auto card = [&](ContactId id) -> const ContactCard& {
            auto it = cards.find(id);
            if (it == cards.end()) {
                const auto found = contacts.get(id);
                ContactCard c;
                c.id = id;
                if (found) {
                    c.displayName = found->displayName;
                    c.company = found->company;
                }
                it = cards.emplace(id, c).first;
            }
            return it->second;
        };

        if (args->json) {
            using Json = nlohmann::ordered_json;
            Json list = Json::array();
            for (const auto& p : paths) {
                Json people = Json::array();
                for (ContactId id : p.people) people.push_back({{"id", id}, {"name", card(id).displayName}});
                Json links = Json::array();
                for (const auto& l : p.links)
                    links.push_back({{"kind", linkKey(l.kind)}, {"reads", linkPhrase(l.kind, l.forward)}});
                list.push_back({{"people", people},
                                {"links", links},
                                {"hops", p.hops()},
                                {"firstWarmth", warmthKey(p.firstWarmth.level)},
                                {"firstDaysSinceContact",
                                 p.firstWarmth.daysSinceContact ? Json(*p.firstWarmth.daysSinceContact) : Json()},
                                {"score", std::round(p.score * 10) / 10}});
            }
            ctx.out << Json{{"target", target.label}, {"paths", list}}.dump(2) << "\n";
            return;
        }
        if (paths.empty()) {
            ctx.out << "No one you know is linked to " << target.label
                    << " yet. Record who knows whom with `rekindle link A B --kind works-with`.\n";
            return;
        }
        ctx.out << "Ways to " << target.label << ":\n";
        int n = 0;
        for (const auto& p : paths) {
            const ContactCard& first = card(p.people.front());
            ctx.out << "\n" << ++n << ". ";
            if (p.direct()) {
                ctx.out << "You know " << first.displayName << atCompany(first) << " yourself";
            } else {
                // "Lucas Taylor → Isabel Rahman → Diego Volkov at Stripe", then how each knows the next.
                for (std::size_t i = 0; i < p.people.size(); ++i) {
                    const ContactCard& c = card(p.people[i]);
                    ctx.out << (i ? " → " : "") << c.displayName << (i + 1 == p.people.size() ? atCompany(c) : "");
                }
                ctx.out << "\n   ";
                // First names read best, unless two on the path share one.
                std::vector<std::string> shortNames;
                for (ContactId id : p.people) shortNames.push_back(firstName(card(id).displayName));
                const bool shared = std::set<std::string>(shortNames.begin(), shortNames.end()).size() < shortNames.size();
                auto named = [&](std::size_t i) { return shared ? card(p.people[i]).displayName : shortNames[i]; };
                for (std::size_t i = 0; i < p.links.size(); ++i)
                    ctx.out << (i ? "; " : "") << named(i) << " " << linkPhrase(p.links[i].kind, p.links[i].forward)
                            << " " << named(i + 1);
            }
            ctx.out << "\n   " << warmthName(p.firstWarmth.level) << " · " << lastTalked(p.firstWarmth);
            if (p.firstWarmth.level == WarmthLevel::Cold) ctx.out << " · rekindle first: catch up before you ask";
            ctx.out << "\n";
        }
    });
}

} // namespace rk::cli
