#pragma once
// Two Rekindle databases ("laptop" and "desktop") and one real Radicale,
// as the sync tests need them: each database syncs through its own libcurl
// client, and the tests look at the server through a third (another client,
// the way a phone would).
#include "core/db/statement.h"
#include "core/repo/contact_repo.h"
#include "core/store/store.h"
#include "core/sync/card_sync.h"
#include "core/sync/sync_card.h"
#include "core/sync/sync_state.h"
#include "platform/dav/carddav_book.h"
#include "platform/dav/http_client.h"
#include "tests/support/radicale_server.h"
#include "tests/support/temp_store.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace rk::test {

// Noon UTC, 1 December 2026.
constexpr std::int64_t kSyncNow = 1796126400;

// An address book that passes everything to the real one, after a hook the
// test sets: to change the card on the server just before a write (a race),
// or to stop the server half-way.
class HookedBook : public AddressBook {
public:
    explicit HookedBook(AddressBook& real) : m_real(real) {}
    std::function<void(const std::string& href)> beforeWrite;
    int writes = 0;

    RemoteChanges changesSince(const std::string& token) override { return m_real.changesSince(token); }
    std::vector<RemoteCard> fetch(std::span<const std::string> hrefs) override { return m_real.fetch(hrefs); }
    [[nodiscard]] std::string hrefFor(const std::string& uid) const override { return m_real.hrefFor(uid); }
    WriteResult put(const std::string& href, const std::string& text, const std::string& ifMatch) override {
        if (beforeWrite) beforeWrite(href);
        ++writes;
        return m_real.put(href, text, ifMatch);
    }
    WriteResult remove(const std::string& href, const std::string& ifMatch) override {
        if (beforeWrite) beforeWrite(href);
        ++writes;
        return m_real.remove(href, ifMatch);
    }

private:
    AddressBook& m_real;
};

class SyncWorld {
public:
    SyncWorld() {
        HttpClient http("alice", "secret");
        bookUrl = discoverAddressBook(http, server.url());
    }

    RadicaleServer server;
    std::string bookUrl;
    TempStore laptop{kSyncNow};
    TempStore desktop{kSyncNow};

    // One sync of `device`, set up for alice's address book the first time.
    // `wrap` may put a HookedBook between the engine and the server.
    SyncReport sync(TempStore& device, const std::function<SyncReport(AddressBook&)>& wrap = {},
                    SyncOptions options = {}) {
        SyncState state(device.store.db());
        if (!state.account().configured())
            device.store.change("Set up sync", [&] { state.setAccount({server.url(), "alice", bookUrl}); });
        HttpClient http("alice", "secret");
        CardDavBook book(http, bookUrl);
        lastRequests = 0;
        SyncReport report = wrap ? wrap(book) : syncAddressBook(device.store, book, options);
        lastRequests = http.requestCount();
        return report;
    }

    int lastRequests = 0;

    // ---- The people on a device -------------------------------------------

    static ContactId add(TempStore& device, Contact c) {
        ContactId id = 0;
        device.store.change("Add " + c.displayName, [&] {
            id = ContactRepo(device.store.db()).insert(c, device.clock.now());
        });
        return id;
    }

    static Contact person(const std::string& name, const std::string& company = {}) {
        Contact c;
        c.displayName = name;
        c.company = company;
        return c;
    }

    static std::optional<Contact> byName(TempStore& device, const std::string& name) {
        Statement q(device.store.db(), "SELECT id FROM contacts WHERE display_name = ?");
        q.bind(1, name);
        if (!q.step()) return std::nullopt;
        return ContactRepo(device.store.db()).get(q.int64(0));
    }

    static void edit(TempStore& device, const std::string& name, const std::function<void(Contact&)>& how) {
        Contact c = *byName(device, name);
        how(c);
        device.clock.advance(60);
        device.store.change("Edit " + name, [&] { ContactRepo(device.store.db()).update(c, device.clock.now()); });
    }

    static void trash(TempStore& device, const std::string& name) {
        const ContactId id = byName(device, name)->id;
        device.clock.advance(60);
        device.store.change("Trash " + name,
                            [&] { ContactRepo(device.store.db()).moveToTrash(id, device.clock.now()); });
    }

    static std::int64_t count(TempStore& device, const char* sql) {
        Statement q(device.store.db(), sql);
        return q.step() ? q.int64(0) : -1;
    }
    // Everyone not in the trash, each as the card they would be in
    // `version`, by name: two databases in step give the same list.
    static std::vector<std::string> everyoneAsCards(TempStore& device, VCardVersion version = VCardVersion::V4) {
        std::vector<std::string> out;
        Statement q(device.store.db(), "SELECT id FROM contacts WHERE deleted_at IS NULL ORDER BY display_name");
        ContactRepo repo(device.store.db());
        while (q.step()) out.push_back(syncCardText(asCardSees(*repo.get(q.int64(0)), version), "same", version));
        return out;
    }

    static std::int64_t activePeople(TempStore& device) {
        return count(device, "SELECT count(*) FROM contacts WHERE deleted_at IS NULL");
    }

    // ---- The server, as another client sees it ----------------------------

    std::vector<RemoteCard> serverCards() {
        HttpClient http("alice", "secret");
        CardDavBook book(http, bookUrl);
        std::vector<std::string> hrefs;
        for (const auto& v : book.changesSince("").present) hrefs.push_back(v.href);
        return book.fetch(hrefs);
    }

    std::optional<RemoteCard> serverCardWith(const std::string& text) {
        for (auto& card : serverCards())
            if (card.text.find(text) != std::string::npos) return card;
        return std::nullopt;
    }

    // Another client's edit: replaces `from` with `to` in the card holding
    // `from`, written over the version it read.
    void editOnServer(const std::string& from, const std::string& to) {
        RemoteCard card = *serverCardWith(from);
        card.text.replace(card.text.find(from), from.size(), to);
        HttpClient http("alice", "secret");
        CardDavBook book(http, bookUrl);
        if (book.put(card.href, card.text, card.etag).outcome != WriteOutcome::Written)
            throw std::runtime_error("the server refused the other client's edit");
    }

    void deleteOnServer(const std::string& text) {
        RemoteCard card = *serverCardWith(text);
        HttpClient http("alice", "secret");
        CardDavBook book(http, bookUrl);
        book.remove(card.href, card.etag);
    }
};

} // namespace rk::test
