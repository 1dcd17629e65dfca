#include "core/sync/card_sync.h"

#include "core/repo/contact_repo.h"
#include "core/store/store.h"
#include "core/sync/address_book.h"
#include "core/sync/card_history.h"
#include "core/sync/card_merge.h"
#include "core/sync/card_overlay.h"
#include "core/sync/sync_card.h"
#include "core/sync/sync_plan.h"
#include "core/sync/sync_state.h"

#include <optional>
#include <set>
#include <unordered_map>

namespace rk {

namespace {

// Fewer new people than this are sent one request each, as usual.
constexpr std::size_t kBulkMinimum = 20;

// How many times a write is merged and tried again when the card keeps
// changing on the server under it (412) before it waits for the next sync.
constexpr int kWriteAttempts = 3;
// And how many cards in one sync may need reading again after a write found
// them changed, before the rest waits for the next sync.
constexpr int kRefetchLimit = 1000;

// The card both sides last agreed on, as a person and their history.
struct Agreed {
    Contact contact;
    HistoryLines history;
};

class CardSync {
public:
    CardSync(Store& store, AddressBook& book, bool dryRun)
        : m_db(store.db()), m_book(book), m_dryRun(dryRun), m_state(store.db()), m_repo(store.db()) {
        m_report.dryRun = dryRun;
    }

    PlannedSync run() {
        m_seed = m_state.deviceSeed();
        m_version = m_state.account().cardVersion;
        m_cards = m_state.cards();
        for (const auto& [href, card] : m_cards) m_hrefOf[card.contactId] = href;
        const std::vector<ContactId> changedHere = m_state.changedHere();
        for (ContactId id : changedHere)
            if (!m_hrefOf.contains(id)) m_unsynced.push_back(id);

        const RemoteChanges changes = m_book.changesSince(m_state.token());
        m_token = changes.token;
        takeRemoteChanges(changes);
        if (changes.complete && changes.present.empty() && !m_dryRun) sendEveryoneAtOnce();
        for (ContactId id : changedHere)
            if (!m_handled.contains(id)) sendLocalChange(id);

        m_plan.token = m_token;
        for (ContactId id : changedHere)
            if (!m_keepMarked.contains(id)) m_plan.settled.push_back(id);
        return {std::move(m_plan), std::move(m_report)};
    }

private:
    // ---- What changed on the server -------------------------------------

    void takeRemoteChanges(const RemoteChanges& changes) {
        std::vector<std::string> toFetch;
        std::set<std::string> present;
        for (const auto& version : changes.present) {
            present.insert(version.href);
            auto known = m_cards.find(version.href);
            if (known == m_cards.end() || known->second.etag != version.etag || version.etag.empty())
                toFetch.push_back(version.href);
        }
        std::vector<std::string> gone = changes.gone;
        if (changes.complete)
            for (const auto& [href, card] : m_cards)
                if (!present.contains(href)) gone.push_back(href);

        std::set<std::string> fetched;
        for (RemoteCard& card : m_book.fetch(toFetch)) {
            fetched.insert(card.href);
            takeCard(std::move(card));
        }
        // Listed, then deleted before it could be read.
        for (const auto& href : toFetch)
            if (!fetched.contains(href) && m_cards.contains(href)) gone.push_back(href);
        for (const auto& href : gone)
            if (m_cards.contains(href)) takeGone(href);
    }

    void takeCard(RemoteCard remote) {
        auto known = m_cards.find(remote.href);
        if (known != m_cards.end()) {
            const SyncedCard card = known->second;
            m_handled.insert(card.contactId);
            // Changed on the server. Here: still there (merge), in the trash
            // or deleted for good since the last sync (the edit brings them back).
            std::optional<Agreed> base = baseOf(remote.href);
            reconcile(readHere(card.contactId), std::move(remote), std::move(base), card.uid);
            return;
        }
        auto read = readSyncCard(remote.text);
        if (!read) {
            m_report.skipped.push_back(remote.href + " holds no person");
            return;
        }
        // New on the server: a person from here whose card was written by an
        // earlier sync that did not finish, or someone new.
        if (auto local = unsyncedWithUid(read->uid)) {
            m_handled.insert(local->id);
            reconcile(std::move(local), std::move(remote), std::nullopt, read->uid);
            return;
        }
        reconcile(std::nullopt, std::move(remote), std::nullopt, read->uid);
    }

