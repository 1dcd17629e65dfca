#include "platform/dav/caldav_tasks.h"

#include "platform/dav/dav_requests.h"
#include "platform/dav/http_client.h"
#include "core/io/vcard/content_line.h"
#include "platform/dav/multistatus.h"

#include <algorithm>

namespace rk {

namespace {

bool takesTasks(const DavResource& res) {
    return res.types.contains("calendar") && (res.components.empty() || res.components.contains("VTODO"));
}

} // namespace

std::string discoverTaskList(HttpClient& http, const std::string& server, bool mayCreate) {
    const DavStart start = findPrincipal(http, server, "caldav", "calendar");
    if (!start.collection.empty()) return start.collection;
    if (start.principal.empty())
        throw SyncError("No calendar service answered at " + server + ". Check the server address.");
    const std::string home = homeSet(http, start.principal, "cal:calendar-home-set");

    HttpResponse r = propfind(http, home, 1,
                              "<d:resourcetype/><d:displayname/><cal:supported-calendar-component-set/>");
    expectSuccess(r, "the list of calendars");
    const Multistatus ms = parseMultistatus(r.body);
    for (const DavResource& res : ms.responses) {
        auto name = res.props.find("displayname");
        if (takesTasks(res) && name != res.props.end() && name->second == kTaskListName)
            return resolveUrl(home, res.href);
    }
    for (const DavResource& res : ms.responses)
        if (takesTasks(res)) return resolveUrl(home, res.href);

    if (!mayCreate) return {};
    // None yet: a calendar for tasks only, so phones list it with their to-dos.
    const std::string url = resolveUrl(withSlash(home), "rekindle-follow-ups/");
    const std::string body = std::string(R"(<?xml version="1.0" encoding="utf-8"?><cal:mkcalendar )") +
                             kDavNamespaces + "><d:set><d:prop><d:displayname>" + kTaskListName +
                             "</d:displayname><cal:supported-calendar-component-set><cal:comp name=\"VTODO\"/>"
                             "</cal:supported-calendar-component-set></d:prop></d:set></cal:mkcalendar>";
    expectSuccess(http.send("MKCALENDAR", url, body, {kXmlHeader}), "making a task list for Rekindle");
    return url;
}

CalDavTasks::CalDavTasks(HttpClient& http, std::string url)
    : m_http(http), m_url(withSlash(std::move(url))), m_path(urlPath(m_url)) {}

RemoteChanges CalDavTasks::changesSince(const std::string& token) {
    return collectionChanges(m_http, m_url, token, "tasks");
}

std::vector<RemoteTask> CalDavTasks::fetch(std::span<const std::string> hrefs) {
    return multiget(m_http, m_url, "cal:calendar-multiget", "cal:calendar-data", hrefs, "the tasks");
}

std::string CalDavTasks::hrefFor(const std::string& uid) const { return m_path + safeName(uid, "task") + ".ics"; }

WriteResult CalDavTasks::put(const std::string& href, const std::string& text, const std::string& ifMatch) {
    return conditionalPut(m_http, resolveUrl(m_url, href), text, "text/calendar", ifMatch, "a task (" + href + ")");
}

WriteResult CalDavTasks::remove(const std::string& href, const std::string& ifMatch) {
    return conditionalDelete(m_http, resolveUrl(m_url, href), ifMatch, "deleting a task (" + href + ")");
}

std::optional<BulkWrite> CalDavTasks::putAllNew(const std::vector<std::string>& todos) {
    // The list's version now, so that a task a phone adds meanwhile fails the
    // write (412) instead of being replaced with the rest.
    const std::optional<CollectionVersion> version = collectionVersion(m_http, m_url);
    if (!version) return std::nullopt;
    const std::string name = version->name.empty() ? std::string(kTaskListName) : version->name;

    // One calendar holding every task; Radicale files each under its UID and
    // takes the list's name from X-WR-CALNAME.
    std::string body;
    appendContentLine(body, "BEGIN:VCALENDAR");
    appendContentLine(body, "VERSION:2.0");
    appendContentLine(body, "PRODID:-//Rekindle//Rekindle follow-ups//EN");
    appendContentLine(body, "X-WR-CALNAME:" + escapeText(name));
    for (const auto& todo : todos) body += todo;
    appendContentLine(body, "END:VCALENDAR");
    // Most servers refuse a PUT on a collection (405, 409, 403): one by one, then.
    if (!putWholeCollection(m_http, m_url, body, "text/calendar", version->etag, todos.size())) return std::nullopt;
    // A whole-calendar write keeps only the name: the list takes tasks only again.
    m_http.send("PROPPATCH", m_url,
                std::string(R"(<?xml version="1.0" encoding="utf-8"?><d:propertyupdate )") + kDavNamespaces +
                    "><d:set><d:prop><cal:supported-calendar-component-set><cal:comp name=\"VTODO\"/>"
                    "</cal:supported-calendar-component-set></d:prop></d:set></d:propertyupdate>",
                {kXmlHeader});

    RemoteChanges now = changesSince("");
    std::vector<std::string> hrefs;
    for (const auto& v : now.present) hrefs.push_back(v.href);
    return BulkWrite{fetch(hrefs), now.token};
}

} // namespace rk
