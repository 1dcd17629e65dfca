#include "core/read/intro_page.h"

#include "core/repo/contact_repo.h"

#include <set>
#include <unordered_map>

namespace rk {

namespace {

std::string firstName(const std::string& name) { return name.substr(0, name.find(' ')); }

// "Ana works with Ben; Ben is the manager of Cara". First names read best,
// unless two on the path share one.
std::string howTheyKnowEachOther(const IntroRow& row) {
    std::vector<std::string> names;
    for (const ContactCard& c : row.people) names.push_back(firstName(c.displayName));
    const bool shared = std::set<std::string>(names.begin(), names.end()).size() < names.size();
    auto named = [&](std::size_t i) { return shared ? row.people[i].displayName : names[i]; };
    std::string out;
    for (std::size_t i = 0; i < row.links.size(); ++i)
        out += (i ? "; " : "") + named(i) + " " +
               std::string(linkPhrase(row.links[i].kind, row.links[i].forward)) + " " + named(i + 1);
    return out;
}

// Whom the request names: the target as a person ("Ben Okafor at Stripe"),
// or, for a group, the person on the path who is in it.
std::string targetDescription(const ContactCard& target) {
    return target.company.empty() ? target.displayName : target.displayName + " at " + target.company;
}

// "someone at Stripe" asked of someone who is there: their view of it.
std::string directRequestDraft(const std::string& first, const std::string& targetLabel) {
    std::string about;
    for (const char* lead : {"someone at ", "someone in "})
        if (targetLabel.rfind(lead, 0) == 0) about = " what it's like " + targetLabel.substr(8);
    return "Hi " + first + ", I hope you're well. I'd love to hear" +
           (about.empty() ? " your advice" : about) +
           ". Would you have 20 minutes for a call in the next few weeks?";
}

} // namespace

std::string lastTalkedText(const Warmth& w) {
    if (!w.daysSinceContact) return "never talked";
    const int d = *w.daysSinceContact;
    if (d == 0) return "talked today";
    if (d == 1) return "talked yesterday";
    if (d < 60) return "talked " + std::to_string(d) + " days ago";
    if (d < 730) return "talked " + std::to_string(d / 30) + " months ago";
    return "talked " + std::to_string(d / 365) + " years ago";
}

IntroPage loadIntroPage(Database& db, const LinkGraph& graph, std::string_view query,
                        std::int64_t now, const WarmthPolicy& warmth, int limit) {
    IntroPage page;
    page.query = std::string(query);
    const IntroTarget target = resolveIntroTarget(db, query);
    page.target = target.label;
    page.problem = target.problem;
    if (!page.problem.empty()) return page;

    IntroOptions options;
    options.limit = limit;
    options.warmth = warmth;
    const auto paths = findIntroPaths(db, graph, target, now, options);

    ContactRepo contacts(db);
    std::unordered_map<ContactId, ContactCard> cards;
    auto card = [&](ContactId id) -> const ContactCard& {
        auto it = cards.find(id);
        if (it == cards.end()) {
            ContactCard c = contacts.card(id).value_or(ContactCard{});
            c.id = id;
            it = cards.emplace(id, std::move(c)).first;
        }
        return it->second;
    };
    for (const IntroPath& p : paths) {
        IntroRow row;
        for (ContactId id : p.people) row.people.push_back(card(id));
        row.links = p.links;
        row.firstWarmth = p.firstWarmth;
        row.how = howTheyKnowEachOther(row);
        row.lastTalked = lastTalkedText(p.firstWarmth);
        row.rekindleFirst = p.firstWarmth.level == WarmthLevel::Cold;
        const std::string first = firstName(row.people.front().displayName);
        if (!row.direct())
            row.draft = introRequestDraft(first,
                                          row.people.size() > 2 ? row.people[1].displayName : "",
                                          targetDescription(row.people.back()));
        else if (!target.isPerson) // you know someone there yourself: ask them directly
            row.draft = directRequestDraft(first, page.target);
        page.rows.push_back(std::move(row));
    }
    if (page.rows.empty())
        page.problem = "No one you know is linked to " + page.target +
                       " yet. Link people on their pages (K) to find a way in.";
    return page;
}

} // namespace rk
