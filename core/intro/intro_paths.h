#pragma once
// "Who can introduce me?": the shortest chains from the user, through the
// people they know, to a target (core/intro/intro_target.h), at most three
// hops (me → Ana → Ben → someone at Stripe). Everyone in the network is one
// hop from the user; the links between them (contact_links) make the rest.
//
// Ranked by the warmth of the first hop (recent two-way contact beats a
// cold link: the first person is the one being asked), then the strength of
// each link (a colleague passes a request on more readily than someone who
// merely knows them), then the length. One path per first person: the best.
#include "core/intro/intro_target.h"
#include "core/intro/link_graph.h"
#include "core/search/warmth.h"

#include <string>
#include <vector>

namespace rk {

struct IntroLink {
    LinkKind kind = LinkKind::Knows;
    bool forward = true; // read from the earlier person to the later one
};

struct IntroPath {
    std::vector<ContactId> people; // the first hop … the target (1 to 3 people)
    std::vector<IntroLink> links;  // links[i] joins people[i] and people[i + 1]
    Warmth firstWarmth;            // how warm the first person is to the user
    double score = 0;              // higher is better
    [[nodiscard]] int hops() const { return static_cast<int>(people.size()); }
    [[nodiscard]] bool direct() const { return people.size() == 1; }
};

struct IntroOptions {
    int limit = 10;
    int maxHops = 3;
    // A target the user is warm with already is a path of one ("you know
    // them"); a cold one needs a way in, so is not listed on its own.
    bool directWhenWarm = true;
    WarmthPolicy warmth{};
};

[[nodiscard]] std::vector<IntroPath> findIntroPaths(Database& db, const LinkGraph& graph, const IntroTarget& target,
                                                    std::int64_t now, const IntroOptions& options = {});

// What to send the first person: "Hi Ana, I hope you're well. Would you be
// open to introducing me to Ben Okafor at Stripe? …" — a draft the user edits.
[[nodiscard]] std::string introRequestDraft(const std::string& firstName, const std::string& throughName,
                                            const std::string& targetDescription);

} // namespace rk
