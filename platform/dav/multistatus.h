#pragma once
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace rk {

// One <response> of a WebDAV multistatus (RFC 4918), by local names so that
// any namespace prefix a server picks reads the same.
struct DavResource {
    std::string href;   // percent-encoded, as the server sent it
    int status = 0;     // the response's own status (404: deleted), 0 when it has none
    std::map<std::string, std::string> props; // found (200) props: text, or the href inside
    std::set<std::string> types;              // resourcetype's children: collection, addressbook…
    std::set<std::string> components;         // CalDAV supported-calendar-component-set: VTODO, VEVENT…
    std::set<std::string> vcardVersions;      // CardDAV supported-address-data's text/vcard versions: 3.0, 4.0
};

struct Multistatus {
    std::vector<DavResource> responses;
    std::string syncToken; // RFC 6578, when the answer has one
};

// Throws SyncError when `xml` is not a multistatus.
[[nodiscard]] Multistatus parseMultistatus(std::string_view xml);

// `text` with the five XML specials escaped, for request bodies.
[[nodiscard]] std::string xmlEscape(std::string_view text);

// The HTTP status in a DAV status line ("HTTP/1.1 404 Not Found" → 404).
[[nodiscard]] int davStatus(std::string_view line);

} // namespace rk
