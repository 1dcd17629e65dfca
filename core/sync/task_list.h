#pragma once
#include "core/sync/address_book.h"

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace rk {

// A task on the server: where it is, which version, and its text (one
// calendar object holding one VTODO).
using RemoteTask = RemoteCard;

// A task list (a calendar collection holding VTODOs) as the task sync sees
// it: the same conversation as an address book's, with tasks instead of
// cards. platform/dav/caldav_tasks speaks CalDAV (RFC 4791) for it; every
// call may throw SyncError.
class TaskList {
public:
    virtual ~TaskList() = default;
    // Changes since `token` ("" = a complete listing).
    virtual RemoteChanges changesSince(const std::string& token) = 0;
    // The tasks at these hrefs; one that vanished meanwhile is left out.
    virtual std::vector<RemoteTask> fetch(std::span<const std::string> hrefs) = 0;
    // Where a new task with this UID goes.
    [[nodiscard]] virtual std::string hrefFor(const std::string& uid) const = 0;
    // Writes a task: `ifMatch` is the version it replaces, "" for a new one
    // (which must not exist yet). Never overwrites a version it was not told.
    virtual WriteResult put(const std::string& href, const std::string& text, const std::string& ifMatch) = 0;
    virtual WriteResult remove(const std::string& href, const std::string& ifMatch) = 0;
    // Writes many new tasks in one request into a task list that holds none
    // yet, where the server can: Radicale takes a whole calendar in one PUT,
    // while one PUT a task costs it a scan of the list each (a first sync
    // measured 40 ms a task at 100 tasks and 94 ms at 1,000, so 10k would take
    // hours). `todos` are VTODO components (BEGIN:VTODO … END:VTODO). Nothing
    // when it can't or the list is no longer empty: the caller then writes
    // them one by one.
    virtual std::optional<BulkWrite> putAllNew(const std::vector<std::string>& todos) {
        (void)todos;
        return std::nullopt;
    }
};

} // namespace rk
