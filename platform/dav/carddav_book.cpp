#include "platform/dav/carddav_book.h"

#include "platform/dav/dav_requests.h"
#include "platform/dav/http_client.h"
#include "platform/dav/multistatus.h"

#include <algorithm>

namespace rk {

std::string discoverAddressBook(HttpClient& http, const std::string& server, bool mayCreate) {
    const DavStart start = findPrincipal(http, server, "carddav", "addressbook");
    if (!start.collection.empty()) return start.collection;
    if (start.principal.empty())
        throw SyncError("No address book service answered at " + server + ". Check the server address.");
    const std::string home = homeSet(http, start.principal, "c:addressbook-home-set");

    HttpResponse r = propfind(http, home, 1, "<d:resourcetype/><d:displayname/>");
    expectSuccess(r, "the list of address books");
    for (const DavResource& res : parseMultistatus(r.body).responses)
        if (res.types.contains("addressbook")) return resolveUrl(home, res.href);

    if (!mayCreate) return {};
    // None yet (a new account): make one, with extended MKCOL (RFC 5689).
    const std::string url = resolveUrl(withSlash(home), "rekindle/");
    const std::string body = std::string(R"(<?xml version="1.0" encoding="utf-8"?><d:mkcol )") + kDavNamespaces +
                             "><d:set><d:prop><d:resourcetype><d:collection/><c:addressbook/></d:resourcetype>"
                             "<d:displayname>Rekindle</d:displayname></d:prop></d:set></d:mkcol>";
    expectSuccess(http.send("MKCOL", url, body, {kXmlHeader}), "making an address book for Rekindle");
    return url;
}

CardDavBook::CardDavBook(HttpClient& http, std::string url)
    : m_http(http), m_url(withSlash(std::move(url))), m_path(urlPath(m_url)) {}

RemoteChanges CardDavBook::changesSince(const std::string& token) {
    return collectionChanges(m_http, m_url, token, "cards");
}

std::vector<RemoteCard> CardDavBook::fetch(std::span<const std::string> hrefs) {
    return multiget(m_http, m_url, "c:addressbook-multiget", "c:address-data", hrefs, "the cards");
}

std::string CardDavBook::hrefFor(const std::string& uid) const { return m_path + safeName(uid, "card") + ".vcf"; }

WriteResult CardDavBook::put(const std::string& href, const std::string& text, const std::string& ifMatch) {
    return conditionalPut(m_http, resolveUrl(m_url, href), text, "text/vcard", ifMatch, "a card (" + href + ")");
}

WriteResult CardDavBook::remove(const std::string& href, const std::string& ifMatch) {
    return conditionalDelete(m_http, resolveUrl(m_url, href), ifMatch, "deleting a card (" + href + ")");
}

std::optional<BulkWrite> CardDavBook::putAllNew(const std::vector<std::string>& texts) {
    // The collection's version now, so that a card a phone adds meanwhile
    // fails the write (412) instead of being replaced with the rest.
    const std::optional<CollectionVersion> version = collectionVersion(m_http, m_url);
    if (!version) return std::nullopt;
    std::string body;
    for (const auto& t : texts) body += t;
    // Most servers refuse a PUT on a collection (405, 409, 403): one by one, then.
    if (!putWholeCollection(m_http, m_url, body, "text/vcard", version->etag, texts.size())) return std::nullopt;
    // A whole-collection write keeps no properties but the kind: the name goes back.
    if (!version->name.empty())
        m_http.send("PROPPATCH", m_url,
                    std::string(R"(<?xml version="1.0" encoding="utf-8"?><d:propertyupdate )") + kDavNamespaces +
                        "><d:set><d:prop><d:displayname>" + xmlEscape(version->name) +
                        "</d:displayname></d:prop></d:set></d:propertyupdate>",
                    {kXmlHeader});

    RemoteChanges now = changesSince("");
    std::vector<std::string> hrefs;
    for (const auto& v : now.present) hrefs.push_back(v.href);
    return BulkWrite{fetch(hrefs), now.token};
}

} // namespace rk
