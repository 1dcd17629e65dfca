#pragma once
#include <cstdint>

namespace rk {

class Database;

struct DemoOptions {
    int contacts = 150;
    std::uint64_t seed = 42;
    std::int64_t now = 0; // histories end here (UTC Unix seconds)
    // Past the first 150 people, the demo's people are on file with no
    // cadence, as in a real network. The bench keeps everyone on a cadence:
    // a full queue at 100k is the load it measures.
    bool everyoneKeptUp = false;
};

struct DemoStats {
    int contacts = 0;
    int interactions = 0;
    int events = 0;
    int links = 0; // who knows whom (contact_links)
};

// Fills the database with a believable professional network: names from many
// cultures, companies, roles, circles, tags, "knows about" topics, past roles,
// birthdays, and a history of about ten interactions per person kept up with
// (some dormant, a few messages awaiting a reply), so that its first day has a
// handful of people due and its weeks a person's density of interactions.
// The same seed always gives the same network. Runs in one transaction.
DemoStats generateDemoNetwork(Database& db, const DemoOptions& options);

// How many people outside the trash carry a demo address: every demo person
// has a work e-mail at a made-up company domain ending in ".example" (a
// domain reserved for examples, so nobody real has one). The demo is added
// only when this is 0, so it never lands twice.
[[nodiscard]] std::int64_t countDemoPeople(Database& db);

} // namespace rk
