#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace rk {

class Database;

// An upcoming follow-up as a to-do: what the .ics export writes as a VTODO and
// what `rekindle sync` keeps in a CalDAV task list. One list, so the file and
// the phone always agree on what is due and when.
struct FollowUpTodo {
    enum class Source { Contact, Reminder };
    Source source = Source::Contact;
    std::int64_t itemId = 0; // the contact (Contact) or the reminder (Reminder)
    std::int64_t contactId = 0;
    // Contact: last_contact_at when this round of keeping in touch began (0:
    // never contacted). Logging starts a new round; a snooze or skip does not.
    std::int64_t since = 0;
    std::string summary;
    std::string description;
    std::string due; // YYYY-MM-DD
};

// Every upcoming follow-up, as the export has always chosen them:
//  - each active contact with a cadence due date (the later of next_due and a
//    snooze), saying why and who;
//  - each open reminder, with its note.
// Ordered by due date, then id, contacts first.
[[nodiscard]] std::vector<FollowUpTodo> upcomingFollowUps(Database& db);

// Where the export's UIDs live ("contact-7-followup@rekindle.invalid"): a
// reserved top-level domain, never a real host.
inline constexpr const char* kExportUidDomain = "@rekindle.invalid";
// An ISO day (2026-12-04) as iCalendar writes a DATE value (20261204).
[[nodiscard]] std::string icsDate(const std::string& iso);

// The UID the .ics export gives it: one per contact or reminder, so
// re-importing the file updates the task instead of adding another.
[[nodiscard]] std::string exportTodoUid(const FollowUpTodo& todo);

// Appends the VTODO (RFC 5545 lines, folded, CRLF) for `todo` under `uid`.
// `completedAt` set: the task is done (STATUS:COMPLETED at that instant).
// `now` fills DTSTAMP.
void appendVTodo(std::string& out, const FollowUpTodo& todo, const std::string& uid, std::int64_t now,
                 std::optional<std::int64_t> completedAt = std::nullopt);

// One task as a CalDAV server stores it (RFC 4791 §4.1: a VCALENDAR holding
// one VTODO).
[[nodiscard]] std::string vtodoObject(const FollowUpTodo& todo, const std::string& uid, std::int64_t now,
                                      std::optional<std::int64_t> completedAt = std::nullopt);

} // namespace rk