    void takeGone(const std::string& href) {
        const SyncedCard card = m_cards.at(href);
        m_handled.insert(card.contactId);
        std::optional<Contact> local = readHere(card.contactId);
        if (!local || local->deletedAt) {
            step(forgetStep(href)); // gone on both sides
            return;
        }
        if (!changedSinceBase(*local, href)) {
            m_report.trashedHere.push_back(local->displayName);
            LocalStep s = forgetStep(href);
            s.action = LocalStep::Action::Trash;
            s.id = local->id;
            step(std::move(s));
            return;
        }
        // Deleted on the server, edited here: the person comes back there.
        sendAgain(*local, historyOf(local->id), href, card.uid);
    }

    // ---- What changed here ------------------------------------------------

    void sendLocalChange(ContactId id) {
        std::optional<Contact> local = readHere(id);
        auto href = m_hrefOf.find(id);
        if (href == m_hrefOf.end()) {
            if (local && !local->deletedAt) sendNew(*local);
            return;
        }
        const SyncedCard card = m_cards.at(href->second);
        if (!local || local->deletedAt) {
            deleteThere(local, card);
            return;
        }
        if (!changedSinceBase(*local, card.href)) return;
        const std::string text = cardFor(*local, historyOf(id), card.uid, m_state.base(card.href));
        m_report.updatedThere.push_back(local->displayName);
        if (m_dryRun) return;
        const WriteResult written = m_book.put(card.href, text, card.etag);
        switch (written.outcome) {
        case WriteOutcome::Written: agreeOn(local->id, card.href, card.uid, written.etag, text); return;
        case WriteOutcome::Changed:
            // Changed on the server since this sync listed it: merge with that.
            m_report.updatedThere.pop_back();
            refetchAndReconcile(*local, card.href, baseOf(card.href), card.uid);
            return;
        case WriteOutcome::Missing:
            m_report.updatedThere.pop_back();
            sendAgain(*local, historyOf(id), card.href, card.uid);
            return;
        }
    }

    // A first sync into an empty address book: everyone in one request where
    // the server can take it. Whoever the server's answer leaves out is sent
    // on their own after.
    void sendEveryoneAtOnce() {
        std::vector<std::string> texts;
        std::unordered_map<std::string, Contact> byUid;
        for (ContactId id : m_unsynced) {
            std::optional<Contact> local = readHere(id);
            if (!local || local->deletedAt || m_handled.contains(id)) continue;
            std::string uid = localCardUid(*local, m_seed);
            texts.push_back(withHistory(syncCardText(*local, uid, m_version), historyOf(id)));
            byUid.emplace(std::move(uid), std::move(*local));
        }
        if (texts.size() < kBulkMinimum) return;
        std::optional<BulkWrite> written = m_book.putAllNew(texts);
        if (!written) return;
        m_token = written->token;
        for (RemoteCard& card : written->cards) {
            auto read = readSyncCard(card.text);
            auto who = read ? byUid.find(read->uid) : byUid.end();
            if (who == byUid.end()) continue;
            const Contact& local = who->second;
            m_handled.insert(local.id);
            m_report.sent.push_back(local.displayName);
            agreeOn(local.id, card.href, read->uid, card.etag, card.text);
        }
    }

