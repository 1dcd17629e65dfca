#include "core/commands/history_commands.h"
#include "core/commands/triage.h"
#include "core/db/store_error.h"
#include "core/repo/interaction_repo.h"
#include "core/repo/reminder_repo.h"
#include "tests/commands/command_fixture.h"

#include <catch2/catch.hpp>

using namespace rk;

namespace {

// Logs an email to `id` `daysAgo` days before now.
std::int64_t logEmail(test::CommandWorld& w, ContactId id, int daysAgo) {
    Interaction i;
    i.contactId = id;
    i.kind = InteractionKind::Email;
    i.at = w.clock.now() - static_cast<std::int64_t>(daysAgo) * 86400;
    logInteraction(w.store, i);
    return i.id;
}

} // namespace

TEST_CASE("Editing an interaction moves the last contact and the follow-up with it, as one step",
          "[commands][history]") {
    test::CommandWorld w;
    const ContactId ana = w.add("Ana García", Circle::Close); // every 30 days
    const std::int64_t id = logEmail(w, ana, 10);
    CHECK(w.get(ana).nextDue == "2026-12-24");

    Interaction edited = *InteractionRepo(w.store.db()).get(id);
    edited.kind = InteractionKind::Call;
    edited.at = w.clock.now() - 2 * 86400;
    edited.note = "Talked about the new team";
    const ChangeResult r = editInteraction(w.store, edited);
    CHECK(r.label == "Edited a call with Ana García");
    CHECK(InteractionRepo(w.store.db()).get(id)->note == "Talked about the new team");
    CHECK(w.get(ana).lastContactAt == edited.at);
    CHECK(w.get(ana).nextDue == "2027-01-01");

    CHECK(w.store.undo() == "Edited a call with Ana García");
    CHECK(InteractionRepo(w.store.db()).get(id)->kind == InteractionKind::Email);
    CHECK(w.get(ana).nextDue == "2026-12-24");
}

TEST_CASE("An interaction stays with its person and must exist", "[commands][history]") {
    test::CommandWorld w;
    const ContactId ana = w.add("Ana García");
    const ContactId kwame = w.add("Kwame Mensah");
    Interaction edited = *InteractionRepo(w.store.db()).get(logEmail(w, ana, 1));
    edited.contactId = kwame;
    CHECK_THROWS_WITH(editInteraction(w.store, edited), "An interaction stays with its person.");
    edited.id = 4242;
    CHECK_THROWS_WITH(editInteraction(w.store, edited), "That interaction no longer exists.");
    CHECK_THROWS_WITH(deleteInteraction(w.store, 4242), "That interaction no longer exists.");
}

TEST_CASE(
    "Deleting an interaction brings the last contact back to the one before, and undo restores it",
    "[commands][history]") {
    test::CommandWorld w;
    const ContactId ana = w.add("Ana García", Circle::Close);
    const std::int64_t older = logEmail(w, ana, 20);
    const std::int64_t newer = logEmail(w, ana, 3);
    const ChangeResult r = deleteInteraction(w.store, newer);
    CHECK(r.label == "Deleted an email with Ana García");
    CHECK_FALSE(InteractionRepo(w.store.db()).get(newer));
    CHECK(w.get(ana).lastContactAt == InteractionRepo(w.store.db()).get(older)->at);
    CHECK(w.get(ana).nextDue == "2026-12-14");

    w.store.undo();
    CHECK(InteractionRepo(w.store.db()).get(newer));
    CHECK(w.get(ana).nextDue == "2026-12-31");
}

TEST_CASE("A reminder is set for today or later, in words with its weekday",
          "[commands][reminders]") {
    test::CommandWorld w;
    const ContactId ana = w.add("Ana García");
    Reminder r;
    r.contactId = ana;
    r.note = "Ask how the new job is going";

    SECTION("next Monday") {
        r.dueDate = "2026-12-07";
        const ChangeResult done = addReminder(w.store, r);
        CHECK(done.label == "Reminder set for Mon 7 Dec: Ana García");
        const auto open = ReminderRepo(w.store.db()).openForContact(ana);
        REQUIRE(open.size() == 1);
        CHECK(open.front().note == "Ask how the new job is going");
        CHECK(open.front().id == r.id);
        w.store.undo();
        CHECK(ReminderRepo(w.store.db()).openForContact(ana).empty());
    }
    SECTION("next year shows the year") {
        r.dueDate = "2027-01-04";
        CHECK(addReminder(w.store, r).label == "Reminder set for Mon 4 Jan 2027: Ana García");
    }
    SECTION("today is fine, yesterday is not, and nonsense is refused") {
        r.dueDate = "2026-12-04";
        CHECK_NOTHROW(addReminder(w.store, r));
        r.dueDate = "2026-12-03";
        CHECK_THROWS_WITH(addReminder(w.store, r), "Pick today or a day after it.");
        r.dueDate = "2026-02-30";
        CHECK_THROWS_WITH(addReminder(w.store, r), "Use a date like 2026-12-18.");
        CHECK(ReminderRepo(w.store.db()).openForContact(ana).size() == 1);
    }
    SECTION("not for someone in the trash") {
        moveToTrash(w.store, ana);
        r.dueDate = "2026-12-07";
        CHECK_THROWS_WITH(addReminder(w.store, r),
                          "Ana García is in the trash. Restore them first.");
    }
}

TEST_CASE("Dismissing a reminder closes it, and undo opens it again", "[commands][reminders]") {
    test::CommandWorld w;
    const ContactId ana = w.add("Ana García");
    Reminder r;
    r.contactId = ana;
    r.dueDate = "2026-12-10";
    addReminder(w.store, r);
    CHECK(dismissReminder(w.store, r.id).label == "Dismissed the reminder for Ana García");
    CHECK(ReminderRepo(w.store.db()).get(r.id)->status == FollowUpStatus::Dismissed);
    w.store.undo();
    CHECK(ReminderRepo(w.store.db()).get(r.id)->status == FollowUpStatus::Open);
    CHECK_THROWS_WITH(dismissReminder(w.store, 777), "That reminder no longer exists.");
}
