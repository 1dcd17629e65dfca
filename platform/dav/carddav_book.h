#pragma once
#include "core/sync/address_book.h"

#include <string>

namespace rk {

class HttpClient;

// Finds the user's address book from the server address they typed:
// the URL itself when it is one, else current-user-principal (asked at the
// URL, then at /.well-known/carddav, RFC 6764), its addressbook-home-set,
// and the first address book there. When there is none, makes one called
// "Rekindle" if `mayCreate`, else returns "". Returns its full URL; throws
// SyncError in plain words.
[[nodiscard]] std::string discoverAddressBook(HttpClient& http, const std::string& server,
                                              bool mayCreate = true);

// An address book on a CardDAV server (RFC 6352). Changes come from
// sync-collection (RFC 6578), or a full etag listing where the server has
// none or forgot the token; cards are read 500 at a time (addressbook-multiget)
// and written with If-Match / If-None-Match.
class CardDavBook : public AddressBook {
public:
    CardDavBook(HttpClient& http, std::string url);

    RemoteChanges changesSince(const std::string& token) override;
    std::vector<RemoteCard> fetch(std::span<const std::string> hrefs) override;
    [[nodiscard]] std::string hrefFor(const std::string& uid) const override;
    WriteResult put(const std::string& href, const std::string& text, const std::string& ifMatch) override;
    WriteResult remove(const std::string& href, const std::string& ifMatch) override;
    std::optional<BulkWrite> putAllNew(const std::vector<std::string>& texts) override;

private:
    HttpClient& m_http;
    std::string m_url;
    std::string m_path; // m_url's path, how the server names its cards
};

} // namespace rk
