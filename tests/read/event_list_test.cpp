// Issue 13: what More → Events and an event's page show: upcoming and past
// events, the people met at each and whether each has been followed up.
#include "core/commands/contact_commands.h"
#include "core/commands/event_commands.h"
#include "core/commands/triage.h"
#include "core/read/event_list.h"
#include "core/repo/event_repo.h"
#include "tests/commands/command_fixture.h"

#include <catch2/catch.hpp>

using namespace rk;

TEST_CASE("an event's page lists who you met and whether each was followed up",
          "[read][events]") {
    test::CommandWorld w;
    Event e{0, "Product Camp", "2026-12-04", "", "", {}};
    createEvent(w.store, e);
    const auto ana = addPersonMet(w.store, {"Ana García", "PM, climate", "", e.id, ""}).contactId;
    const auto bo = addPersonMet(w.store, {"Bo Chen", "", "Monzo", e.id, ""}).contactId;
    // Someone already in the deck, listed as met there (as the demo does).
    const ContactId cy = w.add("Cy Dlamini");
    w.store.change("List Cy", [&] { EventRepo(w.store.db()).addAttendee(e.id, cy); });

    w.clock.set(w.clock.now() + 86400); // Saturday: Bo gets an email
    Interaction i;
    i.contactId = bo;
    logInteraction(w.store, i);

    auto page = loadEventPage(w.store.db(), e.id, w.clock.today());
    REQUIRE(page);
    REQUIRE(page->people.size() == 3);
    CHECK(page->people[0].id == ana);
    CHECK(page->people[0].status == MetStatus::Waiting);
    CHECK(page->people[0].statusText == "Follow up by Sun 6 Dec");
    CHECK(page->people[0].context == "PM, climate");
    CHECK(page->people[1].id == bo);
    CHECK(page->people[1].status == MetStatus::FollowedUp);
    CHECK(page->people[1].statusText == "Followed up");
    CHECK(page->people[2].id == cy);
    CHECK(page->people[2].status == MetStatus::NotPlanned);
    CHECK(page->event.peopleMet == 3);
    CHECK(page->event.followedUp == 1);

    w.clock.set(w.clock.now() + 2 * 86400); // Monday: Ana's follow-up is a day late
    page = loadEventPage(w.store.db(), e.id, w.clock.today());
    CHECK(page->people[0].status == MetStatus::Due);
    CHECK(page->people[0].statusText == "Follow up · due yesterday");

    // Their pages link back to the event.
    const auto links = eventsOf(w.store.db(), cy);
    REQUIRE(links.size() == 1);
    CHECK(links[0].name == "Product Camp");

    // People in the trash are not listed.
    moveToTrash(w.store, cy);
    CHECK(loadEventPage(w.store.db(), e.id, w.clock.today())->people.size() == 2);
}

TEST_CASE("the events list splits upcoming from past", "[read][events]") {
    test::CommandWorld w;
    for (const char* date : {"2026-11-20", "2026-12-20", "2026-12-04", "2027-01-10", "2026-10-01"}) {
        Event e{0, std::string("Event ") + date, date, "", "", {}};
        createEvent(w.store, e);
    }
    const EventList list = loadEventList(w.store.db(), w.clock.today());
    REQUIRE(list.upcoming.size() == 3);
    CHECK(list.upcoming[0].dateIso == "2026-12-04"); // today counts as upcoming, soonest first
    CHECK(list.upcoming[1].dateIso == "2026-12-20");
    CHECK(list.upcoming[2].dateIso == "2027-01-10");
    REQUIRE(list.past.size() == 2);
    CHECK(list.past[0].dateIso == "2026-11-20"); // newest first
    CHECK(list.past[1].dateIso == "2026-10-01");
    CHECK(list.at(3)->dateIso == "2026-11-20");
    CHECK(list.at(5) == nullptr);
    CHECK(list.upcoming[0].when == "Fri 4 Dec · today");
}

