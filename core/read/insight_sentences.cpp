// The sentence under each insight: what the chart shows, in words.
#include "core/read/insights.h"

#include <algorithm>
#include <cstdlib>

namespace rk {

namespace {

std::string count(std::int64_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::string people(std::int64_t n) { return count(n, "person", "people"); }

// ", 6 more than the 4 before" / ", 2 fewer than …" / ", as many as …"
std::string compared(std::int64_t now, std::int64_t before, const char* period) {
    if (now == before) return std::string(", as many as ") + period;
    const std::int64_t d = std::abs(now - before);
    return ", " + std::to_string(d) + (now > before ? " more than " : " fewer than ") + period;
}

int sumWeeks(const Insights& in, int from, int to, int InsightWeek::*field) {
    int n = 0;
    for (int w = from; w < to && w < static_cast<int>(in.weeks.size()); ++w)
        n += in.weeks[static_cast<size_t>(w)].*field;
    return n;
}

} // namespace

std::string replyTimeText(std::int64_t seconds) {
    const std::int64_t hours = seconds / 3600;
    if (hours < 1) return "less than an hour";
    if (hours < 48) return count(hours, "hour", "hours");
    return count((seconds + 43200) / 86400, "day", "days");
}

std::string activitySentence(const Insights& in) {
    const int n = static_cast<int>(in.weeks.size());
    const int recent = sumWeeks(in, n - 4, n, &InsightWeek::total);
    const int before = sumWeeks(in, n - 8, n - 4, &InsightWeek::total);
    if (recent == 0 && before == 0)
        return "Nothing logged in the last 8 weeks. Each call, coffee or message you log shows "
               "here.";
    std::array<int, kInteractionKindCount> kinds{};
    for (const InsightWeek& w : in.weeks)
        for (int k = 0; k < kInteractionKindCount; ++k)
            kinds[static_cast<size_t>(k)] += w.byKind[static_cast<size_t>(k)];
    const auto top = std::max_element(kinds.begin(), kinds.end()) - kinds.begin();
    std::string kind(kindName(static_cast<InteractionKind>(top)));
    for (char& c : kind)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    return "You logged " + count(recent, "interaction", "interactions") +
           " in the last 4 weeks" + compared(recent, before, "the 4 before") + ". Most were " +
           (kind == "other" ? "other kinds" : kind == "coffee" ? "coffees" : kind + "s") + ".";
}

std::string followUpSentence(const Insights& in) {
    std::string s = "You followed up with " + people(in.followedUpRecent) +
                    " in the last 4 weeks" +
                    compared(in.followedUpRecent, in.followedUpBefore, "the 4 before") + ".";
    if (in.snoozed > 0) {
        s += " " + count(in.snoozed, "person is", "people are") + " snoozed";
        if (in.snoozedRepeatedly > 0)
            s += " (" + std::to_string(in.snoozedRepeatedly) + " more than once)";
        s += ".";
    }
    if (in.skipped > 0)
        s += " " + count(in.skipped, "person was", "people were") +
             " skipped until their next cycle.";
    return s;
}

std::string replySentence(const Insights& in) {
    const int settled = in.answered + in.unanswered;
    if (settled + in.stillWaiting == 0)
        return "No emails or messages sent in the last 12 weeks.";
    std::string s;
    if (settled > 0) {
        const int rate = (in.answered * 100 + settled / 2) / settled;
        s = std::to_string(in.answered) + " of your " + count(settled, "message", "messages") +
            " in the last 12 weeks " + (in.answered == 1 ? "was" : "were") + " answered (" +
            std::to_string(rate) + "%)";
        if (in.medianReplySeconds)
            s += ", half of them within " + replyTimeText(*in.medianReplySeconds);
        s += ".";
    }
    if (in.stillWaiting > 0)
        s += std::string(s.empty() ? "" : " ") + count(in.stillWaiting, "message is", "messages are") +
             " still within the " + std::to_string(in.awaitingDays) + "-day wait.";
    return s;
}

std::string helpSentence(const Insights& in) {
    const int n = static_cast<int>(in.weeks.size());
    const int asked = sumWeeks(in, 0, n, &InsightWeek::asked);
    const int gave = sumWeeks(in, 0, n, &InsightWeek::gave);
    if (asked == 0 && gave == 0)
        return "No asks or gives logged in the last 12 weeks. Flag them when you log, to see the "
               "balance.";
    std::string s = "You gave help " + count(gave, "time", "times") + " and asked " +
                    count(asked, "time", "times") + " in the last 12 weeks";
    if (gave > asked) return s + ": more giving than asking.";
    if (asked > gave) return s + ": more asking than giving. A favour returned keeps it warm.";
    return s + ": in balance.";
}

std::string networkSentence(const Insights& in) {
    if (in.people == 0) return "Nobody in your deck yet.";
    const auto top = std::max_element(in.byCircle.begin(), in.byCircle.end()) - in.byCircle.begin();
    const std::int64_t pct = (in.byCircle[static_cast<size_t>(top)] * 100 + in.people / 2) / in.people;
    std::string circle(circleName(static_cast<Circle>(top)));
    std::string s = "Most of your " + people(in.people) + " are in " +
                    (top == 0 ? "your inner circle" : "the " + circle + " circle") + " (" +
                    std::to_string(pct) + "%).";
    if (!in.industries.empty())
        s += " " + in.industries.front().name + " is your biggest industry, with " +
             people(in.industries.front().count) + ".";
    return s;
}

std::string attentionSentence(const Insights& in) {
    if (in.overdue + in.dormant + in.awaitingReply == 0)
        return "Nobody is overdue, dormant or keeping you waiting.";
    return count(in.overdue, "person is", "people are") + " overdue for a follow-up, " +
           std::to_string(in.dormant) + " quiet for more than " + std::to_string(in.dormantDays) +
           " days, and " + std::to_string(in.awaitingReply) + " yet to reply.";
}

std::string reachSentence(const Insights& in) {
    if (in.companyCount == 0 && in.industryCount == 0)
        return "Add people's companies and industries to see where you have warm contacts.";
    return "You have a warm contact at " + std::to_string(in.warmCompanies) + " of the " +
           count(in.companyCount, "company", "companies") + " in your network, and in " +
           std::to_string(in.warmIndustries) + " of " +
           count(in.industryCount, "industry", "industries") + ".";
}

} // namespace rk
