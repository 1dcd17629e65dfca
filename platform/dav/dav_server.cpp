#include "platform/dav/dav_server.h"

#include "platform/dav/caldav_tasks.h"
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

// A CalDavTasks with the connection it talks through.
class OwnedCalDavTasks : public TaskList {
public:
    OwnedCalDavTasks(const SyncAccount& account, const std::string& url, const std::string& password,
                     const std::atomic<bool>* stop)
        : m_http(account.user, password), m_list(m_http, url) {
        m_http.stopWhen(stop);
    }

    RemoteChanges changesSince(const std::string& token) override { return m_list.changesSince(token); }
    std::vector<RemoteTask> fetch(std::span<const std::string> hrefs) override { return m_list.fetch(hrefs); }
    [[nodiscard]] std::string hrefFor(const std::string& uid) const override { return m_list.hrefFor(uid); }
    WriteResult put(const std::string& href, const std::string& text, const std::string& ifMatch) override {
        return m_list.put(href, text, ifMatch);
    }
    WriteResult remove(const std::string& href, const std::string& ifMatch) override {
        return m_list.remove(href, ifMatch);
    }
    std::optional<BulkWrite> putAllNew(const std::vector<std::string>& todos) override {
        return m_list.putAllNew(todos);
    }

private:
    HttpClient m_http;
    CalDavTasks m_list;
};

} // namespace

SyncServer::FoundBook DavServer::findAddressBook(const SyncAccount& account, const std::string& password,
                                                 bool mayCreate, const std::atomic<bool>* stop) {
    checkServerUrl(account.server);
    HttpClient http(account.user, password);
    http.stopWhen(stop);
    FoundBook found{discoverAddressBook(http, account.server, mayCreate)};
    if (!found.url.empty()) found.cardVersion = rk::askCardVersion(http, found.url);
    return found;
}

VCardVersion DavServer::askCardVersion(const SyncAccount& account, const std::string& password,
                                       const std::atomic<bool>* stop) {
    checkServerUrl(account.addressBook);
    HttpClient http(account.user, password);
    http.stopWhen(stop);
    return rk::askCardVersion(http, account.addressBook);
}

std::unique_ptr<AddressBook> DavServer::openAddressBook(const SyncAccount& account, const std::string& password,
                                                        const std::atomic<bool>* stop) {
    checkServerUrl(account.addressBook);
    return std::make_unique<OwnedCardDavBook>(account, password, stop);
}

std::string DavServer::findTaskList(const SyncAccount& account, const std::string& password, bool mayCreate,
                                    const std::atomic<bool>* stop) {
    checkServerUrl(account.server);
    HttpClient http(account.user, password);
    http.stopWhen(stop);
    return discoverTaskList(http, account.server, mayCreate);
}

std::unique_ptr<TaskList> DavServer::openTaskList(const SyncAccount& account, const std::string& url,
                                                  const std::string& password, const std::atomic<bool>* stop) {
    checkServerUrl(url);
    return std::make_unique<OwnedCalDavTasks>(account, url, password, stop);
}

} // namespace rk
