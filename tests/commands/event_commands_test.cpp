// Issue 13: events (create, edit, delete, each undoable) and "I met someone".
#include "core/commands/event_commands.h"
#include "core/db/store_error.h"
#include "core/repo/event_repo.h"
#include "core/repo/reminder_repo.h"
#include "core/commands/triage.h"
#include "tests/commands/command_fixture.h"

#include <catch2/catch.hpp>

using namespace rk;

namespace {
std::int64_t rows(test::CommandWorld& w, const char* sql) { return w.store.db().queryInt(sql); }
} // namespace

TEST_CASE("an event is created, edited and deleted, each undoable", "[commands][events]") {
    test::CommandWorld w; // Friday 4 December 2026, noon, London
    Event e{0, "  PyCon UK ", "2026-12-04", " Cardiff ", "talks on Saturday", {}};
    const EventResult made = createEvent(w.store, e);
    CHECK(made.label == "Added PyCon UK on Fri 4 Dec");
    REQUIRE(e.id != 0);
    auto stored = EventRepo(w.store.db()).get(e.id);
    REQUIRE(stored);
    CHECK(stored->name == "PyCon UK");
    CHECK(stored->location == "Cardiff");

    Event edit = *stored;
    edit.name = "PyCon UK 2026";
    edit.date = "2026-12-05";
    CHECK(updateEvent(w.store, edit).label == "Saved changes to PyCon UK 2026");
    CHECK(EventRepo(w.store.db()).get(e.id)->date == "2026-12-05");

    CHECK(w.store.undo() == "Saved changes to PyCon UK 2026");
    CHECK(EventRepo(w.store.db()).get(e.id)->name == "PyCon UK");

    CHECK(deleteEvent(w.store, e.id).label == "Deleted PyCon UK");
    CHECK_FALSE(EventRepo(w.store.db()).get(e.id));
    CHECK(w.store.undo() == "Deleted PyCon UK");
    CHECK(EventRepo(w.store.db()).get(e.id)->name == "PyCon UK");
    CHECK(w.store.undo() == "Added PyCon UK on Fri 4 Dec");
    CHECK(rows(w, "SELECT count(*) FROM events") == 0);
}

TEST_CASE("bad events are refused in words", "[commands][events]") {
    test::CommandWorld w;
    Event noName{0, "  ", "2026-12-04", "", "", {}};
    CHECK_THROWS_WITH(createEvent(w.store, noName), Catch::Contains("Give the event a name"));
    Event badDate{0, "Meetup", "2026-02-30", "", "", {}};
    CHECK_THROWS_WITH(createEvent(w.store, badDate), Catch::Contains("is not a date"));
    Event noDate{0, "Meetup", "", "", "", {}};
    CHECK_THROWS_WITH(createEvent(w.store, noDate), Catch::Contains("Give the event a date"));
    CHECK_THROWS_WITH(deleteEvent(w.store, 99), "That event no longer exists.");
    CHECK_THROWS_WITH(addPersonMet(w.store, {"Ana", "", "", 99, ""}), "That event no longer exists.");
    CHECK_THROWS_AS(addPersonMet(w.store, {"   ", "", "", 0, ""}), StoreError);
    CHECK(rows(w, "SELECT count(*) FROM events") == 0);
    CHECK(w.count() == 0);
}

TEST_CASE("meeting someone adds them, links the event and plans the follow-up, as one undo",
          "[commands][events]") {
    test::CommandWorld w;
    Event e{0, "Climate Week", "2026-12-04", "London", "", {}};
    createEvent(w.store, e);
    const MetResult met =
        addPersonMet(w.store, {" Ana García ", "builds payment APIs", "Stripe", e.id, ""});
    CHECK(met.label == "Met Ana García at Climate Week · follow up by Sun 6 Dec");
    const Contact ana = w.get(met.contactId);
    CHECK(ana.displayName == "Ana García");
    CHECK(ana.givenName == "Ana");
    CHECK(ana.familyName == "García");
    CHECK(ana.company == "Stripe");
    CHECK(ana.notes == "builds payment APIs");
    CHECK(ana.circle == Circle::Acquaintance);
    CHECK(ana.metAtEventId == e.id);
    CHECK(EventRepo(w.store.db()).get(e.id)->attendeeIds == std::vector<std::int64_t>{ana.id});
    const auto reminders = ReminderRepo(w.store.db()).openForContact(ana.id);
    REQUIRE(reminders.size() == 1);
    CHECK(reminders[0].dueDate == "2026-12-06");
    CHECK(reminders[0].note == "met at Climate Week on Fri 4 Dec");

    CHECK(w.store.undo() == met.label);
    CHECK(w.count() == 0);
    CHECK(rows(w, "SELECT count(*) FROM reminders") == 0);
    CHECK(rows(w, "SELECT count(*) FROM event_attendees") == 0);
    CHECK(rows(w, "SELECT count(*) FROM events") == 1);
}

TEST_CASE("deleting an event keeps everyone met there, and undo brings the links back",
          "[commands][events]") {
    test::CommandWorld w;
    Event e{0, "Alumni Reunion", "2026-11-28", "", "", {}};
    createEvent(w.store, e);
    const auto ana = addPersonMet(w.store, {"Ana García", "", "", e.id, ""}).contactId;
    const auto bo = addPersonMet(w.store, {"Bo Chen", "", "", e.id, ""}).contactId;
    const EventResult gone = deleteEvent(w.store, e.id);
    CHECK(gone.label == "Deleted Alumni Reunion (the 2 people you met there stay in your deck)");
    CHECK(w.count() == 2);
    CHECK_FALSE(w.get(ana).metAtEventId);
    CHECK(w.get(ana).howMet == "Alumni Reunion, Sat 28 Nov");
    CHECK(ReminderRepo(w.store.db()).openForContact(bo).size() == 1); // the follow-up stays

    w.store.undo();
    CHECK(w.get(ana).metAtEventId == e.id);
    CHECK(w.get(ana).howMet.empty());
    CHECK(rows(w, "SELECT count(*) FROM event_attendees") == 2);
    CHECK(EventRepo(w.store.db()).get(e.id)->attendeeIds.size() == 2);
}

TEST_CASE("renaming an event rewords the open follow-ups of the people met there",
          "[commands][events]") {
    test::CommandWorld w;
    Event e{0, "Meetup", "2026-12-04", "", "", {}};
    createEvent(w.store, e);
    const auto ana = addPersonMet(w.store, {"Ana García", "", "", e.id, ""}).contactId;
    e.name = "Rust Meetup";
    updateEvent(w.store, e);
    CHECK(ReminderRepo(w.store.db()).openForContact(ana)[0].note ==
          "met at Rust Meetup on Fri 4 Dec");
}
