// The follow-ups as tasks in a real Radicale's CalDAV task list, both ways:
// sent with their due dates, done from the phone (one undo step), moved on
// the phone, completed there when logged here, a 412 race, a dry run.
// Today is Tuesday 1 December 2026 in Paris.
#include "tests/sync/task_world.h"

#include "core/commands/triage.h"
#include "platform/dav/multistatus.h"

#include <catch2/catch.hpp>

using namespace rk;
using namespace rk::test;

namespace {

// Ana (close circle, every 30 days, last seen 10 November): due 10 December.
// Ben (network, every 90 days, last seen 1 October): due 30 December, and a
// reminder on 3 December to send him the deck.
struct Network {
    explicit Network(TaskWorld& w)
        : ana(w.person("Ana Ruiz", Circle::Close, localTime(2026, 11, 10))),
          ben(w.person("Ben Okafor", Circle::Network, localTime(2026, 10, 1))),
          deck(w.reminder(ben, "2026-12-03", "Send the deck")) {}
    ContactId ana;
    ContactId ben;
    std::int64_t deck;
};

const std::string kAna = "SUMMARY:Follow up with Ana Ruiz";
const std::string kBen = "SUMMARY:Follow up with Ben Okafor";
const std::string kDeck = "SUMMARY:Reminder: Ben Okafor — Send the deck";

} // namespace

TEST_CASE("Discovery makes a task list for the follow-ups once, and finds it after", "[sync][tasks]") {
    RadicaleServer server;
    HttpClient http("alice", "secret");
    CHECK(discoverTaskList(http, server.url(), false).empty()); // a dry look makes nothing

    const std::string made = discoverTaskList(http, server.url());
    CHECK(made == server.url() + "alice/rekindle-follow-ups/");
    CHECK(discoverTaskList(http, server.url()) == made);

    const HttpResponse r = http.send(
        "PROPFIND", made,
        R"(<?xml version="1.0"?><d:propfind xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav"><d:prop>)"
        R"(<d:displayname/><c:supported-calendar-component-set/></d:prop></d:propfind>)",
        {"Depth: 0", "Content-Type: application/xml"});
    REQUIRE(r.status == 207);
    const Multistatus ms = parseMultistatus(r.body);
    REQUIRE(ms.responses.size() == 1);
    CHECK(ms.responses.front().props.at("displayname") == "Rekindle follow-ups");
    CHECK(ms.responses.front().components == std::set<std::string>{"VTODO"});
}

TEST_CASE("Follow-ups and reminders appear as tasks with their due dates", "[sync][tasks]") {
    TaskWorld w;
    Network n(w);

    const TaskSyncReport first = w.sync();
    CHECK(first.sent.size() == 3);
    CHECK(first.summary() == "Tasks: 3 sent");
    CHECK(w.count("SELECT count(*) FROM sync_tasks WHERE state = 'open'") == 3);

    CHECK(w.serverTasks().size() == 3);
    CHECK(w.tasksWith({kAna, "DUE;VALUE=DATE:20261210", "STATUS:NEEDS-ACTION"}).size() == 1);
    CHECK(w.tasksWith({kBen, "DUE;VALUE=DATE:20261230", "STATUS:NEEDS-ACTION"}).size() == 1);
    CHECK(w.tasksWith({kDeck, "DUE;VALUE=DATE:20261203"}).size() == 1);

    const TaskSyncReport again = w.sync();
    CHECK(again.nothingChanged());
    CHECK(again.summary() == "Tasks: nothing changed");
}

