#include "core/io/export/followup_todos.h"

#include "core/db/database.h"
#include "core/db/statement.h"
#include "core/io/vcard/content_line.h"
#include "core/model/enums.h"
#include "core/schedule/cadence.h"
#include "core/time/civil_date.h"

namespace rk {

std::string icsDate(const std::string& iso) {
    std::string out;
    for (char c : iso)
        if (c != '-') out.push_back(c);
    return out;
}

std::vector<FollowUpTodo> upcomingFollowUps(Database& db) {
    std::vector<FollowUpTodo> out;
    const CadencePolicy policy = CadencePolicy::load(db);
    {
        Statement st(db, "SELECT id, display_name, next_due, snoozed_until, circle, cadence_days, "
                         "last_contact_at FROM contacts WHERE deleted_at IS NULL AND archived_at IS NULL "
                         "AND next_due <> '' ORDER BY next_due, id");
        while (st.step()) {
            FollowUpTodo todo;
            todo.source = FollowUpTodo::Source::Contact;
            todo.itemId = todo.contactId = st.int64(0);
            const std::string name = st.text(1);
            std::string due = st.text(2);
            const std::string snoozed = st.text(3);
            if (!snoozed.empty() && snoozed > due) due = snoozed;
            std::optional<int> cadence;
            if (auto c = st.optInt64(5)) cadence = static_cast<int>(*c);
            const auto circle = static_cast<Circle>(st.int32(4));
            std::string why = "Keep in touch every " + std::to_string(policy.daysFor(circle, cadence)) +
                              " days (" + std::string(circleName(circle)) + ").";
            if (auto last = st.optInt64(6)) {
                why += " Last contact " + localDateOf(*last).iso() + ".";
                todo.since = *last;
            } else {
                why += " Not contacted yet.";
            }
            if (!snoozed.empty() && snoozed == due) why += " Snoozed until " + snoozed + ".";
            todo.summary = "Follow up with " + name;
            todo.description = std::move(why);
            todo.due = std::move(due);
            out.push_back(std::move(todo));
        }
    }
    {
        Statement st(db, "SELECT r.id, r.due_date, r.note, c.display_name, c.id FROM reminders r JOIN contacts c "
                         "ON c.id = r.contact_id WHERE r.status = 0 AND c.deleted_at IS NULL "
                         "ORDER BY r.due_date, r.id");
        while (st.step()) {
            FollowUpTodo todo;
            todo.source = FollowUpTodo::Source::Reminder;
            todo.itemId = st.int64(0);
            todo.contactId = st.int64(4);
            const std::string note = st.text(2);
            const std::string name = st.text(3);
            todo.summary = "Reminder: " + name + (note.empty() ? "" : " — " + note);
            todo.description = "Reminder for " + name + (note.empty() ? "." : ": " + note);
            todo.due = st.text(1);
            out.push_back(std::move(todo));
        }
    }
    return out;
}

std::string exportTodoUid(const FollowUpTodo& todo) {
    if (todo.source == FollowUpTodo::Source::Contact)
        return "contact-" + std::to_string(todo.itemId) + "-followup" + kExportUidDomain;
    return "reminder-" + std::to_string(todo.itemId) + kExportUidDomain;
}

void appendVTodo(std::string& out, const FollowUpTodo& todo, const std::string& uid, std::int64_t now,
                 std::optional<std::int64_t> completedAt) {
    auto line = [&](const std::string& text) { appendContentLine(out, text); };
    line("BEGIN:VTODO");
    line("UID:" + uid);
    line("DTSTAMP:" + utcStamp(now));
    line("SUMMARY:" + escapeText(todo.summary));
    line("DESCRIPTION:" + escapeText(todo.description));
    line("DUE;VALUE=DATE:" + icsDate(todo.due));
    if (completedAt) {
        line("STATUS:COMPLETED");
        line("COMPLETED:" + utcStamp(*completedAt));
        line("PERCENT-COMPLETE:100");
    } else {
        line("STATUS:NEEDS-ACTION");
    }
    line("CATEGORIES:Rekindle");
    line("END:VTODO");
}

std::string vtodoObject(const FollowUpTodo& todo, const std::string& uid, std::int64_t now,
                        std::optional<std::int64_t> completedAt) {
    std::string out;
    appendContentLine(out, "BEGIN:VCALENDAR");
    appendContentLine(out, "VERSION:2.0");
    appendContentLine(out, "PRODID:-//Rekindle//Rekindle follow-ups//EN");
    appendVTodo(out, todo, uid, now, completedAt);
    appendContentLine(out, "END:VCALENDAR");
    return out;
}

} // namespace rk
