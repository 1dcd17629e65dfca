#include "core/followup/opener.h"

namespace rk {

std::string seasonalHook(const CivilDate& today) {
    const int md = today.month * 100 + today.day;
    if (md >= 1226 || md <= 120) return "New year's wishes are an easy way back in";
    if (md <= 228 || md == 229) return "Early in the year is a good time to ask how it has started";
    if (md <= 531) return "Spring is a good moment to catch up";
    if (md <= 815) return "Ask about their summer plans";
    if (md <= 915) return "Back from the summer break is a natural time to reconnect";
    if (md <= 1130) return "Autumn is when plans for next year take shape";
    return "Send season's greetings before the year ends";
}

std::string suggestOpener(const CivilDate& today, const OpenerContext& who) {
    std::string out = seasonalHook(today) + ". ";
    if (!who.company.empty()) out += "Ask how things are going at " + who.company;
    else if (!who.title.empty()) out += "Ask how the " + who.title + " work is going";
    else out += "Ask what they are working on these days";
    if (!who.metAt.empty()) out += ", and mention " + who.metAt + ", where you met";
    else if (!who.howMet.empty()) out += ", and recall how you know each other (" + who.howMet + ")";
    out += ". Keep it about them; no asks yet.";
    return out;
}

} // namespace rk
