// The swipe's steps inside a caller's own change (what a task sync does with
// the phone's "done" and "moved"): the same rules as markDone and snooze, all
// in the caller's one undo step, and all rolled back when one fails.
#include "core/db/store_error.h"
#include "tests/followup/followup_world.h"

#include <catch2/catch.hpp>

using namespace rk;
using namespace rk::test;

namespace {

std::string text(World& w, const std::string& sql) {
    Statement q(w.store.db(), sql);
    return q.step() ? q.text(0) : std::string("(no row)");
}

} // namespace

TEST_CASE("Done, snoozed and brought forward inside one change are one undo step", "[followup][triage]") {
    World w;
    // Ana (inner, every 14 days, never contacted since 1 January) is overdue
    // on Monday 2 March, with a reminder that day; Ben (close, 30 days, added
    // 20 February) is due 22 March; Cleo (network, 90 days, added 1 February)
    // is due 2 May.
    const ContactId ana = w.add("Ana Ruiz", Circle::Inner, "2026-01-01");
    const ContactId ben = w.add("Ben Okafor", Circle::Close, "2026-02-20");
    const ContactId cleo = w.add("Cleo Park", Circle::Network, "2026-02-01");
    w.remind(ana, "2026-03-02", "Send the deck");
    w.setNow("2026-03-02", 9);
    REQUIRE(text(w, "SELECT next_due FROM contacts WHERE id = " + std::to_string(ben)) == "2026-03-22");
    REQUIRE(text(w, "SELECT next_due FROM contacts WHERE id = " + std::to_string(cleo)) == "2026-05-02");

    w.store.change("Tasks: 1 done from your phone, 2 moved from your phone", [&] {
        Interaction done;
        done.contactId = ana;
        done.kind = InteractionKind::Other;
        done.note = "Done from your task list";
        markDoneWithinChange(w.store, done);
        snoozeWithinChange(w.store, ben, day("2026-03-30"));
        dueOnWithinChange(w.store, cleo, day("2026-03-10"));
    });

    CHECK(text(w, "SELECT note FROM interactions") == "Done from your task list");
    CHECK(text(w, "SELECT status FROM reminders") == "1"); // the card's reminder, settled as a swipe does
    CHECK(text(w, "SELECT next_due FROM contacts WHERE id = " + std::to_string(ana)) == "2026-03-16");
    CHECK(text(w, "SELECT snoozed_until || ' ' || snooze_count FROM contacts WHERE id = " + std::to_string(ben)) ==
          "2026-03-30 1");
    CHECK(text(w, "SELECT next_due FROM contacts WHERE id = " + std::to_string(cleo)) == "2026-03-10");

    CHECK(w.store.undo() == "Tasks: 1 done from your phone, 2 moved from your phone");
    CHECK(text(w, "SELECT count(*) FROM interactions") == "0");
    CHECK(text(w, "SELECT status FROM reminders") == "0");
    CHECK(text(w, "SELECT snoozed_until || ' ' || snooze_count FROM contacts WHERE id = " + std::to_string(ben)) ==
          " 0");
    CHECK(text(w, "SELECT next_due FROM contacts WHERE id = " + std::to_string(cleo)) == "2026-05-02");
}

TEST_CASE("A step that can't be done inside a change rolls the whole change back", "[followup][triage]") {
    World w;
    const ContactId ana = w.add("Ana Ruiz", Circle::Inner, "2026-01-01");
    const ContactId ben = w.add("Ben Okafor", Circle::Close, "2026-02-20");
    w.setNow("2026-03-02", 9);
    w.store.change("Trash Ana", [&] { ContactRepo(w.store.db()).moveToTrash(ana, w.clock.now()); });

    CHECK_THROWS_AS(w.store.change("Sync",
                                   [&] {
                                       snoozeWithinChange(w.store, ben, day("2026-03-30"));
                                       Interaction done;
                                       done.contactId = ana; // in the trash: can't be logged
                                       markDoneWithinChange(w.store, done);
                                   }),
                    StoreError);
    CHECK(text(w, "SELECT snoozed_until FROM contacts WHERE id = " + std::to_string(ben)).empty());
    CHECK(w.store.history().undoLabel() == "Trash Ana");
}
