// Reading a task another app wrote, and ticking one off without losing what
// it added: bad input gives a clear answer, never a crash.
#include "core/io/export/followup_todos.h"
#include "core/sync/vtodo_reader.h"

#include <catch2/catch.hpp>

using namespace rk;

namespace {

const char* const kPhoneTask = "BEGIN:VCALENDAR\r\n"
                               "VERSION:2.0\r\n"
                               "PRODID:-//Phone//Tasks//EN\r\n"
                               "BEGIN:VTODO\r\n"
                               "UID:abc-123\r\n"
                               "SUMMARY:Follow up with Ana Ruiz\r\n"
                               "DESCRIPTION:A note the phone added\\, folded over\r\n"
                               " two lines\r\n"
                               "DUE;TZID=Europe/Paris:20261215T090000\r\n"
                               "STATUS:NEEDS-ACTION\r\n"
                               "BEGIN:VALARM\r\n"
                               "ACTION:DISPLAY\r\n"
                               "STATUS:IGNORED-INSIDE-ALARM\r\n"
                               "END:VALARM\r\n"
                               "END:VTODO\r\n"
                               "END:VCALENDAR\r\n";

} // namespace

TEST_CASE("A task's UID, due day and status are read, a due time counting by its date", "[sync][tasks]") {
    const TaskRead read = readTask(kPhoneTask);
    REQUIRE(read.facts);
    CHECK(read.problem.empty());
    CHECK(read.facts->uid == "abc-123");
    CHECK(read.facts->due == "2026-12-15");
    CHECK_FALSE(read.facts->completed);

    FollowUpTodo todo;
    todo.summary = "Follow up with Ben";
    todo.description = "Keep in touch every 90 days.";
    todo.due = "2026-12-30";
    const TaskRead ours = readTask(vtodoObject(todo, "ours-1", 1796126400, 1796130000));
    REQUIRE(ours.facts);
    CHECK(ours.facts->due == "2026-12-30");
    CHECK(ours.facts->completed);
    CHECK(ours.facts->completedAt == 1796130000);
}

TEST_CASE("Malformed tasks are refused with a reason", "[sync][tasks]") {
    static const char kJunk[] = "BEGIN:VCALENDAR\r\nBEGIN:VTODO\r\nUID:\0\xff\xfe\r\nEND:VTO";
    struct Case {
        std::string text;
        std::string problem;
    };
    const std::vector<Case> cases = {
        {"", "This is not an iCalendar object."},
        {"BEGIN:VCARD\r\nFN:Ana\r\nEND:VCARD\r\n", "This is not an iCalendar object."},
        {"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
         "The calendar object holds no task (VTODO)."},
        {"BEGIN:VCALENDAR\r\nBEGIN:VTODO\r\nSUMMARY:x\r\nEND:VTODO\r\nEND:VCALENDAR\r\n", "The task has no UID."},
        {"BEGIN:VCALENDAR\r\nBEGIN:VTODO\r\nUID:x\r\nDUE:tomorrow\r\nEND:VTODO\r\n",
         "Line 4: \"tomorrow\" is not a due date."},
        {"BEGIN:VCALENDAR\r\nBEGIN:VTODO\r\nUID:x\r\nDUE:20261345\r\nEND:VTODO\r\n",
         "Line 4: \"20261345\" is not a due date."},
        {"BEGIN:VCALENDAR\r\nBEGIN:VTODO\r\nUID:x\r\n", "The task is cut off before its END:VTODO."},
        {"BEGIN:VCALENDAR\r\nthis line has no colon\r\n", "Line 2 is not an iCalendar line."},
        {std::string(kJunk, sizeof kJunk - 1), "The task is cut off before its END:VTODO."},
    };
    for (const Case& c : cases) {
        INFO(c.text);
        const TaskRead read = readTask(c.text);
        CHECK_FALSE(read.facts);
        CHECK(read.problem == c.problem);
    }
}

TEST_CASE("Ticking a task off keeps every line another app wrote", "[sync][tasks]") {
    const auto done = completedTask(kPhoneTask, 1796126400); // 2026-12-01 12:00 UTC
    REQUIRE(done);
    CHECK(done->find("DESCRIPTION:A note the phone added\\, folded over\r\n two lines\r\n") != std::string::npos);
    CHECK(done->find("DUE;TZID=Europe/Paris:20261215T090000\r\n") != std::string::npos);
    CHECK(done->find("STATUS:NEEDS-ACTION") == std::string::npos);
    CHECK(done->find("STATUS:IGNORED-INSIDE-ALARM\r\n") != std::string::npos); // the alarm's own
    CHECK(done->find("STATUS:COMPLETED\r\nCOMPLETED:20261201T120000Z\r\nPERCENT-COMPLETE:100\r\nEND:VTODO") !=
          std::string::npos);
    const TaskRead read = readTask(*done);
    REQUIRE(read.facts);
    CHECK(read.facts->completed);
    CHECK(read.facts->completedAt == 1796126400);

    CHECK_FALSE(completedTask("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", 0));
    CHECK_FALSE(completedTask("BEGIN\r\nEND\r\n", 0)); // a bare BEGIN (found by fuzz_vtodo)
    CHECK_FALSE(completedTask("", 0));
}
