#include "core/commands/contact_commands.h"
#include "core/commands/settings_commands.h"
#include "core/commands/trash_commands.h"
#include "core/commands/triage.h"
#include "core/read/insights.h"
#include "core/read/read_models.h"
#include "core/store/store.h"
#include "tests/support/temp_store.h"
#include "tests/support/test_clock.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

using namespace rk;

namespace {

ContactId add(Store& store, const char* name, Circle circle, const char* company = "",
              const char* industry = "", std::optional<int> cadence = std::nullopt) {
    Contact c;
    c.displayName = name;
    c.company = company;
    c.industry = industry;
    c.circle = circle;
    c.cadenceDays = cadence;
    return addContact(store, c).contactId;
}

void log(Store& store, ContactId who, InteractionKind kind, Direction dir, std::int64_t at,
         bool awaiting = false, bool asked = false, bool gave = false) {
    Interaction i;
    i.contactId = who;
    i.kind = kind;
    i.direction = dir;
    i.at = at;
    i.awaitingReply = awaiting;
    i.askedHelp = asked;
    i.gaveHelp = gave;
    logInteraction(store, i);
}

std::set<std::string> namesOf(const InsightPeople& p) {
    std::set<std::string> out;
    for (const ContactCard& c : p.people)
        out.insert(c.displayName);
    return out;
}

InsightFigure figure(InsightFigure::Kind kind, int week = 0, int interactionKind = -1) {
    InsightFigure f;
    f.kind = kind;
    f.week = week;
    f.interactionKind = interactionKind;
    return f;
}

// Wednesday 11 November 2026 in London; summer time ended on Sunday 25 October,
// so the week of 19 October starts at 23:00 UTC on the 18th.
struct Network {
    test::ScopedTimeZone zone{"Europe/London"};
    std::int64_t now = test::localTime(2026, 11, 11, 12);
    test::TempStore t{now};
    ContactId ana = 0, ben = 0, cleo = 0, dan = 0, eve = 0, finn = 0, gus = 0;

    Network() {
        using K = InteractionKind;
        using D = Direction;
        t.clock.set(now - 300 * 86400);
        gus = add(t.store, "Gus Dormant", Circle::Acquaintance);
        t.clock.set(now - 60 * 86400);
        finn = add(t.store, "Finn Weekly", Circle::Network, "", "", 7);
        t.clock.set(now - 200 * 86400);
        ana = add(t.store, "Ana García", Circle::Inner, "Stripe", "Fintech");
        ben = add(t.store, "Ben Okafor", Circle::Close, "stripe", "fintech");
        cleo = add(t.store, "Cleo Park", Circle::Network, "Globex", "Energy");
        dan = add(t.store, "Dan Nocompany", Circle::Network);
        eve = add(t.store, "Eve Trashed", Circle::Network, "Initech", "Software");
        t.clock.set(now);

        log(t.store, ana, K::Call, D::Out, test::localTime(2026, 10, 1, 12)); // the 4 weeks before
        log(t.store, ana, K::Call, D::Out, test::localTime(2026, 11, 4, 12));
        log(t.store, ana, K::Email, D::Out, test::localTime(2026, 11, 9, 9), true);
        log(t.store, ana, K::Email, D::In, test::localTime(2026, 11, 10, 10)); // 25 hours later
        log(t.store, ben, K::Message, D::Out, test::localTime(2026, 11, 3, 12), true, true);
        log(t.store, cleo, K::Email, D::In, test::localTime(2026, 10, 19, 0, 30)); // BST
        log(t.store, cleo, K::Coffee, D::In, test::localTime(2026, 11, 5, 8), false, false, true);
        log(t.store, dan, K::Call, D::Out, test::localTime(2026, 10, 25, 23, 30)); // GMT, a Sunday
        log(t.store, dan, K::Email, D::Out, test::localTime(2026, 10, 26, 0, 30));
        log(t.store, dan, K::Message, D::Out, test::localTime(2026, 11, 10, 12));
        log(t.store, eve, K::Email, D::Out, test::localTime(2026, 11, 9, 12));
        moveToTrash(t.store, eve);
        snooze(t.store, ben, SnoozeLength::ThreeDays);
        startNow(t.store, cleo);
        skip(t.store, cleo);
    }
};

} // namespace

