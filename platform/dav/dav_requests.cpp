#include "platform/dav/dav_requests.h"

#include "platform/dav/http_client.h"
#include "platform/dav/multistatus.h"

#include <algorithm>

namespace rk {

namespace {

// PROPFIND that follows redirects (/.well-known/ answers with one), each
// checked like the address typed. Leaves `url` where it ended.
HttpResponse propfindFollowing(HttpClient& http, std::string& url, const std::string& props) {
    for (int hops = 0;; ++hops) {
        HttpResponse r = propfind(http, url, 0, props);
        if (r.status / 100 != 3 || r.location.empty() || hops == 5) return r;
        url = resolveUrl(url, r.location);
        checkServerUrl(url);
    }
}

// A response names a member of the collection at `path`, not the collection.
bool isMember(const std::string& url, const std::string& path, const std::string& href) {
    return withSlash(urlPath(resolveUrl(url, href))) != path;
}

RemoteChanges listEverything(HttpClient& http, const std::string& url, const std::string& what) {
    HttpResponse r = propfind(http, url, 1, "<d:getetag/><d:resourcetype/>");
    expectSuccess(r, "the list of " + what);
    const std::string path = urlPath(url);
    RemoteChanges out;
    for (DavResource& res : parseMultistatus(r.body).responses)
        if (isMember(url, path, res.href) && !res.types.contains("collection"))
            out.present.push_back({std::move(res.href), res.props["getetag"]});
    return out;
}

} // namespace

std::string withSlash(std::string path) {
    if (path.empty() || path.back() != '/') path += '/';
    return path;
}

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

std::string safeName(const std::string& uid, const std::string& fallback) {
    std::string out;
    for (char c : uid) {
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                           c == '-' || c == '_' || c == '.';
        out += plain ? c : '-';
    }
    return out.empty() ? fallback : out;
}

DavStart findPrincipal(HttpClient& http, const std::string& server, const std::string& wellKnown,
                       const std::string& collectionType) {
    checkServerUrl(server);
    for (const std::string& start : {server, resolveUrl(server, "/.well-known/" + wellKnown)}) {
        std::string url = start;
        HttpResponse r = propfindFollowing(http, url, "<d:resourcetype/><d:current-user-principal/>");
        if (r.status != 207) continue;
        Multistatus ms = parseMultistatus(r.body);
        if (ms.responses.empty()) continue;
        const DavResource& here = ms.responses.front();
        if (here.types.contains(collectionType)) return {{}, url};
        auto p = here.props.find("current-user-principal");
        if (p != here.props.end() && !p->second.empty()) return {resolveUrl(url, p->second), {}};
    }
    return {};
}

std::string homeSet(HttpClient& http, const std::string& principal, const std::string& homeSetProp) {
    HttpResponse r = propfind(http, principal, 0, "<" + homeSetProp + "/>");
    if (r.status != 207) return principal;
    Multistatus ms = parseMultistatus(r.body);
    if (ms.responses.empty()) return principal;
    const std::string name = homeSetProp.substr(homeSetProp.find(':') + 1);
    auto h = ms.responses.front().props.find(name);
    if (h == ms.responses.front().props.end() || h->second.empty()) return principal;
    return resolveUrl(principal, h->second);
}

RemoteChanges collectionChanges(HttpClient& http, const std::string& url, const std::string& token,
                                const std::string& what) {
    const std::string body = std::string(R"(<?xml version="1.0" encoding="utf-8"?><d:sync-collection )") +
                             kDavNamespaces + "><d:sync-token>" + xmlEscape(token) +
                             "</d:sync-token><d:sync-level>1</d:sync-level><d:prop><d:getetag/></d:prop>"
                             "</d:sync-collection>";
    HttpResponse r = http.send("REPORT", url, body, {kXmlHeader, "Depth: 0"});
    if (r.status != 207) {
        // A token the server forgot (RFC 6578 valid-sync-token): start over.
        if (!token.empty() && r.body.find("valid-sync-token") != std::string::npos)
            return collectionChanges(http, url, "", what);
        // No sync-collection here: compare every etag instead.
        if (r.status == 400 || r.status == 403 || r.status == 405 || r.status == 415 || r.status == 501)
            return listEverything(http, url, what);
        expectSuccess(r, "the list of changes");
    }
    Multistatus ms = parseMultistatus(r.body);
    const std::string path = urlPath(url);
    RemoteChanges out;
    out.token = ms.syncToken;
    out.complete = token.empty();
    for (DavResource& res : ms.responses) {
        if (!isMember(url, path, res.href)) continue;
        if (res.status == 404) out.gone.push_back(std::move(res.href));
        else if (!res.types.contains("collection"))
            out.present.push_back({std::move(res.href), res.props["getetag"]});
    }
    return out;
}

std::vector<RemoteCard> multiget(HttpClient& http, const std::string& url, const std::string& report,
                                 const std::string& dataProp, std::span<const std::string> hrefs,
                                 const std::string& what) {
    constexpr std::size_t kBatch = 500;
    // The property's name as the multistatus parser keys it (no prefix).
    const std::string key = dataProp.substr(dataProp.find(':') + 1);
    std::vector<RemoteCard> out;
    for (std::size_t start = 0; start < hrefs.size(); start += kBatch) {
        std::string body = std::string(R"(<?xml version="1.0" encoding="utf-8"?><)") + report + " " +
                           kDavNamespaces + "><d:prop><d:getetag/><" + dataProp + "/></d:prop>";
        const std::size_t end = std::min(hrefs.size(), start + kBatch);
        for (std::size_t i = start; i < end; ++i) body += "<d:href>" + xmlEscape(hrefs[i]) + "</d:href>";
        body += "</" + report + ">";
        HttpResponse r = http.send("REPORT", url, body, {kXmlHeader, "Depth: 0"});
        expectSuccess(r, what);
        for (DavResource& res : parseMultistatus(r.body).responses) {
            auto data = res.props.find(key);
            if (data == res.props.end() || data->second.empty()) continue; // gone meanwhile
            out.push_back({std::move(res.href), res.props["getetag"], std::move(data->second)});
        }
    }
    return out;
}

WriteResult conditionalPut(HttpClient& http, const std::string& url, const std::string& text,
                           const std::string& contentType, const std::string& ifMatch, const std::string& what) {
    HttpResponse r = http.send("PUT", url, text,
                               {"Content-Type: " + contentType + "; charset=utf-8",
                                ifMatch.empty() ? std::string("If-None-Match: *") : "If-Match: " + ifMatch});
    if (r.status == 412) return {WriteOutcome::Changed, {}};
    if (r.status == 404 || r.status == 410) return {WriteOutcome::Missing, {}};
    expectSuccess(r, what);
    return {WriteOutcome::Written, r.etag};
}

WriteResult conditionalDelete(HttpClient& http, const std::string& url, const std::string& ifMatch,
                              const std::string& what) {
    std::vector<std::string> headers;
    if (!ifMatch.empty()) headers.push_back("If-Match: " + ifMatch);
    HttpResponse r = http.send("DELETE", url, {}, headers);
    if (r.status == 412) return {WriteOutcome::Changed, {}};
    if (r.status == 404 || r.status == 410) return {WriteOutcome::Missing, {}};
    expectSuccess(r, what);
    return {WriteOutcome::Written, {}};
}

std::optional<CollectionVersion> collectionVersion(HttpClient& http, const std::string& url) {
    HttpResponse r = propfind(http, url, 0, "<d:getetag/><d:displayname/>");
    if (r.status != 207) return std::nullopt;
    Multistatus ms = parseMultistatus(r.body);
    if (ms.responses.empty()) return std::nullopt;
    CollectionVersion version{ms.responses.front().props["getetag"], ms.responses.front().props["displayname"]};
    if (version.etag.empty()) return std::nullopt;
    return version;
}

bool putWholeCollection(HttpClient& http, const std::string& url, const std::string& body,
                        const std::string& contentType, const std::string& etag, std::size_t members) {
    // The server reads every member before it answers a byte: Radicale takes
    // ~5 ms a card, so 10k people need longer than the usual minute.
    struct Patience {
        HttpClient& http;
        long before = http.patience();
        ~Patience() { http.setPatience(before); }
    } patience{http};
    http.setPatience(std::max<long>(patience.before, 60 + static_cast<long>(members / 50)));
    const HttpResponse r =
        http.send("PUT", url, body, {"Content-Type: " + contentType + "; charset=utf-8", "If-Match: " + etag});
    return r.status == 201 || r.status == 204;
}

} // namespace rk
