#include "platform/dav/http_client.h"

#include "core/sync/address_book.h"

#include <curl/curl.h>

#include <algorithm>
#include <cctype>
#include <memory>

namespace rk {

namespace {

// curl_global_init is not thread-safe; the first client does it once.
void initCurlOnce() {
    static const bool done = [] { return curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK; }();
    if (!done) throw SyncError("Could not start the network library.");
}

std::size_t appendBody(char* data, std::size_t size, std::size_t count, void* out) {
    static_cast<std::string*>(out)->append(data, size * count);
    return size * count;
}

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
    return s;
}

std::string trim(std::string s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.pop_back();
    std::size_t i = 0;
    while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
    return s.substr(i);
}

struct HeaderSink {
    HttpResponse* response;
    bool* asksDigest;
};

// Keeps the headers of the last response only: a redirect or an auth
// challenge before it starts a new status line.
std::size_t readHeader(char* data, std::size_t size, std::size_t count, void* userdata) {
    auto* sink = static_cast<HeaderSink*>(userdata);
    const std::string line(data, size * count);
    if (line.rfind("HTTP/", 0) == 0) {
        sink->response->etag.clear();
        sink->response->location.clear();
        *sink->asksDigest = false;
    }
    const auto colon = line.find(':');
    if (colon == std::string::npos) return size * count;
    const std::string name = lower(line.substr(0, colon));
    const std::string value = trim(line.substr(colon + 1));
    if (name == "etag") sink->response->etag = value;
    else if (name == "location") sink->response->location = value;
    else if (name == "www-authenticate" && lower(value).rfind("digest", 0) == 0) *sink->asksDigest = true;
    return size * count;
}

struct UrlHandle {
    CURLU* h = curl_url();
    ~UrlHandle() { curl_url_cleanup(h); }
    std::string part(CURLUPart which) const {
        char* out = nullptr;
        if (curl_url_get(h, which, &out, 0) != CURLUE_OK) return {};
        std::string s = out;
        curl_free(out);
        return s;
    }
};

} // namespace

std::string resolveUrl(const std::string& base, const std::string& href) {
    UrlHandle url;
    if (curl_url_set(url.h, CURLUPART_URL, base.c_str(), 0) != CURLUE_OK ||
        curl_url_set(url.h, CURLUPART_URL, href.c_str(), 0) != CURLUE_OK)
        throw SyncError("The server named an address Rekindle can't read: " + href);
    return url.part(CURLUPART_URL);
}

std::string urlPath(const std::string& url) {
    UrlHandle u;
    if (curl_url_set(u.h, CURLUPART_URL, url.c_str(), 0) != CURLUE_OK) return url;
    return u.part(CURLUPART_PATH);
}

void checkServerUrl(const std::string& url) {
    UrlHandle u;
    if (curl_url_set(u.h, CURLUPART_URL, url.c_str(), 0) != CURLUE_OK)
        throw SyncError("\"" + url + "\" is not a server address; it looks like https://dav.example.com/.");
    const std::string scheme = lower(u.part(CURLUPART_SCHEME));
    const std::string host = lower(u.part(CURLUPART_HOST));
    if (scheme == "https") return;
    const bool here = host == "localhost" || host == "127.0.0.1" || host == "[::1]" || host == "::1";
    if (scheme == "http" && here) return;
    if (scheme == "http")
        throw SyncError("Rekindle only sends your password over https (plain http is for a server on this "
                        "computer). Use the https:// address of " + host + ".");
    throw SyncError("\"" + url + "\" is not a web address; it looks like https://dav.example.com/.");
}

HttpClient::HttpClient(std::string user, std::string password)
    : m_user(std::move(user)), m_password(std::move(password)) {
    initCurlOnce();
    m_curl = curl_easy_init();
    if (!m_curl) throw SyncError("Could not start the network library.");
}

HttpClient::~HttpClient() { curl_easy_cleanup(m_curl); }

HttpResponse HttpClient::send(const std::string& method, const std::string& url, const std::string& body,
                              const std::vector<std::string>& headers) {
    checkServerUrl(url);
    HttpResponse response = once(method, url, body, headers);
    if (response.status == 401 && m_digest) response = once(method, url, body, headers);
    if (response.status == 401)
        throw PasswordRefused("The server did not accept the user name or password.");
    return response;
}

