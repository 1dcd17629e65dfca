#include "core/io/import/import_relations.h"

#include "core/db/database.h"
#include "core/db/sql_batch.h"
#include "core/db/statement.h"
#include "core/io/import/match_keys.h"
#include "core/io/vcard/vcard_related.h"
#include "core/undo/undo_history.h"

#include <algorithm>
#include <set>
#include <string>
#include <tuple>

namespace rk {

namespace {

// Who a relation names: a card of the file, or a contact already here.
// `ambiguous` when a name belongs to two people: better a note than a link
// to the wrong one.
struct Found {
    LinkEnd end;
    bool ambiguous = false;
    [[nodiscard]] bool found() const { return !ambiguous && (end.card >= 0 || end.existing != 0); }
};

// Remembers a name for `end`; a second, different holder makes it ambiguous.
void rememberName(std::unordered_map<std::string, Found>& names, const std::string& name, LinkEnd end) {
    const std::string key = foldName(name);
    if (key.empty()) return;
    auto [it, fresh] = names.try_emplace(key, Found{end});
    if (!fresh && !(it->second.end == end)) it->second.ambiguous = true;
}

// Everyone a relation may name, by UID and by folded full name.
class RelatedIndex {
public:
    RelatedIndex(const ImportPlan& plan, const DatabaseKeys& database,
                 const std::unordered_map<std::size_t, std::size_t>& holders)
        : m_database(database) {
        for (std::size_t i = 0; i < plan.cards.size(); ++i) {
            const ImportCard& card = plan.cards[i];
            const LinkEnd end{static_cast<std::ptrdiff_t>(i), 0};
            if (!card.uid.empty()) m_fileUid.emplace(card.uid, end);
            rememberName(m_fileName, card.contact.displayName, end);
        }
        // A card folded into an earlier one may be named by its own spelling.
        for (const auto& [entry, holder] : holders) {
            const std::ptrdiff_t card = plan.entries[holder].card;
            if (card >= 0) rememberName(m_fileName, plan.entries[entry].name, {card, 0});
        }
        for (const auto& [id, name] : database.names) rememberName(m_dbName, name, {-1, id});
    }

    // The file first: a card there is the freshest word on that person.
    [[nodiscard]] Found find(const CardRelation& r) const {
        if (!r.uid.empty()) {
            if (auto it = m_fileUid.find(r.uid); it != m_fileUid.end()) return {it->second};
            if (auto it = m_database.uid.find(r.uid); it != m_database.uid.end()) return {{-1, it->second}};
        }
        if (r.name.empty()) return {};
        const std::string key = foldName(r.name);
        if (auto it = m_fileName.find(key); it != m_fileName.end()) return it->second;
        if (auto it = m_dbName.find(key); it != m_dbName.end()) return it->second;
        return {};
    }

private:
    const DatabaseKeys& m_database;
    std::unordered_map<std::string, LinkEnd> m_fileUid;
    std::unordered_map<std::string, Found> m_fileName, m_dbName;
};

// A card that matched a contact is that contact: both ends compare as one.
LinkEnd settled(LinkEnd end, const std::vector<ContactId>& existingOfCard) {
    if (end.card >= 0 && existingOfCard[static_cast<std::size_t>(end.card)] != 0)
        return {-1, existingOfCard[static_cast<std::size_t>(end.card)]};
    return end;
}

// The same link however it was reached: a card's and the other card's word
// for one tie, or "manager" on one card and "assistant" on the other.
using LinkIdentity = std::tuple<int, std::ptrdiff_t, ContactId, std::ptrdiff_t, ContactId>;
LinkIdentity identityOf(const PlannedLink& link) {
    LinkEnd a = link.from, b = link.to;
    if (!isDirectional(link.kind) && std::tie(b.card, b.existing) < std::tie(a.card, a.existing)) std::swap(a, b);
    return {static_cast<int>(link.kind), a.card, a.existing, b.card, b.existing};
}

std::vector<ContactId> existingOfCards(const ImportPlan& plan) {
    std::vector<ContactId> out(plan.cards.size(), 0);
    for (const auto& e : plan.entries)
        if (e.card >= 0 && !e.foldedIntoEarlier) out[static_cast<std::size_t>(e.card)] = e.existingId;
    return out;
}

// The link lookups and writes of an import, prepared once: LinkRepo
// prepares a statement per call, and a network's export brings a few links
// per person, tens of thousands in a large file. Links to new contacts go
// out in batches (see BatchInsert), like the contacts themselves.
class LinkTable {
public:
    explicit LinkTable(Database& db)
        : m_has(db, "SELECT count(*) FROM contact_links WHERE from_id = ?1 AND to_id = ?2 AND kind = ?3"),
          m_add(db, "INSERT INTO contact_links(from_id, to_id, kind, note, created_at) VALUES(?1, ?2, ?3, '', ?4)"),
          m_alive(db, "SELECT count(*) FROM contacts WHERE id = ?1 AND deleted_at IS NULL"),
          m_batch(db, "INSERT OR IGNORE INTO contact_links", {"from_id", "to_id", "kind", "note", "created_at"}) {}