    void sendNew(const Contact& local) {
        const std::string uid = localCardUid(local, m_seed);
        const std::string href = m_book.hrefFor(uid);
        const std::string text = withHistory(syncCardText(local, uid, m_version), historyOf(local.id));
        m_report.sent.push_back(local.displayName);
        if (m_dryRun) return;
        const WriteResult written = m_book.put(href, text, "");
        if (written.outcome == WriteOutcome::Written) {
            agreeOn(local.id, href, uid, written.etag, text);
            return;
        }
        // The card is there already: written by a sync that stopped before
        // it could note so. Merge with it, as with a person found on both sides.
        m_report.sent.pop_back();
        refetchAndReconcile(local, href, std::nullopt, uid);
    }

    void deleteThere(const std::optional<Contact>& local, const SyncedCard& card) {
        const std::string name = local ? local->displayName : card.uid;
        if (m_dryRun) {
            m_report.deletedThere.push_back(name);
            return;
        }
        const WriteResult removed = m_book.remove(card.href, card.etag);
        if (removed.outcome == WriteOutcome::Changed) {
            // Edited on the server, deleted here: the person comes back here.
            refetchAndReconcile(local, card.href, baseOf(card.href), card.uid);
            return;
        }
        if (removed.outcome == WriteOutcome::Written) m_report.deletedThere.push_back(name);
        step(forgetStep(card.href));
    }

    // A person edited here whose card the server no longer has: written anew.
    void sendAgain(const Contact& local, const HistoryLines& history, const std::string& href, const std::string& uid) {
        const std::string text = withHistory(syncCardText(local, uid, m_version), history);
        m_report.cameBack.push_back(local.displayName);
        if (m_dryRun) return;
        const WriteResult written = m_book.put(href, text, "");
        if (written.outcome == WriteOutcome::Written) {
            agreeOn(local.id, href, uid, written.etag, text);
            return;
        }
        m_report.cameBack.pop_back();
        refetchAndReconcile(local, href, std::nullopt, uid);
    }

    // ---- Bringing one person and their card in step -----------------------

    void refetchAndReconcile(std::optional<Contact> local, const std::string& href,
                             std::optional<Agreed> base, const std::string& uid) {
        // A card that keeps changing under every write waits for the next sync.
        if (++m_refetches > kRefetchLimit) {
            if (local) m_keepMarked.insert(local->id);
            m_report.skipped.push_back((local ? local->displayName : href) +
                                       " kept changing on the server; the next sync tries again");
            return;
        }
        const std::string hrefs[] = {href};
        std::vector<RemoteCard> cards = m_book.fetch(hrefs);
        if (cards.empty()) {
            // Deleted on the server meanwhile: a person still here goes back.
            if (local && !local->deletedAt) sendAgain(*local, historyOf(local->id), href, uid);
            else step(forgetStep(href));
            return;
        }
        reconcile(std::move(local), std::move(cards.front()), std::move(base), uid);
    }