TEST_CASE("Insights count a hand-built network's weeks in local time, across a DST change",
          "[read][insights]") {
    Network n;
    const Insights in = loadInsights(n.t.store.db(), n.now, UserSettings::load(n.t.store.db()));
    REQUIRE(in.weeks.size() == 12);
    CHECK(in.weeks[11].start == CivilDate{2026, 11, 9}); // Monday, this week
    CHECK(in.weeks[8].start == CivilDate{2026, 10, 19});
    CHECK(in.weeks[8].from == test::localTime(2026, 10, 19, 0)); // 23:00 UTC the day before
    CHECK(in.weeks[9].from - in.weeks[8].from == 7 * 86400 + 3600); // the week with 25 hours more

    using K = InteractionKind;
    auto kind = [](const InsightWeek& w, K k) { return w.byKind[static_cast<size_t>(k)]; };
    CHECK(in.weeks[11].total == 3); // Ana's two emails, Dan's message; Eve is in the trash
    CHECK(kind(in.weeks[11], K::Email) == 2);
    CHECK(kind(in.weeks[11], K::Message) == 1);
    CHECK(in.weeks[10].total == 3);
    CHECK(in.weeks[10].asked == 1);
    CHECK(in.weeks[10].gave == 1);
    CHECK(in.weeks[9].total == 1);  // Dan's email just after midnight on Monday 26 Oct
    CHECK(in.weeks[8].total == 2);  // Cleo at 00:30 BST on the 19th, Dan late on Sunday 25th
    CHECK(kind(in.weeks[8], K::Call) == 1);
    CHECK(in.weeks[5].total == 1);
    CHECK(in.weeks[7].total == 0);

    CHECK(in.followedUpRecent == 3); // Ana, Ben, Dan reached out; Cleo's came in
    CHECK(in.followedUpBefore == 1);
    CHECK(in.snoozed == 1);
    CHECK(in.snoozedRepeatedly == 0);
    CHECK(in.skipped == 1);

    CHECK(in.answered == 1);
    CHECK(in.unanswered == 2); // Ben's message, Dan's email
    CHECK(in.stillWaiting == 1); // Dan's message yesterday
    REQUIRE(in.medianReplySeconds);
    CHECK(*in.medianReplySeconds == 25 * 3600);

    CHECK(in.people == 6);
    CHECK(in.byCircle == std::array<std::int64_t, kCircleCount>{1, 1, 3, 1});
    REQUIRE(in.industries.size() == 2);
    CHECK(in.industries[0].count == 2); // Fintech and fintech are one
    CHECK(in.industryCount == 2);
    CHECK(in.noIndustry == 3);
    CHECK(in.companyCount == 2);

    CHECK(in.overdue == 2); // Finn (every 7 days), Gus
    CHECK(in.dormant == 1); // Gus
    CHECK(in.awaitingReply == 1); // Ben

    CHECK(in.warmPeople == 3); // Ana (both ways), Cleo (coffee), Dan (a call)
    CHECK(in.warmCompanies == 2);
    CHECK(in.warmIndustries == 2);

    CHECK(followUpSentence(in) ==
          "You followed up with 3 people in the last 4 weeks, 2 more than the 4 before. 1 person "
          "is snoozed. 1 person was skipped until their next cycle.");
    CHECK(replySentence(in) == "1 of your 3 messages in the last 12 weeks was answered (33%), half "
                               "of them within 25 hours. 1 message is still within the 5-day wait.");
    CHECK(reachSentence(in) == "You have a warm contact at 2 of the 2 companies in your network, "
                               "and in 2 of 2 industries.");
    CHECK(activitySentence(in) == "You logged 9 interactions in the last 4 weeks, 8 more than the "
                                  "4 before. Most were emails.");
}