namespace {
// libcurl asks this now and then during a transfer; non-zero aborts it.
int stopRequested(void* stop, curl_off_t, curl_off_t, curl_off_t, curl_off_t) {
    return static_cast<const std::atomic<bool>*>(stop)->load(std::memory_order_relaxed) ? 1 : 0;
}
} // namespace

HttpResponse HttpClient::once(const std::string& method, const std::string& url, const std::string& body,
                              const std::vector<std::string>& headers) {
    if (m_stop && m_stop->load(std::memory_order_relaxed)) throw SyncError("The sync was stopped.");
    ++m_requests;
    // Reset keeps the open connection, so the next request reuses it.
    curl_easy_reset(m_curl);
    HttpResponse response;
    bool asksDigest = false;
    HeaderSink sink{&response, &asksDigest};

    curl_slist* list = nullptr;
    for (const auto& h : headers) list = curl_slist_append(list, h.c_str());
    list = curl_slist_append(list, "Expect:"); // no 100-continue round trip for big cards
    std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> owned(list, curl_slist_free_all);

    curl_easy_setopt(m_curl, CURLOPT_URL, url.c_str());
    curl_easy_setopt(m_curl, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(m_curl, CURLOPT_CUSTOMREQUEST, method.c_str());
    curl_easy_setopt(m_curl, CURLOPT_HTTPHEADER, list);
    if (!body.empty() || method == "PUT") {
        curl_easy_setopt(m_curl, CURLOPT_POSTFIELDS, body.data());
        curl_easy_setopt(m_curl, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body.size()));
    }
    curl_easy_setopt(m_curl, CURLOPT_USERNAME, m_user.c_str());
    curl_easy_setopt(m_curl, CURLOPT_PASSWORD, m_password.c_str());
    // Basic goes with the first request (one round trip, and only ever over
    // https or to this machine); digest costs a challenge first.
    curl_easy_setopt(m_curl, CURLOPT_HTTPAUTH, m_digest ? CURLAUTH_DIGEST : CURLAUTH_BASIC);
    curl_easy_setopt(m_curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(m_curl, CURLOPT_SSL_VERIFYHOST, 2L);
    curl_easy_setopt(m_curl, CURLOPT_CONNECTTIMEOUT, 10L);
    // A stalled server, not a slow big answer, is what gives up.
    curl_easy_setopt(m_curl, CURLOPT_LOW_SPEED_LIMIT, 1L);
    curl_easy_setopt(m_curl, CURLOPT_LOW_SPEED_TIME, m_patienceSeconds);
    curl_easy_setopt(m_curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(m_curl, CURLOPT_USERAGENT, "Rekindle");
    curl_easy_setopt(m_curl, CURLOPT_WRITEFUNCTION, appendBody);
    curl_easy_setopt(m_curl, CURLOPT_WRITEDATA, &response.body);
    curl_easy_setopt(m_curl, CURLOPT_HEADERFUNCTION, readHeader);
    curl_easy_setopt(m_curl, CURLOPT_HEADERDATA, &sink);
    if (m_stop) {
        curl_easy_setopt(m_curl, CURLOPT_NOPROGRESS, 0L);
        curl_easy_setopt(m_curl, CURLOPT_XFERINFOFUNCTION, stopRequested);
        curl_easy_setopt(m_curl, CURLOPT_XFERINFODATA, const_cast<std::atomic<bool>*>(m_stop));
    }

    const CURLcode rc = curl_easy_perform(m_curl);
    if (rc == CURLE_ABORTED_BY_CALLBACK) throw SyncError("The sync was stopped.");
    if (rc != CURLE_OK) {
        UrlHandle u;
        curl_url_set(u.h, CURLUPART_URL, url.c_str(), 0);
        throw SyncError("Could not reach the server at " + u.part(CURLUPART_HOST) + ": " +
                        curl_easy_strerror(rc) + ".");
    }
    curl_easy_getinfo(m_curl, CURLINFO_RESPONSE_CODE, &response.status);
    if (response.status == 401 && asksDigest && !m_digest) m_digest = true;
    return response;
}

} // namespace rk
