#pragma once
// "Who can introduce me?" as the app and the CLI show it: each path from
// core/intro as the people on it (with what an avatar needs), the sentence
// that says how each knows the next, how warm the first person is and when
// you last talked, and the request to send them.
#include "core/intro/intro_paths.h"
#include "core/model/contact_card.h"

#include <string>
#include <string_view>
#include <vector>

namespace rk {

struct IntroRow {
    std::vector<ContactCard> people; // the first hop … the target
    std::vector<IntroLink> links;    // links[i] joins people[i] and people[i + 1]
    Warmth firstWarmth;
    std::string how;        // "Ana works with Ben; Ben is the manager of Cara" (empty when direct)
    std::string lastTalked; // "talked 12 days ago", "never talked"
    std::string draft;      // the request to send the first person
    bool rekindleFirst = false; // the first person is cold: catch up before you ask
    [[nodiscard]] bool direct() const { return people.size() == 1; }
};

struct IntroPage {
    std::string query;   // as typed, after "intro:"
    std::string target;  // "someone at Stripe", "Ana García"
    std::string problem; // why there is no answer (empty when the target was found)
    std::vector<IntroRow> rows;
};

[[nodiscard]] IntroPage loadIntroPage(Database& db, const LinkGraph& graph, std::string_view query,
                                      std::int64_t now, const WarmthPolicy& warmth = {},
                                      int limit = 10);

// "talked today", "talked 12 days ago", "talked 3 months ago", "never talked".
[[nodiscard]] std::string lastTalkedText(const Warmth& warmth);

} // namespace rk
