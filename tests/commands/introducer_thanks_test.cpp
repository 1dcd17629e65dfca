// Issue 14: the person who introduced you hears how it went. The first
// interaction with someone you were introduced to puts a reminder on the
// introducer three weeks later; later interactions, other kinds of link and
// introducers who left the deck add nothing; one undo takes it back.
#include "core/commands/introducer_thanks.h"
#include "core/commands/link_commands.h"
#include "core/commands/contact_commands.h"
#include "core/commands/event_commands.h"
#include "core/db/store_error.h"
#include "core/repo/link_repo.h"
#include "core/commands/triage.h"
#include "core/repo/reminder_repo.h"
#include "tests/commands/command_fixture.h"

#include <catch2/catch.hpp>

using namespace rk;

namespace {
Interaction coffeeWith(ContactId id, std::int64_t at = 0) {
    return Interaction{0, id, InteractionKind::Coffee, Direction::Out, at, "", false, false, false};
}
} // namespace

TEST_CASE("the first coffee with someone you were introduced to reminds you to thank the introducer",
          "[commands][intro]") {
    test::CommandWorld w;
    const ContactId chloe = w.add("Chloé Martin");
    const ContactId dan = w.add("Dan Levi");
    linkPeople(w.store, chloe, dan, LinkKind::IntroducedMeTo);

    Interaction first = coffeeWith(dan);
    logInteraction(w.store, first);
    auto reminders = ReminderRepo(w.store.db()).openForContact(chloe);
    REQUIRE(reminders.size() == 1);
    // Friday 4 December + 21 days.
    CHECK(reminders[0].dueDate == "2026-12-25");
    CHECK(reminders[0].note == "Tell them how it went with Dan Levi: they introduced you");
    CHECK(ReminderRepo(w.store.db()).openForContact(dan).empty());

    // A second interaction adds nothing more.
    Interaction second = coffeeWith(dan);
    logInteraction(w.store, second);
    CHECK(ReminderRepo(w.store.db()).openForContact(chloe).size() == 1);

    // Undo the second, then the first: the reminder goes with the first.
    w.store.undo();
    CHECK(ReminderRepo(w.store.db()).openForContact(chloe).size() == 1);
    w.store.undo();
    CHECK(ReminderRepo(w.store.db()).openForContact(chloe).empty());
}

TEST_CASE("a first interaction logged long after is still thanked, from today on", "[commands][intro]") {
    test::CommandWorld w;
    const ContactId chloe = w.add("Chloé Martin");
    const ContactId dan = w.add("Dan Levi");
    linkPeople(w.store, chloe, dan, LinkKind::IntroducedMeTo);
    // Logged today about a coffee two months ago: due today, not in the past.
    Interaction old = coffeeWith(dan, w.clock.now() - 60 * 86400);
    logInteraction(w.store, old);
    const auto reminders = ReminderRepo(w.store.db()).openForContact(chloe);
    REQUIRE(reminders.size() == 1);
    CHECK(reminders[0].dueDate == "2026-12-04");
}

TEST_CASE("only an introduction, the right way round, by someone still in the deck, is thanked",
          "[commands][intro]") {
    test::CommandWorld w;
    const ContactId chloe = w.add("Chloé Martin");
    const ContactId dan = w.add("Dan Levi");
    const ContactId eve = w.add("Eve Tan");
    const ContactId finn = w.add("Finn Moss");
    linkPeople(w.store, chloe, dan, LinkKind::WorksWith);      // not an introduction
    linkPeople(w.store, dan, eve, LinkKind::IntroducedMeTo);   // Dan introduced Eve, not the reverse
    linkPeople(w.store, finn, eve, LinkKind::IntroducedMeTo);  // Finn introduced Eve…
    moveToTrash(w.store, finn);                                // …but is in the trash

    Interaction withDan = coffeeWith(dan);
    logInteraction(w.store, withDan);
    CHECK(ReminderRepo(w.store.db()).openForContact(chloe).empty());
    CHECK(ReminderRepo(w.store.db()).openForContact(eve).empty());

    Interaction withEve = coffeeWith(eve);
    logInteraction(w.store, withEve);
    CHECK(ReminderRepo(w.store.db()).openForContact(dan).size() == 1);
    CHECK(ReminderRepo(w.store.db()).openForContact(finn).empty());
}

TEST_CASE("someone met with an introducer is linked to them in the same change", "[commands][intro]") {
    test::CommandWorld w;
    const ContactId chloe = w.add("Chloé Martin");
    w.add("Chloé Dubois");
    MetPerson dan{"Dan Levi", "runs the Go meetup", "", 0, "chloé martin"};
    const MetResult r = addPersonMet(w.store, dan);
    const auto links = LinkRepo(w.store.db()).forContact(r.contactId);
    REQUIRE(links.size() == 1);
    CHECK(links[0].from == chloe);
    CHECK(links[0].kind == LinkKind::IntroducedMeTo);
    w.store.undo(); // the person and the link go together
    CHECK(LinkRepo(w.store.db()).forContact(chloe).empty());
    CHECK(w.count() == 2);

    SECTION("a name that is two people, or nobody, adds no one and says why") {
        MetPerson eve{"Eve Tan", "", "", 0, "Chloé"};
        CHECK_THROWS_WITH(addPersonMet(w.store, eve), Catch::Contains("more than one person"));
        eve.introducedBy = "Zed";
        CHECK_THROWS_WITH(addPersonMet(w.store, eve), Catch::Contains("No one called \"Zed\""));
        CHECK(w.count() == 2);
    }
}

TEST_CASE("adding someone new while logging, with who introduced them, plans the thanks",
          "[commands][intro]") {
    test::CommandWorld w;
    const ContactId chloe = w.add("Chloé Martin");
    Contact dan;
    dan.displayName = "Dan Levi";
    Interaction coffee = coffeeWith(0);
    addPersonAndLog(w.store, dan, coffee, "Chloé Martin");
    const auto links = LinkRepo(w.store.db()).forContact(chloe);
    REQUIRE(links.size() == 1);
    CHECK(links[0].to == dan.id);
    const auto reminders = ReminderRepo(w.store.db()).openForContact(chloe);
    REQUIRE(reminders.size() == 1);
    CHECK(reminders[0].dueDate == "2026-12-25");

    SECTION("an introducer nobody is called adds no one, and says why") {
        Contact eve;
        eve.displayName = "Eve Tan";
        Interaction call = coffeeWith(0);
        CHECK_THROWS_WITH(addPersonAndLog(w.store, eve, call, "Zed"), Catch::Contains("No one called"));
        CHECK(w.count() == 2);
    }
}