TEST_CASE("Completing a task on the phone marks the follow-up done here, in one undo step", "[sync][tasks]") {
    TaskWorld w;
    Network n(w);
    w.sync();
    w.phoneCompletes(kAna);

    const TaskSyncReport report = w.sync();
    CHECK(report.doneHere == std::vector<std::string>{"Follow up with Ana Ruiz"});
    // Logged as done, at the time the phone says, so Ana is next due 30 days later.
    CHECK(w.count("SELECT count(*) FROM interactions") == 1);
    CHECK(w.text("SELECT note FROM interactions") == "Done from your task list");
    CHECK(w.count("SELECT at FROM interactions") == localTime(2026, 12, 1, 9));
    CHECK(w.text("SELECT next_due FROM contacts WHERE display_name = 'Ana Ruiz'") == "2026-12-31");
    CHECK(w.here.store.history().undoLabel() == "Tasks: 1 done from your phone");
    // Her next round is on the phone already; the done one stays done there.
    CHECK(w.tasksWith({kAna, "DUE;VALUE=DATE:20261231", "STATUS:NEEDS-ACTION"}).size() == 1);
    CHECK(w.tasksWith({kAna, "STATUS:COMPLETED"}).size() == 1);

    CHECK(w.here.store.undo() == "Tasks: 1 done from your phone");
    CHECK(w.count("SELECT count(*) FROM interactions") == 0);
    CHECK(w.text("SELECT next_due FROM contacts WHERE display_name = 'Ana Ruiz'") == "2026-12-10");

    // The undo goes to the phone too: the task is open again, the new round gone.
    const TaskSyncReport afterUndo = w.sync();
    CHECK(afterUndo.updatedThere == std::vector<std::string>{"Follow up with Ana Ruiz"});
    CHECK(afterUndo.removedThere == std::vector<std::string>{"Follow up with Ana Ruiz"});
    CHECK(w.tasksWith({kAna}).size() == 1);
    CHECK(w.tasksWith({kAna, "DUE;VALUE=DATE:20261210", "STATUS:NEEDS-ACTION"}).size() == 1);
}

TEST_CASE("A reminder ticked off on the phone is done here", "[sync][tasks]") {
    TaskWorld w;
    Network n(w);
    w.sync();
    w.phoneCompletes(kDeck);

    const TaskSyncReport report = w.sync();
    CHECK(report.doneHere == std::vector<std::string>{"Reminder: Ben Okafor — Send the deck"});
    CHECK(w.count("SELECT status FROM reminders") == 1); // FollowUpStatus::Done
    CHECK(w.count("SELECT count(*) FROM interactions") == 0);
    CHECK(w.sync().nothingChanged());
}

TEST_CASE("Moving a due date on the phone snoozes the follow-up here", "[sync][tasks]") {
    TaskWorld w;
    Network n(w);
    w.sync();

    SECTION("later: snoozed until that day") {
        w.phoneEdits(kAna, "DUE;VALUE=DATE:20261210", "DUE;VALUE=DATE:20261215");
        const TaskSyncReport report = w.sync();
        CHECK(report.movedHere == std::vector<std::string>{"Follow up with Ana Ruiz to 2026-12-15"});
        CHECK(w.text("SELECT snoozed_until FROM contacts WHERE display_name = 'Ana Ruiz'") == "2026-12-15");
        CHECK(w.count("SELECT snooze_count FROM contacts WHERE display_name = 'Ana Ruiz'") == 1);
        CHECK(w.here.store.history().undoLabel() == "Tasks: 1 moved from your phone");
        CHECK(w.sync().nothingChanged()); // the phone's date is not sent back to it
    }
    SECTION("earlier: due that day") {
        w.phoneEdits(kBen, "DUE;VALUE=DATE:20261230", "DUE;VALUE=DATE:20261204");
        w.sync();
        CHECK(w.text("SELECT next_due FROM contacts WHERE display_name = 'Ben Okafor'") == "2026-12-04");
        CHECK(w.text("SELECT snoozed_until FROM contacts WHERE display_name = 'Ben Okafor'").empty());
    }
    SECTION("a reminder moves to the new day") {
        w.phoneEdits(kDeck, "DUE;VALUE=DATE:20261203", "DUE;VALUE=DATE:20261208");
        w.sync();
        CHECK(w.text("SELECT due_date FROM reminders") == "2026-12-08");
    }
}

