#pragma once
#include "core/time/civil_date.h"

#include <string>

namespace rk {

// What a rekindle card knows about the person, for an opening line.
struct OpenerContext {
    std::string company;
    std::string title;
    std::string howMet;    // free text: "University classmate"
    std::string metAt;     // the event where you met, if recorded
};

// A suggestion for getting back in touch without asking for anything: a
// seasonal hook (new year, summer, the end of the year…) plus something about
// them (their work, how you met). Deterministic for a given day and person.
[[nodiscard]] std::string suggestOpener(const CivilDate& today, const OpenerContext& who);

// The seasonal or holiday hook alone: "New year's wishes are an easy way back in".
[[nodiscard]] std::string seasonalHook(const CivilDate& today);

} // namespace rk
