#include "core/io/export/ics_writer.h"

#include "core/db/database.h"
#include "core/db/statement.h"
#include "core/io/vcard/content_line.h"
#include "core/model/enums.h"
#include "core/schedule/cadence.h"
#include "core/time/civil_date.h"

namespace rk {

namespace {

constexpr const char* kUidDomain = "@rekindle.invalid"; // reserved TLD: never a real host

std::string icsDate(const std::string& iso) {
    std::string out;
    for (char c : iso)
        if (c != '-') out.push_back(c);
    return out;
}

} // namespace

std::string writeICalendar(Database& db, std::int64_t now) {
    std::string out;
    auto line = [&](const std::string& text) { appendContentLine(out, text); };
    const std::string stamp = "DTSTAMP:" + utcStamp(now);
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line("PRODID:-//Rekindle//Rekindle follow-ups//EN");
    line("CALSCALE:GREGORIAN");
    line("X-WR-CALNAME:Rekindle follow-ups");

    const CadencePolicy policy = CadencePolicy::load(db);
    {
        Statement st(db, "SELECT id, display_name, next_due, snoozed_until, circle, cadence_days, "
                         "last_contact_at FROM contacts WHERE deleted_at IS NULL AND archived_at IS NULL "
                         "AND next_due <> '' ORDER BY next_due, id");
        while (st.step()) {
            const std::string name = st.text(1);
            std::string due = st.text(2);
            const std::string snoozed = st.text(3);
            if (!snoozed.empty() && snoozed > due) due = snoozed;
            std::optional<int> cadence;
            if (auto c = st.optInt64(5)) cadence = static_cast<int>(*c);
            const auto circle = static_cast<Circle>(st.int32(4));
            std::string why = "Keep in touch every " + std::to_string(policy.daysFor(circle, cadence)) +
                              " days (" + std::string(circleName(circle)) + ").";
            if (auto last = st.optInt64(6)) why += " Last contact " + localDateOf(*last).iso() + ".";
            else why += " Not contacted yet.";
            if (!snoozed.empty() && snoozed == due) why += " Snoozed until " + snoozed + ".";
            line("BEGIN:VTODO");
            line("UID:contact-" + std::to_string(st.int64(0)) + "-followup" + kUidDomain);
            line(stamp);
            line("SUMMARY:" + escapeText("Follow up with " + name));
            line("DESCRIPTION:" + escapeText(why));
            line("DUE;VALUE=DATE:" + icsDate(due));
            line("STATUS:NEEDS-ACTION");
            line("CATEGORIES:Rekindle");
            line("END:VTODO");
        }
    }
    {
        Statement st(db, "SELECT r.id, r.due_date, r.note, c.display_name FROM reminders r JOIN contacts c "
                         "ON c.id = r.contact_id WHERE r.status = 0 AND c.deleted_at IS NULL "
                         "ORDER BY r.due_date, r.id");
        while (st.step()) {
            const std::string note = st.text(2);
            const std::string name = st.text(3);
            line("BEGIN:VTODO");
            line("UID:reminder-" + std::to_string(st.int64(0)) + kUidDomain);
            line(stamp);
            line("SUMMARY:" + escapeText("Reminder: " + name + (note.empty() ? "" : " — " + note)));
            line("DESCRIPTION:" + escapeText("Reminder for " + name + (note.empty() ? "." : ": " + note)));
            line("DUE;VALUE=DATE:" + icsDate(st.text(1)));
            line("STATUS:NEEDS-ACTION");
            line("CATEGORIES:Rekindle");
            line("END:VTODO");
        }
    }
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
            line("UID:contact-" + std::to_string(st.int64(0)) + "-birthday" + kUidDomain);
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
