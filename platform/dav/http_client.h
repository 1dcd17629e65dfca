#pragma once
#include <atomic>
#include <string>
#include <vector>

typedef void CURL; // libcurl's handle, kept out of the callers' includes

namespace rk {

struct HttpResponse {
    long status = 0;
    std::string body;
    std::string etag;     // the ETag header, as sent (quotes included)
    std::string location; // where a redirect points
};

// One connection's worth of HTTP to a DAV server through libcurl: the user's
// credentials, basic auth sent up front (digest when the server asks for it),
// certificates checked, plain HTTP refused except to this machine. Every
// failure to talk (no route, timeout, TLS) throws SyncError in plain words;
// an HTTP status is the caller's to judge.
class HttpClient {
public:
    HttpClient(std::string user, std::string password);
    ~HttpClient();
    HttpClient(const HttpClient&) = delete;
    HttpClient& operator=(const HttpClient&) = delete;

    HttpResponse send(const std::string& method, const std::string& url, const std::string& body = {},
                      const std::vector<std::string>& headers = {});
    [[nodiscard]] int requestCount() const { return m_requests; }
    // How long a server may go without sending a byte before a request gives
    // up: a minute, longer for a request it has much to do for.
    void setPatience(long seconds) { m_patienceSeconds = seconds; }
    [[nodiscard]] long patience() const { return m_patienceSeconds; }
    // When *stop turns true, the request under way ends at once (SyncError)
    // and so does every one after: the app closing mid-sync.
    void stopWhen(const std::atomic<bool>* stop) { m_stop = stop; }

private:
    HttpResponse once(const std::string& method, const std::string& url, const std::string& body,
                      const std::vector<std::string>& headers);
    CURL* m_curl = nullptr;
    std::string m_user;
    std::string m_password;
    bool m_digest = false; // the server asked for digest instead of basic
    int m_requests = 0;
    long m_patienceSeconds = 60;
    const std::atomic<bool>* m_stop = nullptr;
};

// Resolves `href` (a path or a full URL, as servers name things) against `base`.
[[nodiscard]] std::string resolveUrl(const std::string& base, const std::string& href);

// Refuses a URL Rekindle won't send a password to: not http(s), or plain
// http to anywhere but this machine. Throws SyncError.
void checkServerUrl(const std::string& url);

// The path of a URL ("/alice/contacts/"), how multistatus answers name things.
[[nodiscard]] std::string urlPath(const std::string& url);

} // namespace rk