    // Merges the server's card with the person here (if any, perhaps in the
    // trash) against the card both last agreed on, takes the server's changes
    // here and sends ours, merging again when the card changes under us.
    void reconcile(std::optional<Contact> local, RemoteCard remote, std::optional<Agreed> base,
                   const std::string& uid) {
        for (int attempt = 1;; ++attempt) {
            auto read = readSyncCard(remote.text);
            if (!read) {
                m_report.skipped.push_back(remote.href + " holds no person");
                if (local) m_keepMarked.insert(local->id);
                return;
            }
            if (!local) {
                // New on the server, or edited there after it was deleted for good here.
                (m_cards.contains(remote.href) ? m_report.cameBack : m_report.received)
                    .push_back(read->contact.displayName);
                LocalStep s = agreeStep(LocalStep::Action::Insert, 0, {remote.href, 0, uid, remote.etag}, remote.text);
                s.contact = std::move(read->contact);
                s.historyAdd = historyOnCard(remote.text).lines;
                step(std::move(s));
                return;
            }
            MergedCard merged =
                mergeCards(base ? &base->contact : nullptr, asCardSees(*local, m_version), read->contact, *local);
            MergedHistory history = mergeHistory(base ? &base->history : nullptr, historyOf(local->id),
                                                 historyOnCard(remote.text).lines);
            const bool fieldsChangeHere = merged.changesHere;
            merged.changesHere = merged.changesHere || history.changesHere;
            merged.changesRemote = merged.changesRemote || history.changesRemote;
            std::string agreed = remote.text;
            std::string etag = remote.etag;
            if (merged.changesRemote && !m_dryRun) {
                agreed = cardFor(merged.contact, history.lines, uid, remote.text);
                const WriteResult written = m_book.put(remote.href, agreed, remote.etag);
                if (written.outcome != WriteOutcome::Written) {
                    if (attempt == kWriteAttempts) {
                        m_keepMarked.insert(local->id);
                        m_report.skipped.push_back(local->displayName +
                                                   " kept changing on the server; the next sync tries again");
                        return;
                    }
                    const std::string hrefs[] = {remote.href};
                    std::vector<RemoteCard> again = m_book.fetch(hrefs);
                    if (written.outcome == WriteOutcome::Missing || again.empty()) {
                        sendAgain(merged.contact, history.lines, remote.href, uid);
                        return;
                    }
                    remote = std::move(again.front());
                    continue;
                }
                etag = written.etag;
            }
            report(*local, merged);
            const LocalStep::Action action = local->deletedAt  ? LocalStep::Action::Restore
                                             : fieldsChangeHere ? LocalStep::Action::Update
                                                                : LocalStep::Action::None;
            LocalStep s = agreeStep(action, local->id, {remote.href, local->id, uid, etag}, std::move(agreed));
            s.contact = std::move(merged.contact);
            s.historyAdd = std::move(history.add);
            s.historyRemove = std::move(history.remove);
            s.conflicts = std::move(merged.conflicts);
            step(std::move(s));
            return;
        }
    }

    void report(const Contact& local, const MergedCard& merged) {
        if (local.deletedAt) m_report.cameBack.push_back(local.displayName);
        else if (merged.changesHere) m_report.updatedHere.push_back(local.displayName);
        if (merged.changesRemote && !local.deletedAt) m_report.updatedThere.push_back(local.displayName);
        for (const auto& c : merged.conflicts) m_report.conflicts.push_back(local.displayName + ": " + c.field);
    }

    // ---- Helpers ------------------------------------------------------------

    void agreeOn(ContactId id, const std::string& href, const std::string& uid, const std::string& etag,
                 const std::string& text) {
        step(agreeStep(LocalStep::Action::None, id, {href, id, uid, etag}, text));
    }

    void step(LocalStep s) { m_plan.steps.push_back(std::move(s)); }

    // The card to send for a person the server holds `server` of: theirs,
    // with what changed here replaced (card_overlay.h) and the history.
    [[nodiscard]] std::string cardFor(const Contact& person, const HistoryLines& history, const std::string& uid,
                                      const std::string& server) const {
        const std::string ours = syncCardText(person, uid, m_version);
        auto read = readSyncCard(server);
        if (!read) return withHistory(ours, history);
        return withHistory(overlayCard(server, ours, differingFields(asCardSees(person, m_version), read->contact)),
                           history);
    }

    [[nodiscard]] std::optional<Agreed> baseOf(const std::string& href) {
        const std::string text = m_state.base(href);
        auto read = readSyncCard(text);
        if (!read) return std::nullopt;
        return Agreed{std::move(read->contact), historyOnCard(text).lines};
    }

    // Whether the person or their history reads differently from the card
    // last agreed on.
    [[nodiscard]] bool changedSinceBase(const Contact& local, const std::string& href) {
        const std::optional<Agreed> base = baseOf(href);
        return !base || !sameCardFields(asCardSees(local, m_version), base->contact) ||
               historyOf(local.id) != base->history;
    }