TEST_CASE("Every insight figure opens exactly the people behind it", "[read][insights]") {
    Network n;
    Database& db = n.t.store.db();
    const UserSettings settings = UserSettings::load(db);
    using F = InsightFigure::Kind;
    auto people = [&](const InsightFigure& f) { return namesOf(loadInsightPeople(db, f, n.now, settings)); };
    using S = std::set<std::string>;

    const InsightPeople week = loadInsightPeople(db, figure(F::Talked, 10), n.now, settings);
    CHECK(week.title == "People you talked to in the week of 2 Nov");
    CHECK(namesOf(week) == S{"Ana García", "Ben Okafor", "Cleo Park"});
    CHECK(week.total == 3);
    CHECK(loadInsightPeople(db, figure(F::Talked, 11, 0), n.now, settings).title ==
          "People you talked to by email this week");
    CHECK(people(figure(F::Talked, 11, 0)) == S{"Ana García"});
    CHECK(people(figure(F::Talked, 8)) == S{"Cleo Park", "Dan Nocompany"});
    CHECK(people(figure(F::AskedHelp, 10)) == S{"Ben Okafor"});
    CHECK(people(figure(F::GaveHelp, 10)) == S{"Cleo Park"});
    CHECK(people(figure(F::FollowedUp, 0)) == S{"Ana García", "Ben Okafor", "Dan Nocompany"});
    CHECK(people(figure(F::FollowedUp, 1)) == S{"Ana García"});
    CHECK(people(figure(F::Snoozed)) == S{"Ben Okafor"});
    CHECK(people(figure(F::Skipped)) == S{"Cleo Park"});
    CHECK(people(figure(F::Answered)) == S{"Ana García"});
    CHECK(people(figure(F::Unanswered)) == S{"Ben Okafor", "Dan Nocompany"});
    CHECK(people(figure(F::StillWaiting)) == S{"Dan Nocompany"});
    InsightFigure circle = figure(F::Circle);
    circle.circle = 2;
    CHECK(people(circle) == S{"Cleo Park", "Dan Nocompany", "Finn Weekly"});
    InsightFigure industry = figure(F::Industry);
    industry.name = "FINTECH";
    CHECK(people(industry) == S{"Ana García", "Ben Okafor"});
    InsightFigure company = figure(F::Company);
    company.name = "Stripe";
    CHECK(loadInsightPeople(db, company, n.now, settings).title == "People at Stripe");
    CHECK(people(company) == S{"Ana García", "Ben Okafor"});
    CHECK(people(figure(F::Overdue)) == S{"Finn Weekly", "Gus Dormant"});
    CHECK(people(figure(F::Dormant)) == S{"Gus Dormant"});
    CHECK(people(figure(F::AwaitingReply)) == S{"Ben Okafor"});
    CHECK(people(figure(F::ReachCompanies)) == S{"Ana García", "Cleo Park"});
    CHECK(people(figure(F::ReachIndustries)) == S{"Ana García", "Cleo Park"});
}

TEST_CASE("Insight weeks start on the user's first day of the week", "[read][insights]") {
    Network n;
    changeSetting(n.t.store, Setting::WeekStart, 6); // Sunday
    const Insights in = loadInsights(n.t.store.db(), n.now, UserSettings::load(n.t.store.db()));
    CHECK(in.weeks[11].start == CivilDate{2026, 11, 8});
    CHECK(in.weeks[9].start == CivilDate{2026, 10, 25}); // Sunday the 25th: Dan's call is in it
    CHECK(in.weeks[9].total == 2);
    CHECK(in.weeks[8].total == 1);
}

TEST_CASE("Insights of an empty network are zeros, said in words", "[read][insights]") {
    test::TempStore t{1'795'000'000};
    const Insights in = loadInsights(t.store.db(), t.clock.now(), UserSettings::load(t.store.db()));
    CHECK(in.people == 0);
    CHECK(std::all_of(in.weeks.begin(), in.weeks.end(), [](const InsightWeek& w) { return w.total == 0; }));
    CHECK(in.answered + in.unanswered + in.stillWaiting == 0);
    CHECK_FALSE(in.medianReplySeconds);
    CHECK(in.industries.empty());
    CHECK(in.warmPeople == 0);
    CHECK(replySentence(in) == "No emails or messages sent in the last 12 weeks.");
    CHECK(networkSentence(in) == "Nobody in your deck yet.");
    CHECK(attentionSentence(in) == "Nobody is overdue, dormant or keeping you waiting.");
    CHECK(loadInsightPeople(t.store.db(), InsightFigure{}, t.clock.now(), UserSettings{}).people.empty());
}
