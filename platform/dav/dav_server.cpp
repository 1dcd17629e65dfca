#include "platform/dav/dav_server.h"

#include "platform/dav/card_version.h"
#include "platform/dav/carddav_book.h"
#include "platform/dav/http_client.h"

namespace rk {

namespace {

// A CardDavBook with the connection it talks through.
class OwnedCardDavBook : public AddressBook {
public:
    OwnedCardDavBook(const SyncAccount& account, const std::string& password, const std::atomic<bool>* stop)
        : m_http(account.user, password), m_book(m_http, account.addressBook) {
        m_http.stopWhen(stop);
    }

    RemoteChanges changesSince(const std::string& token) override { return m_book.changesSince(token); }
    std::vector<RemoteCard> fetch(std::span<const std::string> hrefs) override { return m_book.fetch(hrefs); }
    [[nodiscard]] std::string hrefFor(const std::string& uid) const override { return m_book.hrefFor(uid); }
    WriteResult put(const std::string& href, const std::string& text, const std::string& ifMatch) override {
        return m_book.put(href, text, ifMatch);
    }
    WriteResult remove(const std::string& href, const std::string& ifMatch) override {
        return m_book.remove(href, ifMatch);
    }
    std::optional<BulkWrite> putAllNew(const std::vector<std::string>& texts) override {
        return m_book.putAllNew(texts);
    }

private:
    HttpClient m_http;
    CardDavBook m_book;
};

} // namespace

SyncServer::FoundBook DavServer::findAddressBook(const SyncAccount& account, const std::string& password,
                                                 bool mayCreate, const std::atomic<bool>* stop) {
    checkServerUrl(account.server);
    HttpClient http(account.user, password);
    http.stopWhen(stop);
    FoundBook found{discoverAddressBook(http, account.server, mayCreate)};
    if (!found.url.empty()) found.cardVersion = askCardVersion(http, found.url);
    return found;
}

std::unique_ptr<AddressBook> DavServer::openAddressBook(const SyncAccount& account, const std::string& password,
                                                        const std::atomic<bool>* stop) {
    checkServerUrl(account.addressBook);
    return std::make_unique<OwnedCardDavBook>(account, password, stop);
}

} // namespace rk
