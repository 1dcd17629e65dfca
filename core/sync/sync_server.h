#pragma once
#include "core/io/vcard/vcard_version.h"
#include "core/sync/address_book.h"
#include "core/sync/sync_state.h"
#include "core/sync/task_list.h"

#include <atomic>
#include <memory>
#include <string>

namespace rk {

// The user's server, as a sync reaches it: platform/dav's DavServer speaks
// CardDAV and CalDAV for it; the CLI and the app (through main/gui) are handed one.
// Every call may throw SyncError (PasswordRefused for a wrong password), in
// plain words, and may take as long as the network does: the app calls it on
// its SyncJob's thread only. When `stop` (may be null) turns true, whatever
// is under way ends soon with SyncError.
class SyncServer {
public:
    virtual ~SyncServer() = default;
    // The address book at the server the person typed (`account.server`):
    // found by discovery, made (called "Rekindle") when there is none and
    // `mayCreate`, else an empty url; and the vCard version it takes, asked
    // once here and saved with the account (SyncAccount::cardVersion).
    struct FoundBook {
        std::string url;
        VCardVersion cardVersion = VCardVersion::V4;
    };
    [[nodiscard]] virtual FoundBook findAddressBook(const SyncAccount& account, const std::string& password,
                                                    bool mayCreate, const std::atomic<bool>* stop) = 0;
    // The vCard version the account's address book takes, asked again: for
    // an account set up before Rekindle asked it at set-up.
    [[nodiscard]] virtual VCardVersion askCardVersion(const SyncAccount& account, const std::string& password,
                                                      const std::atomic<bool>* stop) = 0;
    // The account's address book, for one sync.
    [[nodiscard]] virtual std::unique_ptr<AddressBook> openAddressBook(const SyncAccount& account,
                                                                       const std::string& password,
                                                                       const std::atomic<bool>* stop) = 0;
    // The task list for the follow-ups on the account's server: found by
    // discovery, made (called "Rekindle follow-ups") when there is none and
    // `mayCreate`, else "". A server without calendars throws SyncError.
    [[nodiscard]] virtual std::string findTaskList(const SyncAccount& account, const std::string& password,
                                                   bool mayCreate, const std::atomic<bool>* stop) = 0;
    // The task list at `url` (as found), for one sync.
    [[nodiscard]] virtual std::unique_ptr<TaskList> openTaskList(const SyncAccount& account, const std::string& url,
                                                                 const std::string& password,
                                                                 const std::atomic<bool>* stop) = 0;
};

} // namespace rk
