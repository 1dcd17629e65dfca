#pragma once
#include "core/io/vcard/vcard_version.h"
#include "core/model/contact.h"

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace rk {

class Database;

// What the server holds of one person, as of the last sync.
struct SyncedCard {
    std::string href;
    ContactId contactId = 0;
    std::string uid;
    std::string etag;
};

// Where this database syncs to: the server the person typed, their user
// name, and the address book found there. Never the password.
struct SyncAccount {
    std::string server;
    std::string user;
    std::string addressBook; // the collection's full URL
    // The vCard version the address book takes: asked once, when it is found
    // (SyncServer::findAddressBook), saved with the account ("card_version"
    // in sync_settings), and read by every card sync, so a sync asks nothing
    // more. 4.0 for a database set up before it was asked.
    VCardVersion cardVersion = VCardVersion::V4;
    [[nodiscard]] bool configured() const { return !addressBook.empty(); }
};

// One row of sync_settings ("" when missing), shared by the card and task
// sync's state.
[[nodiscard]] std::string syncSetting(Database& db, const char* key);
void setSyncSetting(Database& db, const char* key, const std::string& value);

// The sync tables (schema v7): cards, conflicts, and the account and its
// progress. Plain SQL; the engine (card_sync.h) wraps writes in Store::change.
class SyncState {
public:
    explicit SyncState(Database& db) : m_db(db) {}

    [[nodiscard]] SyncAccount account();
    // Also gives this database its seed for card UIDs, the first time.
    void setAccount(const SyncAccount& account);
    // Whether the address book's vCard version was asked: not for an account
    // set up before Rekindle asked it, whose next sync asks once.
    [[nodiscard]] bool cardVersionAsked();
    void setCardVersion(VCardVersion version);
    [[nodiscard]] std::string deviceSeed();
    // Forgets the cards and the token: the next sync compares everything.
    void forgetCards();

    [[nodiscard]] std::string token();
    void setToken(const std::string& token);
    [[nodiscard]] std::optional<std::int64_t> lastSyncAt();
    void setLastSyncAt(std::int64_t at);

    [[nodiscard]] std::unordered_map<std::string, SyncedCard> cards(); // by href
    [[nodiscard]] std::string base(const std::string& href);
    void saveCard(const SyncedCard& card, const std::string& base);
    void forgetCard(const std::string& href);

    void addConflict(ContactId id, const std::string& field, const std::string& local,
                     const std::string& remote, std::int64_t at);

    // People whose card may differ from what the server was last sent:
    // changed here since (the schema marks them, see sync_dirty), or with
    // no card yet. May name people since deleted for good.
    [[nodiscard]] std::vector<ContactId> changedHere();
    // Unmarks them once their cards are in step (the sync's own writes mark
    // them too).
    void clearChangedHere(const std::vector<ContactId>& ids);

private:
    Database& m_db;
};

} // namespace rk
