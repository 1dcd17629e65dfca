#pragma once
#include <cstdint>

namespace rk {

class Database;

struct DemoOptions {
    int contacts = 150;
    std::uint64_t seed = 42;
    std::int64_t now = 0; // histories end here (UTC Unix seconds)
};

struct DemoStats {
    int contacts = 0;
    int interactions = 0;
    int events = 0;
};

// Fills the database with a believable professional network: names from many
// cultures, companies, roles, circles, tags, "knows about" topics, past roles,
// birthdays, and a history of about ten interactions per person (some people
// dormant, some messages awaiting a reply). The same seed always gives the
// same network. Runs in one transaction.
DemoStats generateDemoNetwork(Database& db, const DemoOptions& options);

// How many people outside the trash carry a demo address: every demo person
// has a work e-mail at a made-up company domain ending in ".example" (a
// domain reserved for examples, so nobody real has one). The demo is added
// only when this is 0, so it never lands twice.
[[nodiscard]] std::int64_t countDemoPeople(Database& db);

} // namespace rk