    // As given, or either way round for a kind with no direction.
    [[nodiscard]] bool has(ContactId from, ContactId to, LinkKind kind) {
        return hasExactly(from, to, kind) || (!isDirectional(kind) && hasExactly(to, from, kind));
    }
    [[nodiscard]] bool alive(ContactId id) {
        m_alive.reset();
        m_alive.bind(1, id);
        return m_alive.step() && m_alive.int64(0) > 0;
    }
    void add(ContactId from, ContactId to, LinkKind kind, std::int64_t now) {
        m_add.reset();
        m_add.bind(1, from).bind(2, to).bind(3, static_cast<int>(kind)).bind(4, now).run();
    }
    // Written by the next flush(), when the caller is not recording rows.
    void addLater(ContactId from, ContactId to, LinkKind kind, std::int64_t now) {
        m_batch.add({from, to, std::int64_t{static_cast<int>(kind)}, std::string(), now});
        if (m_batch.full()) m_batch.flush();
    }
    void flush() { m_batch.flush(); }

private:
    bool hasExactly(ContactId from, ContactId to, LinkKind kind) {
        m_has.reset();
        m_has.bind(1, from).bind(2, to).bind(3, static_cast<int>(kind));
        return m_has.step() && m_has.int64(0) > 0;
    }

    Statement m_has, m_add, m_alive;
    BatchInsert m_batch;
};

void appendNoteLine(Contact& c, const std::string& line) {
    // The reader kept the notes under this size; relations do not push past it.
    if (c.notes.size() + line.size() + 1 > ReadLimits{}.maxNotesBytes) return;
    c.notes += (c.notes.empty() ? "" : "\n") + line;
}

} // namespace

void planRelations(ImportPlan& plan, const DatabaseKeys& database,
                   const std::unordered_map<std::size_t, std::size_t>& holders) {
    const bool any = std::any_of(plan.cards.begin(), plan.cards.end(),
                                 [](const ImportCard& c) { return !c.relations.empty(); });
    if (!any) return; // the usual import: no names folded, nothing indexed
    const RelatedIndex index(plan, database, holders);
    const std::vector<ContactId> existingOfCard = existingOfCards(plan);
    std::set<LinkIdentity> planned;
    for (std::size_t i = 0; i < plan.cards.size(); ++i) {
        ImportCard& card = plan.cards[i];
        const LinkEnd self = settled({static_cast<std::ptrdiff_t>(i), 0}, existingOfCard);
        for (const CardRelation& r : card.relations) {
            const Found other = index.find(r);
            if (!other.found()) {
                appendNoteLine(card.contact, relationNoteLine(r));
                continue;
            }
            const LinkEnd end = settled(other.end, existingOfCard);
            if (end == self) continue; // a card naming its own person ("me")
            PlannedLink link{self, end, r.kind};
            if (isDirectional(r.kind) && r.otherIsFrom) std::swap(link.from, link.to);
            if (planned.insert(identityOf(link)).second) plan.links.push_back(link);
        }
    }
}

void markLinkOnlyMerges(Database& db, ImportPlan& plan) {
    if (plan.links.empty()) return;
    std::unordered_map<ContactId, std::size_t> entryOf; // the entry carrying each matched contact
    for (std::size_t i = 0; i < plan.entries.size(); ++i) {
        const ImportPlanEntry& e = plan.entries[i];
        if (e.card >= 0 && !e.foldedIntoEarlier && e.existingId && e.action != ImportAction::Rejected)
            entryOf.emplace(e.existingId, i);
    }
    LinkTable links(db);
    for (const PlannedLink& link : plan.links) {
        // Ends are settled (see planRelations): a card that matched a contact
        // is that contact. A link to a new card is committed with it anyway.
        if (link.from.existing == 0 || link.to.existing == 0) continue;
        if (links.has(link.from.existing, link.to.existing, link.kind)) continue;
        const std::string what = "a link (" + std::string(linkKey(link.kind)) + ")";
        for (ContactId id : {link.from.existing, link.to.existing}) {
            auto it = entryOf.find(id);
            if (it == entryOf.end()) continue; // a contact the file does not hold
            ImportPlanEntry& entry = plan.entries[it->second];
            if (entry.action == ImportAction::Unchanged) {
                entry.action = ImportAction::Merge;
                entry.detail = "adds " + what + (entry.detail.empty() ? "" : "; " + entry.detail);
            } else if (entry.detail.find(what) == std::string::npos) {
                entry.detail += (entry.detail.empty() ? "adds " : "; adds ") + what;
            }
        }
    }
}

LinksWritten writePlannedLinks(Database& db, UndoHistory& history, const ImportPlan& plan,
                               const std::vector<ContactId>& idOfCard, ContactId firstNewId, std::int64_t now) {
    LinksWritten written;
    if (plan.links.empty()) return written;
    auto idOf = [&](const LinkEnd& end) -> ContactId {
        if (end.card < 0) return end.existing;
        const auto i = static_cast<std::size_t>(end.card);
        return i < idOfCard.size() ? idOfCard[i] : 0;
    };
    LinkTable links(db);
    for (const PlannedLink& link : plan.links) {
        const ContactId from = idOf(link.from), to = idOf(link.to);
        if (from == 0 || to == 0 || from == to) continue;
        const bool fromWasHere = from < firstNewId, toWasHere = to < firstNewId;
        // Someone already here may have gone to the trash since the preview;
        // and only they can have the link already (planRelations made each
        // link once, and every new contact is a card of its own).
        if ((fromWasHere && !links.alive(from)) || (toWasHere && !links.alive(to))) continue;
        if ((fromWasHere || toWasHere) && links.has(from, to, link.kind)) continue;
        if (fromWasHere && toWasHere) {
            UndoHistory::Tracking tracked(history, true);
            links.add(from, to, link.kind, now);
        } else {
            links.addLater(from, to, link.kind, now); // undo deletes it with the new contact
        }
        ++written.count;
        written.contacts.push_back(from);
        written.contacts.push_back(to);
    }
    links.flush();
    std::vector<ContactId>& gained = written.contacts;
    std::sort(gained.begin(), gained.end());
    gained.erase(std::unique(gained.begin(), gained.end()), gained.end());
    return written;
}

} // namespace rk
