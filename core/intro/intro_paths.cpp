#include "core/intro/intro_paths.h"

#include "core/db/database.h"

#include <algorithm>
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

struct Candidate {
    double rough = -1e9;
    double strength = 0;
    std::vector<LinkGraph::Node> nodes; // first hop … target
    std::vector<IntroLink> links;
};

IntroLink linkAlong(const LinkGraph::Edge& fromEarlier) {
    // The edge is stored at the earlier person: its fromSide says whether the
    // earlier person is the link's `from`.
    return {fromEarlier.kind, fromEarlier.fromSide};
}

// The edge from `a` to `b` (the strongest when there are several kinds).
const LinkGraph::Edge* edgeBetween(const LinkGraph& g, LinkGraph::Node a, LinkGraph::Node b) {
    const LinkGraph::Edge* best = nullptr;
    for (const auto& e : g.neighbours(a))
        if (e.other == b && (!best || linkStrength(e.kind) > linkStrength(best->kind))) best = &e;
    return best;
}

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
    auto offer = [&](std::vector<LinkGraph::Node> nodes, std::vector<IntroLink> links) {
        double strength = 1;
        for (const auto& l : links) strength *= linkStrength(l.kind);
        const LinkGraph::Node first = nodes.front();
        const double rough = pathScore(roughWarmth(graph.person(first), now, options.warmth), strength,
                                       static_cast<int>(nodes.size()));
        Candidate& c = best[first];
        if (rough > c.rough) c = {rough, strength, std::move(nodes), std::move(links)};
    };

    for (const LinkGraph::Node t : targets) {
        if (options.directWhenWarm && roughWarmth(graph.person(t), now, options.warmth) > 0 &&
            (now - graph.person(t).lastContactAt) <= options.warmth.warmWithinDays * kDay)
            offer({t}, {});
        if (options.maxHops < 2) continue;
        for (const auto& toT : graph.neighbours(t)) {
            const LinkGraph::Node a = toT.other;
            if (isTarget[a]) continue; // someone there already: their own path covers it
            const LinkGraph::Edge* aToT = edgeBetween(graph, a, t);
            offer({a, t}, {linkAlong(*aToT)});
            if (options.maxHops < 3) continue;
            for (const auto& toA : graph.neighbours(a)) {
                const LinkGraph::Node b = toA.other;
                if (isTarget[b] || b == t) continue;
                const LinkGraph::Edge* bToA = edgeBetween(graph, b, a);
                offer({b, a, t}, {linkAlong(*bToA), linkAlong(*aToT)});
            }
        }
    }

    // The most promising first people, then their real warmth (two-way
    // contact needs their interactions, so only for these).
    std::vector<LinkGraph::Node> firsts;
    for (std::size_t i = 0; i < n; ++i)
        if (!best[i].nodes.empty()) firsts.push_back(static_cast<LinkGraph::Node>(i));
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
        for (auto node : c.nodes) path.people.push_back(graph.person(node).id);
        path.links = c.links;
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