    [[nodiscard]] std::optional<Contact> unsyncedWithUid(const std::string& uid) {
        if (m_unsyncedByUid.empty() && !m_unsynced.empty())
            for (ContactId id : m_unsynced)
                if (auto c = readHere(id); c && !c->deletedAt) m_unsyncedByUid.emplace(localCardUid(*c, m_seed), id);
        auto it = m_unsyncedByUid.find(uid);
        if (it == m_unsyncedByUid.end()) return std::nullopt;
        return readHere(it->second);
    }

    // The person here as this sync first read them, noted in the plan so
    // that an edit made while it talked to the server is not overwritten.
    [[nodiscard]] std::optional<Contact> readHere(ContactId id) {
        std::optional<Contact> person = m_repo.get(id);
        m_plan.seen.try_emplace(id, fingerprintOf(person, historyOf(id)));
        return person;
    }

    // A person's history here, read once a sync.
    [[nodiscard]] const HistoryLines& historyOf(ContactId id) {
        auto [it, fresh] = m_history.try_emplace(id);
        if (fresh) it->second = historyHere(m_db, id);
        return it->second;
    }

    Database& m_db;
    AddressBook& m_book;
    bool m_dryRun = false;
    SyncState m_state;
    ContactRepo m_repo; // reads only; applySyncPlan writes
    std::string m_token; // the server's, for the next sync
    std::string m_seed;  // this database's, for new cards' UIDs
    // What the address book takes (found at set-up, SyncAccount::cardVersion):
    // every card is written in it, and a person is compared with a card as
    // it would read back from it, so a 3.0 book sees no change 3.0 can't say.
    VCardVersion m_version = VCardVersion::V4;
    std::unordered_map<std::string, SyncedCard> m_cards;
    std::unordered_map<ContactId, std::string> m_hrefOf;
    std::unordered_map<ContactId, HistoryLines> m_history;
    std::vector<ContactId> m_unsynced;
    std::unordered_map<std::string, ContactId> m_unsyncedByUid;
    std::set<ContactId> m_handled;
    std::set<ContactId> m_keepMarked;
    int m_refetches = 0;
    SyncPlan m_plan;
    SyncReport m_report;
};

void appendCount(std::string& out, std::size_t n, const char* what) {
    if (n == 0) return;
    out += (out.empty() ? "" : ", ") + std::to_string(n) + " " + what;
}

} // namespace

bool SyncReport::nothingChanged() const {
    return received.empty() && updatedHere.empty() && sent.empty() && updatedThere.empty() &&
           trashedHere.empty() && deletedThere.empty() && cameBack.empty();
}

std::string SyncReport::summary() const {
    std::string parts;
    appendCount(parts, received.size() + updatedHere.size(), "received");
    appendCount(parts, sent.size() + updatedThere.size(), "sent");
    appendCount(parts, trashedHere.size(), "moved to the trash");
    appendCount(parts, deletedThere.size(), "deleted on the server");
    appendCount(parts, cameBack.size(), "back after a deletion");
    appendCount(parts, conflicts.size(), conflicts.size() == 1 ? "conflict" : "conflicts");
    return std::string(dryRun ? "Sync would do: " : "Synced: ") + (parts.empty() ? "nothing changed" : parts);
}

PlannedSync planAddressBookSync(Store& store, AddressBook& book, bool dryRun) {
    return CardSync(store, book, dryRun).run();
}

SyncReport syncAddressBook(Store& store, AddressBook& book, const SyncOptions& options) {
    PlannedSync planned = planAddressBookSync(store, book, options.dryRun);
    if (options.dryRun) return std::move(planned.report);
    if (options.beforeApply) options.beforeApply(planned.report);
    // Nothing else wrote here meanwhile (this thread read and now writes
    // through the same connection), so the plan is applied as it is.
    applySyncPlan(store, planned.plan, planned.report.summary());
    return std::move(planned.report);
}

} // namespace rk
