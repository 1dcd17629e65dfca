#include "platform/dav/carddav_book.h"

#include "platform/dav/http_client.h"
#include "platform/dav/multistatus.h"

#include <algorithm>

namespace rk {

namespace {

constexpr const char* kXmlHeader = "Content-Type: application/xml; charset=utf-8";
constexpr std::size_t kMultigetBatch = 500;

const char* const kDavNamespaces = R"(xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:carddav")";

std::string withSlash(std::string path) {
    if (path.empty() || path.back() != '/') path += '/';
    return path;
}

// Throws for a status that means the request as a whole failed.
void expectSuccess(const HttpResponse& r, const std::string& what) {
    if (r.status / 100 == 2) return;
    if (r.status == 403) throw SyncError("The server refused " + what + " (HTTP 403): check what this user may do there.");
    if (r.status == 404) throw SyncError("The server has no " + what + " (HTTP 404): check the server address.");
    if (r.status == 507) throw SyncError("The server is out of space for " + what + " (HTTP 507).");
    if (r.status / 100 == 5)
        throw SyncError("The server had a problem with " + what + " (HTTP " + std::to_string(r.status) +
                        "); try again later.");
    throw SyncError("The server answered " + what + " with HTTP " + std::to_string(r.status) + ".");
}

HttpResponse propfind(HttpClient& http, const std::string& url, int depth, const std::string& props) {
    const std::string body = std::string(R"(<?xml version="1.0" encoding="utf-8"?><d:propfind )") +
                             kDavNamespaces + "><d:prop>" + props + "</d:prop></d:propfind>";
    return http.send("PROPFIND", url, body, {kXmlHeader, "Depth: " + std::to_string(depth)});
}

// PROPFIND that follows redirects (/.well-known/carddav answers with one),
// each checked like the address typed. Leaves `url` where it ended.
HttpResponse propfindFollowing(HttpClient& http, std::string& url, const std::string& props) {
    for (int hops = 0;; ++hops) {
        HttpResponse r = propfind(http, url, 0, props);
        if (r.status / 100 != 3 || r.location.empty() || hops == 5) return r;
        url = resolveUrl(url, r.location);
        checkServerUrl(url);
    }
}

// A card's name on the server: its UID with only the characters no server
// escapes, so the name it lists is the name we wrote.
std::string safeName(const std::string& uid) {
    std::string out;
    for (char c : uid) {
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                           c == '-' || c == '_' || c == '.';
        out += plain ? c : '-';
    }
    return out.empty() ? std::string("card") : out;
}

} // namespace

