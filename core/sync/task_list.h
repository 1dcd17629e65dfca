#pragma once
#include "core/sync/address_book.h"

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
};

} // namespace rk
