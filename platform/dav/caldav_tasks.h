#pragma once
#include "core/sync/task_list.h"

#include <string>

namespace rk {

class HttpClient;

// What a new task list is called on the server, and what discovery looks for
// first, so that follow-ups keep to a list of their own when there is one.
inline constexpr const char* kTaskListName = "Rekindle follow-ups";

// Finds the task list for the follow-ups from the server address the person
// typed: the URL itself when it is a calendar, else current-user-principal
// (asked at the URL, then at /.well-known/caldav, RFC 6764), its
// calendar-home-set, and there the calendar called "Rekindle follow-ups",
// else the first calendar that takes tasks (VTODO in its
// supported-calendar-component-set; a calendar naming none takes all).
// When there is none, makes "Rekindle follow-ups" (MKCALENDAR, tasks only)
// if `mayCreate`, else returns "". Returns its full URL; throws SyncError in
// plain words.
[[nodiscard]] std::string discoverTaskList(HttpClient& http, const std::string& server, bool mayCreate = true);

// A calendar collection on a CalDAV server (RFC 4791), as a task list:
// changes from sync-collection (RFC 6578) or a full etag listing, tasks read
// with calendar-multiget, written with If-Match / If-None-Match; a first sync
// into an empty list writes them all in one PUT where the server takes that.
class CalDavTasks : public TaskList {
public:
    CalDavTasks(HttpClient& http, std::string url);

    RemoteChanges changesSince(const std::string& token) override;
    std::vector<RemoteTask> fetch(std::span<const std::string> hrefs) override;
    [[nodiscard]] std::string hrefFor(const std::string& uid) const override;
    WriteResult put(const std::string& href, const std::string& text, const std::string& ifMatch) override;
    WriteResult remove(const std::string& href, const std::string& ifMatch) override;
    std::optional<BulkWrite> putAllNew(const std::vector<std::string>& todos) override;

private:
    HttpClient& m_http;
    std::string m_url;
    std::string m_path; // m_url's path, how the server names its tasks
};

} // namespace rk