TEST_CASE("Logging here completes the task there, and a new round is a new task", "[sync][tasks]") {
    TaskWorld w;
    Network n(w);
    w.sync();

    Interaction call;
    call.contactId = n.ana;
    call.kind = InteractionKind::Call;
    static_cast<void>(logInteraction(w.here.store, call));
    static_cast<void>(dismissReminder(w.here.store, n.deck));

    const TaskSyncReport report = w.sync();
    CHECK(report.completedThere == std::vector<std::string>{"Follow up with Ana Ruiz"});
    CHECK(report.removedThere == std::vector<std::string>{"Reminder: Ben Okafor — Send the deck"});
    CHECK(report.sent == std::vector<std::string>{"Follow up with Ana Ruiz"});
    CHECK(w.tasksWith({kAna, "DUE;VALUE=DATE:20261210", "STATUS:COMPLETED"}).size() == 1);
    CHECK(w.tasksWith({kAna, "DUE;VALUE=DATE:20261231", "STATUS:NEEDS-ACTION"}).size() == 1);
    CHECK(w.tasksWith({kDeck}).empty());
    CHECK(w.here.store.history().undoLabel() == "Dismissed the reminder for Ben Okafor"); // the sync's own: no step
}

TEST_CASE("A task changed on the phone while Rekindle writes it is read again (412)", "[sync][tasks]") {
    TaskWorld w;
    Network n(w);
    w.sync();
    // Here Ana is snoozed to the 20th; on the phone she is ticked off just
    // before Rekindle sends the new date.
    static_cast<void>(snooze(w.here.store, n.ana, SnoozeLength::Until, CivilDate{2026, 12, 20}));
    bool raced = false;
    const TaskSyncReport report = w.sync({}, [&](const std::string&) {
        if (raced) return;
        raced = true;
        w.phoneCompletes(kAna);
    });
    CHECK(raced);
    CHECK(report.updatedThere.empty()); // the snooze did not overwrite the phone's "done"
    CHECK(report.doneHere == std::vector<std::string>{"Follow up with Ana Ruiz"});
    CHECK(w.count("SELECT count(*) FROM interactions WHERE note = 'Done from your task list'") == 1);
    CHECK(w.tasksWith({kAna, "COMPLETED:20261201T080000Z"}).size() == 1);
}

TEST_CASE("A task deleted on the phone leaves the follow-up alone and is not sent again", "[sync][tasks]") {
    TaskWorld w;
    Network n(w);
    w.sync();
    w.phoneDeletes(kBen);

    const TaskSyncReport report = w.sync();
    CHECK(report.deletedThere == std::vector<std::string>{"Follow up with Ben Okafor"});
    CHECK(w.text("SELECT next_due FROM contacts WHERE display_name = 'Ben Okafor'") == "2026-12-30");
    CHECK(w.sync().nothingChanged());
    CHECK(w.tasksWith({kBen}).empty());
}

TEST_CASE("A dry run of the task sync writes nothing, here or there", "[sync][tasks]") {
    TaskWorld w;
    Network n(w);
    w.sync();
    w.phoneCompletes(kAna);
    static_cast<void>(w.reminder(n.ana, "2026-12-07", "Ask about Lisbon"));
    const std::vector<RemoteTask> before = w.serverTasks();
    const std::string undoBefore = w.here.store.history().undoLabel();
    const std::int64_t version = w.count("PRAGMA data_version");

    const TaskSyncReport dry = w.sync({.dryRun = true});
    CHECK(dry.dryRun);
    CHECK(dry.doneHere == std::vector<std::string>{"Follow up with Ana Ruiz"});
    CHECK(dry.sent == std::vector<std::string>{"Reminder: Ana Ruiz — Ask about Lisbon"});

    CHECK(w.count("SELECT count(*) FROM interactions") == 0);
    CHECK(w.count("PRAGMA data_version") == version);
    CHECK(w.here.store.history().undoLabel() == undoBefore);
    const std::vector<RemoteTask> after = w.serverTasks();
    REQUIRE(after.size() == before.size());
    for (std::size_t i = 0; i < after.size(); ++i) CHECK(after[i].etag == before[i].etag);
}

