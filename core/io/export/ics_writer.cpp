#include "core/io/export/ics_writer.h"

#include "core/db/database.h"
#include "core/db/statement.h"
#include "core/io/export/followup_todos.h"
#include "core/io/vcard/content_line.h"
#include "core/time/civil_date.h"

namespace rk {

std::string writeICalendar(Database& db, std::int64_t now) {
    std::string out;
    auto line = [&](const std::string& text) { appendContentLine(out, text); };
    const std::string stamp = "DTSTAMP:" + utcStamp(now);
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line("PRODID:-//Rekindle//Rekindle follow-ups//EN");
    line("CALSCALE:GREGORIAN");
    line("X-WR-CALNAME:Rekindle follow-ups");

    for (const FollowUpTodo& todo : upcomingFollowUps(db)) appendVTodo(out, todo, exportTodoUid(todo), now);
    {
        Statement st(db, "SELECT id, display_name, birthday FROM contacts WHERE deleted_at IS NULL "
                         "AND archived_at IS NULL AND birthday <> '' ORDER BY id");
        while (st.step()) {
            const std::string b = st.text(2);
            // A birthday without a year starts in 2000, a leap year, so --02-29 exists.
            const auto date = CivilDate::parse(b.starts_with("--") ? "2000" + b.substr(1) : b);
            if (!date) continue;
            const bool leapDay = date->month == 2 && date->day == 29;
            line("BEGIN:VEVENT");
            line("UID:contact-" + std::to_string(st.int64(0)) + "-birthday" + kExportUidDomain);
            line(stamp);
            line("SUMMARY:" + escapeText("Birthday: " + st.text(1)));
            line("DTSTART;VALUE=DATE:" + icsDate(date->iso()));
            line("DTEND;VALUE=DATE:" + icsDate(date->addDays(1).iso()));
            line(leapDay ? "RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1" : "RRULE:FREQ=YEARLY");
            line("TRANSP:TRANSPARENT");
            line("CATEGORIES:Rekindle,Birthday");
            line("END:VEVENT");
        }
    }
    line("END:VCALENDAR");
    return out;
}

} // namespace rk
