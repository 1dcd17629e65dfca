#pragma once
#include "core/sync/address_book.h"

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace rk {

class HttpClient;
struct HttpResponse;

// The WebDAV conversation CardDAV and CalDAV share (carddav_book,
// caldav_tasks): PROPFIND, discovery of the user's principal, and what
// changed in a collection.

// Namespace prefixes every request body here uses: d (DAV:), c (CardDAV),
// cal (CalDAV).
inline constexpr const char* kDavNamespaces =
    R"(xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:carddav" xmlns:cal="urn:ietf:params:xml:ns:caldav")";
inline constexpr const char* kXmlHeader = "Content-Type: application/xml; charset=utf-8";

[[nodiscard]] std::string withSlash(std::string path);

// Throws SyncError in plain words for a status that means the request as a
// whole failed; `what` names what was asked for ("the list of cards").
void expectSuccess(const HttpResponse& r, const std::string& what);

[[nodiscard]] HttpResponse propfind(HttpClient& http, const std::string& url, int depth, const std::string& props);

// A resource's name on the server: its UID with only the characters no
// server escapes, so the name it lists is the name we wrote.
[[nodiscard]] std::string safeName(const std::string& uid, const std::string& fallback);

// Where discovery starts: the user's principal, asked at the URL they typed,
// then at its /.well-known/<service> (RFC 6764), following redirects. When the
// typed URL is itself a collection of `collectionType` ("addressbook",
// "calendar"), `collection` is its URL and `principal` is empty.
struct DavStart {
    std::string principal;
    std::string collection;
};
[[nodiscard]] DavStart findPrincipal(HttpClient& http, const std::string& server, const std::string& wellKnown,
                                     const std::string& collectionType);

// The href in the principal's `homeSetProp` (addressbook-home-set,
// calendar-home-set, with its prefix), or the principal itself when it names none.
[[nodiscard]] std::string homeSet(HttpClient& http, const std::string& principal, const std::string& homeSetProp);

// What changed in the collection at `url` since `token`: sync-collection
// (RFC 6578), from scratch when the server forgot the token, or every etag
// where the server has no sync-collection. `what` names its members for
// messages ("cards", "tasks").
[[nodiscard]] RemoteChanges collectionChanges(HttpClient& http, const std::string& url, const std::string& token,
                                              const std::string& what);

// The members at `hrefs`, 500 a request: `report` is the multiget REPORT
// ("c:addressbook-multiget", "cal:calendar-multiget"), `dataProp` the
// property holding each one's text ("c:address-data", "cal:calendar-data").
// One that vanished meanwhile is left out. `what` names them for messages.
[[nodiscard]] std::vector<RemoteCard> multiget(HttpClient& http, const std::string& url, const std::string& report,
                                               const std::string& dataProp, std::span<const std::string> hrefs,
                                               const std::string& what);

// Writes one member at `url` only over the version `ifMatch` ("" = only if
// there is none yet); `contentType` is its media type ("text/vcard").
// 412: Changed; 404/410: Missing. `what` names it for messages ("a card (…)").
[[nodiscard]] WriteResult conditionalPut(HttpClient& http, const std::string& url, const std::string& text,
                                         const std::string& contentType, const std::string& ifMatch,
                                         const std::string& what);
// Deletes it, only at version `ifMatch` when one is given.
[[nodiscard]] WriteResult conditionalDelete(HttpClient& http, const std::string& url, const std::string& ifMatch,
                                            const std::string& what);

// A collection's version (its etag) and name, for a write of the whole
// collection that must not replace a member added meanwhile; nothing when
// the server doesn't say.
struct CollectionVersion {
    std::string etag;
    std::string name;
};
[[nodiscard]] std::optional<CollectionVersion> collectionVersion(HttpClient& http, const std::string& url);

// Writes the whole collection at `url` in one PUT over version `etag`, giving
// the server time to read `members` members before it answers. False when the
// server takes no such write (most refuse a PUT on a collection) or the
// collection changed.
[[nodiscard]] bool putWholeCollection(HttpClient& http, const std::string& url, const std::string& body,
                                      const std::string& contentType, const std::string& etag, std::size_t members);

} // namespace rk