TEST_CASE("A task Rekindle can't read is named and left alone, and another app's event is ignored",
          "[sync][tasks]") {
    TaskWorld w;
    Network n(w);
    w.sync();
    {
        HttpClient http("alice", "secret");
        CalDavTasks list(http, w.listUrl);
        REQUIRE(list.put(list.hrefFor("phone-event"),
                         "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Phone//EN\r\nBEGIN:VEVENT\r\n"
                         "UID:phone-event\r\nDTSTAMP:20261201T080000Z\r\nDTSTART;VALUE=DATE:20261205\r\n"
                         "SUMMARY:Lunch\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
                         "")
                    .outcome == WriteOutcome::Written);
    }
    w.phoneEdits(kBen, "DUE;VALUE=DATE:20261230", "DUE;VALUE=DATE:20261215");
    w.phoneCompletes(kAna);

    // Ben's task arrives mangled.
    const TaskSyncReport report = w.sync({}, {}, [](RemoteTask& t) {
        const auto due = t.text.find("DUE;VALUE=DATE:20261215");
        if (due != std::string::npos) t.text.replace(due, 23, "DUE:soon");
    });
    REQUIRE(report.skipped.size() == 1); // not the event
    CHECK(report.skipped.front().find("\"soon\" is not a due date") != std::string::npos);
    CHECK(report.movedHere.empty());
    CHECK(w.text("SELECT next_due FROM contacts WHERE display_name = 'Ben Okafor'") == "2026-12-30");
    CHECK(report.doneHere == std::vector<std::string>{"Follow up with Ana Ruiz"}); // the rest went on
    CHECK(w.tasksWith({"SUMMARY:Lunch"}).size() == 1);
}

TEST_CASE("A first sync of many follow-ups sends them in one request, and the list stays a task list",
          "[sync][tasks]") {
    TaskWorld w;
    w.here.store.change("People", [&] {
        for (int i = 0; i < 30; ++i) {
            Contact c;
            c.displayName = "Person " + std::to_string(i);
            c.circle = Circle::Close; // every 30 days, last seen on 1 … 30 November
            c.lastContactAt = localTime(2026, 11, 1 + i);
            ContactRepo(w.here.store.db()).insert(c, w.here.clock.now());
        }
    });

    HttpClient http("alice", "secret");
    CalDavTasks list(http, w.listUrl);
    const TaskSyncReport first = syncTaskList(w.here.store, list);
    CHECK(first.sent.size() == 30);
    CHECK(http.requestCount() < 10); // not 30 PUTs
    CHECK(w.serverTasks().size() == 30);
    CHECK(w.tasksWith({"SUMMARY:Follow up with Person 0\r\n", "DUE;VALUE=DATE:20261201"}).size() == 1);
    CHECK(w.tasksWith({"SUMMARY:Follow up with Person 29\r\n", "DUE;VALUE=DATE:20261230"}).size() == 1);
    CHECK(w.count("SELECT count(*) FROM sync_tasks WHERE etag <> '' AND state = 'open'") == 30);

    // Still "Rekindle follow-ups", for tasks only, where discovery finds it.
    CHECK(discoverTaskList(http, w.server.url(), false) == w.listUrl);
    const HttpResponse r = http.send(
        "PROPFIND", w.listUrl,
        R"(<?xml version="1.0"?><d:propfind xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav"><d:prop>)"
        R"(<d:displayname/><c:supported-calendar-component-set/></d:prop></d:propfind>)",
        {"Depth: 0", "Content-Type: application/xml"});
    REQUIRE(r.status == 207);
    const Multistatus ms = parseMultistatus(r.body);
    REQUIRE(ms.responses.size() == 1);
    CHECK(ms.responses.front().props.at("displayname") == "Rekindle follow-ups");
    CHECK(ms.responses.front().components == std::set<std::string>{"VTODO"});

    const int before = http.requestCount();
    CHECK(syncTaskList(w.here.store, list).nothingChanged());
    CHECK(http.requestCount() - before == 1);

    w.phoneCompletes("SUMMARY:Follow up with Person 7\r\n");
    CHECK(syncTaskList(w.here.store, list).doneHere == std::vector<std::string>{"Follow up with Person 7"});
}
