#pragma once
// What "who can introduce me to …?" is asked about: one person in the
// network, or everyone currently at a company (`at:Stripe`), in an industry
// (`in:fintech`), with a role (`role:recruiter`) or who knows about a topic
// (`knows:kubernetes`). A bare word that names nobody is read as a company,
// then an industry, when someone in the network has it. Active people only.
#include "core/model/contact.h"

#include <string>
#include <string_view>
#include <vector>

namespace rk {

class Database;

struct IntroTarget {
    std::string label;              // "someone at Stripe", "Ana García"
    std::vector<ContactId> people;  // who would do, sorted by id
    std::string problem;            // why none, in plain words (empty when found)
    bool isPerson = false;          // one named person rather than a group
};

[[nodiscard]] IntroTarget resolveIntroTarget(Database& db, std::string_view text);

} // namespace rk