std::string discoverAddressBook(HttpClient& http, const std::string& server, bool mayCreate) {
    checkServerUrl(server);
    std::string principal;
    for (const std::string& start : {server, resolveUrl(server, "/.well-known/carddav")}) {
        std::string url = start;
        HttpResponse r = propfindFollowing(http, url, "<d:resourcetype/><d:current-user-principal/>");
        if (r.status != 207) continue;
        Multistatus ms = parseMultistatus(r.body);
        if (ms.responses.empty()) continue;
        const DavResource& here = ms.responses.front();
        if (here.types.contains("addressbook")) return url;
        auto p = here.props.find("current-user-principal");
        if (p != here.props.end() && !p->second.empty()) {
            principal = resolveUrl(url, p->second);
            break;
        }
    }
    if (principal.empty())
        throw SyncError("No address book service answered at " + server + ". Check the server address.");

    std::string home = principal;
    HttpResponse r = propfind(http, principal, 0, "<c:addressbook-home-set/>");
    if (r.status == 207) {
        Multistatus ms = parseMultistatus(r.body);
        if (!ms.responses.empty()) {
            auto h = ms.responses.front().props.find("addressbook-home-set");
            if (h != ms.responses.front().props.end() && !h->second.empty()) home = resolveUrl(principal, h->second);
        }
    }

    r = propfind(http, home, 1, "<d:resourcetype/><d:displayname/>");
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

bool CardDavBook::isMember(const std::string& href) const {
    return withSlash(urlPath(resolveUrl(m_url, href))) != m_path;
}

RemoteChanges CardDavBook::changesSince(const std::string& token) {
    const std::string body = std::string(R"(<?xml version="1.0" encoding="utf-8"?><d:sync-collection )") +
                             kDavNamespaces + "><d:sync-token>" + xmlEscape(token) +
                             "</d:sync-token><d:sync-level>1</d:sync-level><d:prop><d:getetag/></d:prop>"
                             "</d:sync-collection>";
    HttpResponse r = m_http.send("REPORT", m_url, body, {kXmlHeader, "Depth: 0"});
    if (r.status != 207) {
        // A token the server forgot (RFC 6578 valid-sync-token): start over.
        if (!token.empty() && r.body.find("valid-sync-token") != std::string::npos) return changesSince("");
        // No sync-collection here: compare every etag instead.
        if (r.status == 400 || r.status == 403 || r.status == 405 || r.status == 415 || r.status == 501)
            return listEverything();
        expectSuccess(r, "the list of changes");
    }
    Multistatus ms = parseMultistatus(r.body);
    RemoteChanges out;
    out.token = ms.syncToken;
    out.complete = token.empty();
    for (DavResource& res : ms.responses) {
        if (!isMember(res.href)) continue;
        if (res.status == 404) out.gone.push_back(std::move(res.href));
        else if (!res.types.contains("collection"))
            out.present.push_back({std::move(res.href), res.props["getetag"]});
    }
    return out;
}

RemoteChanges CardDavBook::listEverything() {
    HttpResponse r = propfind(m_http, m_url, 1, "<d:getetag/><d:resourcetype/>");
    expectSuccess(r, "the list of cards");
    RemoteChanges out;
    for (DavResource& res : parseMultistatus(r.body).responses)
        if (isMember(res.href) && !res.types.contains("collection"))
            out.present.push_back({std::move(res.href), res.props["getetag"]});
    return out;
}

std::vector<RemoteCard> CardDavBook::fetch(std::span<const std::string> hrefs) {
    std::vector<RemoteCard> out;
    for (std::size_t start = 0; start < hrefs.size(); start += kMultigetBatch) {
        std::string body = std::string(R"(<?xml version="1.0" encoding="utf-8"?><c:addressbook-multiget )") +
                           kDavNamespaces + "><d:prop><d:getetag/><c:address-data/></d:prop>";
        const std::size_t end = std::min(hrefs.size(), start + kMultigetBatch);
        for (std::size_t i = start; i < end; ++i) body += "<d:href>" + xmlEscape(hrefs[i]) + "</d:href>";
        body += "</c:addressbook-multiget>";
        HttpResponse r = m_http.send("REPORT", m_url, body, {kXmlHeader, "Depth: 0"});
        expectSuccess(r, "the cards");
        for (DavResource& res : parseMultistatus(r.body).responses) {
            auto data = res.props.find("address-data");
            if (data == res.props.end() || data->second.empty()) continue; // gone meanwhile
            out.push_back({std::move(res.href), res.props["getetag"], std::move(data->second)});
        }
    }
    return out;
}

std::string CardDavBook::hrefFor(const std::string& uid) const { return m_path + safeName(uid) + ".vcf"; }

WriteResult CardDavBook::put(const std::string& href, const std::string& text, const std::string& ifMatch) {
    HttpResponse r = m_http.send("PUT", resolveUrl(m_url, href), text,
                                 {"Content-Type: text/vcard; charset=utf-8",
                                  ifMatch.empty() ? std::string("If-None-Match: *") : "If-Match: " + ifMatch});
    if (r.status == 412) return {WriteOutcome::Changed, {}};
    if (r.status == 404 || r.status == 410) return {WriteOutcome::Missing, {}};
    expectSuccess(r, "a card (" + href + ")");
    return {WriteOutcome::Written, r.etag};
}

WriteResult CardDavBook::remove(const std::string& href, const std::string& ifMatch) {
    std::vector<std::string> headers;
    if (!ifMatch.empty()) headers.push_back("If-Match: " + ifMatch);
    HttpResponse r = m_http.send("DELETE", resolveUrl(m_url, href), {}, headers);
    if (r.status == 412) return {WriteOutcome::Changed, {}};
    if (r.status == 404 || r.status == 410) return {WriteOutcome::Missing, {}};
    expectSuccess(r, "deleting a card (" + href + ")");
    return {WriteOutcome::Written, {}};
}

std::optional<BulkWrite> CardDavBook::putAllNew(const std::vector<std::string>& texts) {
    // The collection's version now, so that a card a phone adds meanwhile
    // fails the write (412) instead of being replaced with the rest.
    HttpResponse r = propfind(m_http, m_url, 0, "<d:getetag/><d:displayname/>");
    if (r.status != 207) return std::nullopt;
    Multistatus ms = parseMultistatus(r.body);
    if (ms.responses.empty()) return std::nullopt;
    const std::string etag = ms.responses.front().props["getetag"];
    const std::string name = ms.responses.front().props["displayname"];
    if (etag.empty()) return std::nullopt;

    std::string body;
    for (const auto& t : texts) body += t;
    // The server reads every card before it answers a byte: Radicale takes
    // ~5 ms a card, so 10k people need longer than the usual minute.
    struct Patience {
        HttpClient& http;
        long before = http.patience();
        ~Patience() { http.setPatience(before); }
    } patience{m_http};
    m_http.setPatience(std::max<long>(patience.before, 60 + static_cast<long>(texts.size() / 50)));
    r = m_http.send("PUT", m_url, body, {"Content-Type: text/vcard; charset=utf-8", "If-Match: " + etag});
    // Most servers refuse a PUT on a collection (405, 409, 403): one by one, then.
    if (r.status != 201 && r.status != 204) return std::nullopt;
    // A whole-collection write keeps no properties but the kind: the name goes back.
    if (!name.empty())
        m_http.send("PROPPATCH", m_url,
                    std::string(R"(<?xml version="1.0" encoding="utf-8"?><d:propertyupdate )") + kDavNamespaces +
                        "><d:set><d:prop><d:displayname>" + xmlEscape(name) +
                        "</d:displayname></d:prop></d:set></d:propertyupdate>",
                    {kXmlHeader});

    RemoteChanges now = changesSince("");
    std::vector<std::string> hrefs;
    for (const auto& v : now.present) hrefs.push_back(v.href);
    return BulkWrite{fetch(hrefs), now.token};
}

} // namespace rk
