#pragma once
#include "core/sync/sync_server.h"

namespace rk {

// core/sync's SyncServer over CardDAV and CalDAV: each call gets its own HttpClient
// (libcurl handle) with the password it is given, which lives no longer than
// the call or the address book it returns.
class DavServer : public SyncServer {
public:
    [[nodiscard]] FoundBook findAddressBook(const SyncAccount& account, const std::string& password,
                                            bool mayCreate, const std::atomic<bool>* stop) override;
    [[nodiscard]] VCardVersion askCardVersion(const SyncAccount& account, const std::string& password,
                                              const std::atomic<bool>* stop) override;
    [[nodiscard]] std::unique_ptr<AddressBook> openAddressBook(const SyncAccount& account,
                                                               const std::string& password,
                                                               const std::atomic<bool>* stop) override;
    [[nodiscard]] std::string findTaskList(const SyncAccount& account, const std::string& password, bool mayCreate,
                                           const std::atomic<bool>* stop) override;
    [[nodiscard]] std::unique_ptr<TaskList> openTaskList(const SyncAccount& account, const std::string& url,
                                                         const std::string& password,
                                                         const std::atomic<bool>* stop) override;
};

} // namespace rk
