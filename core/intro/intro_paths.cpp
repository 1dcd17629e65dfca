#include "core/intro/intro_paths.h"

#include "core/db/database.h"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <cmath>

namespace rk {

namespace {

constexpr std::int64_t kDay = 86400;

// A first reading of warmth from the last contact alone, before the real
// one (which reads each person's interactions) is computed for the best
// candidates: the same recency curve assessWarmth() scores with.
double roughWarmth(const LinkGraph::Person& p, std::int64_t now, const WarmthPolicy& policy) {
    if (p.lastContactAt == 0) return 0;
    const double days = static_cast<double>(std::max<std::int64_t>(0, now - p.lastContactAt)) / kDay;
    if (days >= policy.dormantAfterDays) return 0;
    return 70.0 * (1.0 - days / policy.dormantAfterDays) + (days <= policy.warmWithinDays ? 15 : 0);
}

double pathScore(double warmth, double strength, int hops) {
    // Warmth leads (0…100); a weaker link or an extra hop costs about as
    // much as a month and a half of silence with the first person.
    return warmth + 30.0 * strength - 20.0 * (hops - 1);
}

// The best path found so far through one first person, without heap
// allocations: a query at 100k people makes about a million offers.
struct Candidate {
    double rough = -1e9;
    double strength = 0;
    std::uint8_t count = 0;             // people on the path: 0 (none yet) to 3
    std::array<LinkGraph::Node, 3> nodes{}; // first hop … target
    std::array<IntroLink, 2> links{};
};

// The same link seen from its other end.
IntroLink reversed(const LinkGraph::Edge& e) { return {e.kind, !e.fromSide}; }

} // namespace

std::vector<IntroPath> findIntroPaths(Database& db, const LinkGraph& graph, const IntroTarget& target,
                                      std::int64_t now, const IntroOptions& options) {
    std::vector<IntroPath> out;
    if (target.people.empty() || options.limit <= 0) return out;
    const std::size_t n = graph.peopleCount();
    std::vector<char> isTarget(n, 0);
    std::vector<LinkGraph::Node> targets;
    for (ContactId id : target.people)
        if (const auto node = graph.node(id); node != LinkGraph::kNone) {
            isTarget[node] = 1;
            targets.push_back(node);
        }

    // The best path found so far for each first person.
    std::vector<Candidate> best(n);
    auto offer = [&](std::initializer_list<LinkGraph::Node> nodes, std::initializer_list<IntroLink> links) {
        double strength = 1;
        for (const auto& l : links) strength *= linkStrength(l.kind);
        const LinkGraph::Node first = *nodes.begin();
        const double rough = pathScore(roughWarmth(graph.person(first), now, options.warmth), strength,
                                       static_cast<int>(nodes.size()));
        Candidate& c = best[first];
        if (rough <= c.rough) return;
        c.rough = rough;
        c.strength = strength;
        c.count = static_cast<std::uint8_t>(nodes.size());
        std::copy(nodes.begin(), nodes.end(), c.nodes.begin());
        std::copy(links.begin(), links.end(), c.links.begin());
    };

    // One and two hops: a warm target on their own, and each person linked
    // to a target (keeping, per person, their best link to any target).
    for (const LinkGraph::Node t : targets) {
        if (options.directWhenWarm && roughWarmth(graph.person(t), now, options.warmth) > 0 &&
            (now - graph.person(t).lastContactAt) <= options.warmth.warmWithinDays * kDay)
            offer({t}, {});
        if (options.maxHops < 2) continue;
        for (const auto& toA : graph.neighbours(t))
            if (!isTarget[toA.other]) offer({toA.other, t}, {reversed(toA)}); // a target's own path covers it
    }
    // Three hops, through each of those people once. A three-hop path never
    // outscores a two-hop one from the same first person (pathScore: the hop
    // costs more than the strongest link adds), so people who already have a
    // two-hop path are passed over: at 100k people a company-wide target
    // reaches most of the network in two hops, and this keeps the walk small.
    if (options.maxHops >= 3) {
        std::vector<LinkGraph::Node> middles;
        for (std::size_t i = 0; i < n; ++i)
            if (best[i].count == 2) middles.push_back(static_cast<LinkGraph::Node>(i));
        for (const LinkGraph::Node a : middles) {
            const LinkGraph::Node t = best[a].nodes[1];
            const IntroLink aToT = best[a].links[0];
            for (const auto& toB : graph.neighbours(a)) {
                const LinkGraph::Node b = toB.other;
                if (isTarget[b] || best[b].count == 2) continue;
                offer({b, a, t}, {reversed(toB), aToT});
            }
        }
    }

    // The most promising first people, then their real warmth (two-way
    // contact needs their interactions, so only for these).
    std::vector<LinkGraph::Node> firsts;
    for (std::size_t i = 0; i < n; ++i)
        if (best[i].count > 0) firsts.push_back(static_cast<LinkGraph::Node>(i));
    const std::size_t shortlist = std::min<std::size_t>(firsts.size(), static_cast<std::size_t>(options.limit) * 4 + 8);
    std::partial_sort(firsts.begin(), firsts.begin() + static_cast<std::ptrdiff_t>(shortlist), firsts.end(),
                      [&](auto x, auto y) {
                          if (best[x].rough != best[y].rough) return best[x].rough > best[y].rough;
                          return graph.person(x).id < graph.person(y).id;
                      });
    firsts.resize(shortlist);
    std::vector<ContactId> ids;
    for (auto f : firsts) ids.push_back(graph.person(f).id);
    const auto activities = loadActivities(db, ids);
    for (auto f : firsts) {
        const Candidate& c = best[f];
        IntroPath path;
        for (int k = 0; k < c.count; ++k) path.people.push_back(graph.person(c.nodes[k]).id);
        path.links.assign(c.links.begin(), c.links.begin() + (c.count - 1));
        const auto act = activities.find(graph.person(f).id);
        path.firstWarmth = assessWarmth(act == activities.end() ? ContactActivity{} : act->second, now, options.warmth);
        path.score = pathScore(path.firstWarmth.score, c.strength, path.hops());
        out.push_back(std::move(path));
    }
    std::stable_sort(out.begin(), out.end(), [](const IntroPath& x, const IntroPath& y) {
        if (x.score != y.score) return x.score > y.score;
        if (x.hops() != y.hops()) return x.hops() < y.hops();
        return x.people.front() < y.people.front();
    });
    if (out.size() > static_cast<std::size_t>(options.limit)) out.resize(static_cast<std::size_t>(options.limit));
    return out;
}

std::string introRequestDraft(const std::string& firstName, const std::string& throughName,
                              const std::string& targetDescription) {
    std::string draft = "Hi " + firstName + ", I hope you're well. ";
    if (throughName.empty())
        draft += "Would you be open to introducing me to " + targetDescription + "? ";
    else
        draft += "I believe you know " + throughName + ". Would you be open to asking them to introduce me to " +
                 targetDescription + "? ";
    draft += "I'd love to learn about their work. Happy to send a short note you can forward. Thank you!";
    return draft;
}

} // namespace rk
