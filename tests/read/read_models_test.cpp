#include "core/commands/contact_commands.h"
#include "core/commands/triage.h"
#include "core/read/read_models.h"
#include "core/repo/contact_repo.h"
#include "tests/commands/command_fixture.h"

#include <catch2/catch.hpp>

using namespace rk;

namespace {

// Adds `n` people named "Person 1000", "Person 1001", … in one step.
void addPeople(test::CommandWorld& w, int n, Circle circle = Circle::Network) {
    w.store.change("add people", [&] {
        ContactRepo repo(w.store.db());
        for (int i = 0; i < n; ++i) {
            Contact c;
            c.displayName = "Person " + std::to_string(1000 + i);
            c.circle = circle;
            repo.insert(c, w.clock.now());
        }
    });
}

} // namespace

TEST_CASE("Today's board is read again only when the store's revision or the day moves",
          "[read][today]") {
    test::CommandWorld w;
    ReadModels models(w.store);
    models.refresh({}, w.store.revision(), w.clock.now());
    CHECK(models.today().networkEmpty());

    const ContactId ana = w.add("Ana García");
    // The same revision as before: what the board shows is kept, not re-read.
    w.store.db().exec("UPDATE contacts SET next_due = '2026-12-01'"); // behind the store's back
    models.refresh({}, w.store.revision() - 1, w.clock.now());
    CHECK(models.today().networkEmpty());

    models.refresh({}, w.store.revision(), w.clock.now());
    CHECK(models.today().contactCount == 1);
    REQUIRE(models.today().queue.items.size() == 1);
    CHECK(models.today().queue.items.front().contactId == ana);

    // A new day re-reads at the same revision.
    snooze(w.store, ana, SnoozeLength::Tomorrow);
    models.refresh({}, w.store.revision(), w.clock.now());
    CHECK(models.today().queue.items.empty());
    w.clock.advance(86400);
    const std::uint64_t revision = w.store.revision();
    models.refresh({}, revision, w.clock.now());
    CHECK(models.today().queue.items.size() == 1);
}

TEST_CASE("The deck answers the request a view set at the next refresh, and only while it is shown",
          "[read][deck]") {
    test::CommandWorld w;
    addPeople(w, 120);
    w.add("Ana García");
    ReadModels models(w.store);
    ReadModels::Demand onDeck;
    onDeck.deck = true;

    models.refresh({}, w.store.revision(), w.clock.now());
    CHECK(models.deck().hits.empty()); // not on screen: not read
    models.refresh(onDeck, w.store.revision(), w.clock.now());
    CHECK(models.deck().hits.size() == static_cast<std::size_t>(DeckReader::kPageSize));
    CHECK(models.deck().total == 121);
    CHECK(models.deck().unfiltered());
    const std::uint64_t first = models.deck().generation;

    SearchRequest ana;
    ana.text = "ana";
    models.searchDeck(ana);
    CHECK(models.deck().generation == first); // asked, not yet answered
    models.refresh(onDeck, w.store.revision(), w.clock.now());
    CHECK(models.deck().generation == first + 1);
    REQUIRE(models.deck().hits.size() == 1);
    CHECK(models.deck().hits.front().card.displayName == "Ana García");

    SECTION("more pages come in without a new generation") {
        models.searchDeck({});
        models.refresh(onDeck, w.store.revision(), w.clock.now());
        const std::uint64_t generation = models.deck().generation;
        REQUIRE(models.deck().hasMore);
        models.loadMoreDeck();
        models.refresh(onDeck, w.store.revision(), w.clock.now());
        CHECK(models.deck().hits.size() == 2 * static_cast<std::size_t>(DeckReader::kPageSize));
        CHECK(models.deck().generation == generation);
    }
    SECTION("a change to the data searches again for the same request") {
        w.add("Ana Lopez");
        models.refresh(onDeck, w.store.revision(), w.clock.now());
        CHECK(models.deck().hits.size() == 2);
        CHECK(models.deck().request.text == "ana");
    }
    SECTION("a prefix groups who you know by warmth") {
        for (const char* name : {"Jo Stripe-One", "Mo Stripe-Two"}) {
            Contact c;
            c.displayName = name;
            c.company = "Stripe";
            addContact(w.store, c);
        }
        SearchRequest stripe;
        stripe.text = "at:stripe";
        models.searchDeck(stripe);
        models.refresh(onDeck, w.store.revision(), w.clock.now());
        CHECK(models.deck().whoMode);
        CHECK(models.deck().total == 2);
        CHECK(models.deck().hits.size() == 2);
        CHECK(models.deck().groupStarts == std::vector<int>{0}); // both new to you: one group
    }
}

TEST_CASE("A contact's page is read for the contact on screen and dropped when none is",
          "[read][contact]") {
    test::CommandWorld w;
    const ContactId ana = w.add("Ana García");
    ReadModels models(w.store);
    ReadModels::Demand demand;
    demand.contact = ana;
    models.refresh(demand, w.store.revision(), w.clock.now());
    REQUIRE(models.contactPage());
    CHECK(models.contactPage()->contact.displayName == "Ana García");

    archiveContact(w.store, ana);
    models.refresh(demand, w.store.revision(), w.clock.now());
    CHECK(models.contactPage()->contact.archivedAt.has_value());

    demand.contact = 4242; // gone for good
    models.refresh(demand, w.store.revision(), w.clock.now());
    CHECK_FALSE(models.contactPage());
    models.refresh({}, w.store.revision(), w.clock.now());
    CHECK_FALSE(models.contactPage());
}

TEST_CASE("The log sheet's picker shows the people matching the text it asked about",
          "[read][people]") {
    test::CommandWorld w;
    w.add("Ana García");
    w.add("Ana Lopez");
    w.add("Kwame Mensah");
    ReadModels models(w.store);
    models.findPeople("ana");
    CHECK(models.people().text.empty()); // answered at the next refresh
    models.refresh({}, w.store.revision(), w.clock.now());
    CHECK(models.people().text == "ana");
    CHECK(models.people().people.size() == 2);
    models.findPeople("");
    models.refresh({}, w.store.revision(), w.clock.now());
    CHECK(models.people().people.empty());
}

TEST_CASE("The More tab's counts and the form's choices are read on demand", "[read][lists]") {
    test::CommandWorld w;
    const ContactId ana = w.add("Ana García");
    const ContactId li = w.add("Li Wei");
    w.add("Kwame Mensah");
    archiveContact(w.store, ana);
    moveToTrash(w.store, li);
    w.store.db().exec("INSERT INTO settings(key, value) VALUES('cadence.inner', '21')");
    ReadModels models(w.store);
    ReadModels::Demand demand;
    demand.shelves = true;
    demand.formChoices = true;
    models.refresh(demand, w.store.revision(), w.clock.now());
    CHECK(models.shelves().active == 1);
    CHECK(models.shelves().archived == 1);
    CHECK(models.shelves().trash == 1);
    CHECK(models.formChoices().cadence.daysFor(Circle::Inner, std::nullopt) == 21);
    CHECK(models.dataPath() == w.store.path());
}

TEST_CASE("The person a log sheet opens for, and whether to rekindle before asking",
          "[read][log]") {
    test::CommandWorld w;
    const ContactId ana = w.add("Ana García");
    const auto target = loadLogTarget(w.store, ana);
    REQUIRE(target);
    CHECK(target->name == "Ana García");
    CHECK(target->suggestRekindleFirst); // no two-way contact yet
    CHECK_FALSE(loadLogTarget(w.store, 4242));
}
