#include "core/sync/sync_state.h"

#include "core/db/database.h"
#include "core/db/statement.h"

#include <random>

namespace rk {

std::string syncSetting(Database& db, const char* key) {
    Statement q(db, "SELECT value FROM sync_settings WHERE key = ?");
    q.bind(1, key);
    return q.step() ? q.text(0) : std::string();
}

void setSyncSetting(Database& db, const char* key, const std::string& value) {
    Statement q(db, "INSERT INTO sync_settings(key, value) VALUES(?, ?) "
                      "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    q.bind(1, key).bind(2, value).run();
}

namespace {

// How sync_settings spells a card version: "3.0" or "4.0". Anything else, or
// nothing (a database set up before the version was asked), is 4.0.
const char* versionKey(VCardVersion version) { return version == VCardVersion::V3 ? "3.0" : "4.0"; }
VCardVersion versionOfKey(const std::string& key) { return key == "3.0" ? VCardVersion::V3 : VCardVersion::V4; }

} // namespace

SyncAccount SyncState::account() {
    return {syncSetting(m_db, "server"), syncSetting(m_db, "user"), syncSetting(m_db, "address_book"),
            versionOfKey(syncSetting(m_db, "card_version"))};
}

bool SyncState::cardVersionAsked() { return !syncSetting(m_db, "card_version").empty(); }

void SyncState::setCardVersion(VCardVersion version) { setSyncSetting(m_db, "card_version", versionKey(version)); }

void SyncState::setAccount(const SyncAccount& account) {
    setSyncSetting(m_db, "server", account.server);
    setSyncSetting(m_db, "user", account.user);
    setSyncSetting(m_db, "address_book", account.addressBook);
    setSyncSetting(m_db, "card_version", versionKey(account.cardVersion));
    if (syncSetting(m_db, "device").empty()) {
        std::random_device random;
        std::string seed;
        for (int i = 0; i < 4; ++i) seed += std::to_string(random()) + (i < 3 ? "-" : "");
        setSyncSetting(m_db, "device", seed);
    }
}

std::string SyncState::deviceSeed() { return syncSetting(m_db, "device"); }

void SyncState::forgetCards() {
    m_db.exec("DELETE FROM sync_cards; DELETE FROM sync_settings WHERE key IN ('token', 'last_sync')");
}

std::string SyncState::token() { return syncSetting(m_db, "token"); }
void SyncState::setToken(const std::string& token) { setSyncSetting(m_db, "token", token); }

std::optional<std::int64_t> SyncState::lastSyncAt() {
    const std::string at = syncSetting(m_db, "last_sync");
    if (at.empty()) return std::nullopt;
    try {
        return std::stoll(at);
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

void SyncState::setLastSyncAt(std::int64_t at) { setSyncSetting(m_db, "last_sync", std::to_string(at)); }

std::unordered_map<std::string, SyncedCard> SyncState::cards() {
    std::unordered_map<std::string, SyncedCard> out;
    Statement q(m_db, "SELECT href, contact_id, uid, etag FROM sync_cards");
    while (q.step()) {
        SyncedCard c{q.text(0), q.int64(1), q.text(2), q.text(3)};
        std::string href = c.href;
        out.emplace(std::move(href), std::move(c));
    }
    return out;
}

std::string SyncState::base(const std::string& href) {
    Statement q(m_db, "SELECT base FROM sync_cards WHERE href = ?");
    q.bind(1, href);
    return q.step() ? q.text(0) : std::string();
}

void SyncState::saveCard(const SyncedCard& card, const std::string& base) {
    // A person moves to another href only when their card was re-created.
    Statement drop(m_db, "DELETE FROM sync_cards WHERE contact_id = ? AND href <> ?");
    drop.bind(1, card.contactId).bind(2, card.href).run();
    Statement q(m_db, "INSERT INTO sync_cards(href, contact_id, uid, etag, base) VALUES(?, ?, ?, ?, ?) "
                      "ON CONFLICT(href) DO UPDATE SET contact_id = excluded.contact_id, uid = excluded.uid, "
                      "etag = excluded.etag, base = excluded.base");
    q.bind(1, card.href).bind(2, card.contactId).bind(3, card.uid).bind(4, card.etag).bind(5, base).run();
}

void SyncState::forgetCard(const std::string& href) {
    Statement q(m_db, "DELETE FROM sync_cards WHERE href = ?");
    q.bind(1, href).run();
}

void SyncState::addConflict(ContactId id, const std::string& field, const std::string& local,
                            const std::string& remote, std::int64_t at) {
    // The newest difference in a field replaces an older one.
    Statement old(m_db, "DELETE FROM sync_conflicts WHERE contact_id = ? AND field = ?");
    old.bind(1, id).bind(2, field).run();
    Statement q(m_db, "INSERT INTO sync_conflicts(contact_id, field, local_value, remote_value, at) "
                      "VALUES(?, ?, ?, ?, ?)");
    q.bind(1, id).bind(2, field).bind(3, local).bind(4, remote).bind(5, at).run();
}

std::vector<ContactId> SyncState::changedHere() {
    // Marked by the schema's triggers, plus anyone the server has no card of
    // yet (everyone, at the first sync).
    Statement q(m_db, "SELECT contact_id FROM sync_dirty UNION "
                      "SELECT id FROM contacts c WHERE c.deleted_at IS NULL AND NOT EXISTS "
                      "(SELECT 1 FROM sync_cards s WHERE s.contact_id = c.id) ORDER BY 1");
    std::vector<ContactId> out;
    while (q.step()) out.push_back(q.int64(0));
    return out;
}

void SyncState::clearChangedHere(const std::vector<ContactId>& ids) {
    Statement q(m_db, "DELETE FROM sync_dirty WHERE contact_id = ?");
    for (ContactId id : ids) {
        q.reset();
        q.bind(1, id).run();
    }
}

} // namespace rk
