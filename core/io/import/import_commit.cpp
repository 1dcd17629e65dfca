#include "core/db/bulk_cache.h"
#include "core/db/database.h"
#include "core/db/memory_table.h"
#include "core/db/sql_batch.h"
#include "core/db/statement.h"
#include "core/db/store_error.h"
#include "core/io/backup/json_backup.h"
#include "core/io/import/contact_merge.h"
#include "core/io/import/import_plan.h"
#include "core/io/import/import_relations.h"
#include "core/io/import/import_rows.h"
#include "core/io/import/search_doc.h"
#include "core/io/text/text_util.h"
#include "core/repo/contact_repo.h"
#include "core/schedule/cadence.h"
#include "core/store/backup_now.h"
#include "core/store/search_index.h"
#include "core/store/store.h"

#include <algorithm>
#include <filesystem>
#include <unordered_map>
#include <unordered_set>

namespace rk {

namespace {

struct Cancelled {};

// "rowid, name, company, …": the search index's columns in SQL.
std::string joinedColumns() { return join(searchDocColumns(), ", "); }

// Bulk writer: new contacts and their lists go out in multi-row batches
// (see BatchInsert for why), with ids assigned here so children can point at
// parents that are still in a batch. Parents are always flushed first, since
// foreign keys are checked row by row.
class ImportWriter {
public:
    // New ids start past every contact there is and every one the plan
    // merges into (`mergeTargetsUpTo`): a contact deleted since the preview
    // must not lend its id to a newcomer, who would then receive its merge.
    ImportWriter(Database& db, UndoHistory& history, std::int64_t now, ContactId mergeTargetsUpTo)
        : m_db(db), m_history(history), m_now(now), m_policy(CadencePolicy::load(db)),
          m_nextId(std::max(db.queryInt("SELECT coalesce(max(id), 0) FROM contacts"), mergeTargetsUpTo) + 1),
          m_contacts(db, "INSERT INTO contacts", kNewContactColumns),
          m_methods(db, "INSERT INTO contact_methods", kMethodColumns),
          m_links(db, "INSERT OR IGNORE INTO contact_tags", kTagLinkColumns),
          m_knows(db, "INSERT OR IGNORE INTO contact_knows", kKnowsColumns),
          m_roles(db, "INSERT INTO past_roles", kRoleColumns),
          m_interactions(db, "INSERT INTO interactions", kInteractionColumns),
          m_reminders(db, "INSERT INTO reminders", kReminderColumns),
          m_tag(db, "INSERT INTO tags(name) VALUES(?1) ON CONFLICT(name) DO NOTHING"),
          m_tagId(db, "SELECT id, name FROM tags WHERE name = ?1"),
          m_hasInteraction(db, "SELECT count(*) FROM interactions WHERE contact_id=?1 AND kind=?2 AND at=?3"),
          m_hasReminder(db, "SELECT count(*) FROM reminders WHERE contact_id=?1 AND due_date=?2 AND note=?3"),
          m_lastContact(db, "UPDATE contacts SET last_contact_at = (SELECT max(at) FROM interactions "
                            "WHERE contact_id = ?1) WHERE id = ?1") {
        // Every child row points at a contact that may still be buffered.
        for (BatchInsert* b : {&m_methods, &m_links, &m_knows, &m_roles, &m_interactions, &m_reminders})
            b->setParent(&m_contacts);
    }

    // New contacts and their rows are written untracked (see
    // UndoHistory::Tracking): this is the range to declare.
    [[nodiscard]] ContactId firstNewId() const { return m_firstNewId; }
    [[nodiscard]] ContactId lastNewId() const { return m_nextId - 1; }
    ContactId insert(const ImportCard& card);
    // False when the contact is gone (deleted since the preview).
    bool merge(ContactId id, const ImportCard& card, bool& changed);
    void flush();
    // Indexes the new contacts for search. Called once, after every other
    // write: the first write to a full-text table makes each later statement
    // flush it (see schema v2).
    void writeSearchIndex();

private:
    // The tag's id and its stored spelling (tags match whatever their case).
    [[nodiscard]] const std::pair<std::int64_t, std::string>& tag(const std::string& name);
    // Adds the card's interactions and reminders the contact does not have yet.
    bool addNewHistory(ContactId id, const ImportCard& card);

    Database& m_db;
    UndoHistory& m_history;
    std::int64_t m_now;
    CadencePolicy m_policy;
    ContactId m_nextId;
    ContactId m_firstNewId = m_nextId;
    BatchInsert m_contacts, m_methods, m_links, m_knows, m_roles, m_interactions, m_reminders;
    std::vector<std::vector<SqlValue>> m_searchRows; // new contacts' documents (see searchDocRow)
    Statement m_tag, m_tagId, m_hasInteraction, m_hasReminder, m_lastContact;
    TagTable m_tags;
};

void ImportWriter::flush() {
    m_contacts.flush();
    for (BatchInsert* b : {&m_methods, &m_links, &m_knows, &m_roles, &m_interactions, &m_reminders}) b->flush();
}

void ImportWriter::writeSearchIndex() {
    flush();
    if (m_searchRows.empty()) return;
    {
        // One statement for every document (see MemoryTable).
        MemoryTable documents(m_db, "rk_import_search_docs", searchDocColumns(), m_searchRows);
        m_db.exec("INSERT INTO contacts_fts(" + joinedColumns() + ") SELECT * FROM rk_import_search_docs");
        // The names index holds the same name document (see searchName).
        m_db.exec("INSERT INTO contacts_fts_names(rowid, name) SELECT rowid, name FROM rk_import_search_docs");
    }
    m_searchRows.clear();
}

const std::pair<std::int64_t, std::string>& ImportWriter::tag(const std::string& name) {
    auto [it, fresh] = m_tags.try_emplace(asciiLower(name));
    if (fresh) {
        UndoHistory::Tracking tracked(m_history, true); // a new tag outlives the new contacts' cascade
        m_tag.reset();
        m_tag.bind(1, name).run();
        m_tagId.reset();
        m_tagId.bind(1, name);
        if (!m_tagId.step()) throw StoreError("Could not create the tag " + name);
        it->second = {m_tagId.int64(0), m_tagId.text(1)};
    }
    return it->second;
}

ContactId ImportWriter::insert(const ImportCard& card) {
    for (const auto& name : card.contact.tags)
        if (!name.empty()) (void)tag(name); // newContactRows needs every tag to exist
    const ContactId id = m_nextId++;
    NewContactRows rows = newContactRows(id, card, m_tags, m_policy, m_now);
    m_contacts.add(std::move(rows.contact));
    const std::pair<BatchInsert*, std::vector<std::vector<SqlValue>>*> lists[] = {
        {&m_methods, &rows.methods}, {&m_links, &rows.tagLinks},         {&m_knows, &rows.knows},
        {&m_roles, &rows.roles},     {&m_interactions, &rows.interactions}, {&m_reminders, &rows.reminders}};
    for (auto [batch, list] : lists)
        for (auto& row : *list) batch->add(std::move(row));
    m_searchRows.push_back(std::move(rows.searchDoc));
    for (BatchInsert* b : {&m_contacts, &m_methods, &m_links, &m_knows, &m_roles, &m_interactions, &m_reminders})
        if (b->full()) {
            flush();
            break;
        }
    return id;
}

bool ImportWriter::addNewHistory(ContactId id, const ImportCard& card) {
    bool added = false;
    for (const auto& i : card.interactions) {
        m_hasInteraction.reset();
        m_hasInteraction.bind(1, id).bind(2, static_cast<int>(i.kind)).bind(3, i.at);
        if (m_hasInteraction.step() && m_hasInteraction.int64(0) > 0) continue;
        m_interactions.add(interactionRow(id, i, m_now));
        added = true;
    }
    for (const auto& r : card.reminders) {
        m_hasReminder.reset();
        m_hasReminder.bind(1, id).bind(2, r.dueDate).bind(3, r.note);
        if (m_hasReminder.step() && m_hasReminder.int64(0) > 0) continue;
        m_reminders.add(reminderRow(id, r, m_now));
        added = true;
    }
    return added;
}

bool ImportWriter::merge(ContactId id, const ImportCard& card, bool& changed) {
    flush(); // the repository below reads and writes around the batches
    // Changes to a contact the user already had are recorded row by row, so
    // undo restores exactly what they held.
    UndoHistory::Tracking tracked(m_history, true);
    ContactRepo repo(m_db, SearchIndexing::Deferred); // all merged contacts are indexed at the end
    auto current = repo.get(id);
    if (!current || current->deletedAt) return false;
    const MergeResult r = mergeContact(*current, card.contact);
    if (r.changed()) repo.update(r.merged, m_now);
    const bool history = addNewHistory(id, card);
    flush();
    if (history && !card.interactions.empty()) {
        m_lastContact.reset();
        m_lastContact.bind(1, id).run();
    }
    if (r.changed() || history) refreshNextDue(m_db, m_policy, id);
    changed = r.changed() || history;
    return true;
}

std::string importLabel(const std::string& file) {
    const std::string name = std::filesystem::path(file).filename().string();
    return "Import " + (name.empty() ? std::string("contacts") : name);
}

// A large import into a database that already has people is backed up first.
// A complete backup restored into an empty database has nothing to keep.
std::string backupBeforeLargeImport(Store& store, const ImportPlan& plan) {
    if (plan.restore || plan.newCount + plan.mergedCount <= kBackupBeforeImportOver) return {};
    if (store.db().queryInt("SELECT EXISTS(SELECT 1 FROM contacts)") == 0) return {};
    try {
        const auto made = backupBefore(store, BackupReason::BeforeImport);
        return made ? made->path : std::string();
    } catch (const StoreError& e) {
        throw StoreError(std::string(e.what()) + " So that nothing can be lost, the import did not start.",
                         e.code());
    }
}

} // namespace

ImportOutcome commitImport(Store& store, const ImportPlan& plan, const ImportProgress& progress) {
    ImportOutcome outcome;
    if (!plan.fatal.empty() || !plan.canCommit()) return outcome;
    Database& db = store.db();
    const std::int64_t now = store.clock().now();
    const std::string backupPath = backupBeforeLargeImport(store, plan);
    BulkCache cache(db);
    try {
        if (plan.restore) {
            store.change("Restore " + std::filesystem::path(plan.file).filename().string(), [&] {
                restoreBackup(db, *plan.restore, [&](std::size_t done, std::size_t total) {
                    if (progress && !progress(done, total)) throw Cancelled{};
                });
            });
            outcome.added = plan.newCount;
            outcome.committed = true;
            return outcome;
        }
        store.change(importLabel(plan.file), [&] {
            outcome = ImportOutcome{};
            UndoHistory::Tracking untracked(store.history(), false);
            ContactId mergeTargetsUpTo = 0;
            for (const ImportPlanEntry& e : plan.entries) mergeTargetsUpTo = std::max(mergeTargetsUpTo, e.existingId);
            ImportWriter writer(db, store.history(), now, mergeTargetsUpTo);
            auto written = [&](const ImportPlanEntry& e) {
                return e.card >= 0 && !e.foldedIntoEarlier && e.action != ImportAction::Rejected;
            };
            auto cardOf = [&](const ImportPlanEntry& e) -> const ImportCard& {
                return plan.cards[static_cast<std::size_t>(e.card)];
            };
            const std::size_t total = plan.entries.size();
            std::vector<ContactId> idOfCard(plan.cards.size(), 0); // for the links below
            std::vector<ContactId> unchanged;
            for (std::size_t n = 0; n < total; ++n) {
                const ImportPlanEntry& e = plan.entries[n];
                if (progress && n % 64 == 0 && !progress(n, total)) throw Cancelled{};
                if (!written(e)) continue;
                bool changed = false;
                ContactId& id = idOfCard[static_cast<std::size_t>(e.card)];
                // A merge into someone deleted since the preview comes in as a new person.
                if (!e.existingId || !writer.merge(e.existingId, cardOf(e), changed)) {
                    id = writer.insert(cardOf(e));
                    outcome.touched.push_back(id);
                    ++outcome.added;
                } else if (changed) {
                    id = e.existingId;
                    ++outcome.merged;
                    outcome.touched.push_back(id);
                } else {
                    id = e.existingId;
                    unchanged.push_back(id);
                }
            }
            writer.flush(); // links point at contacts that may still be buffered
            const LinksWritten links =
                writePlannedLinks(db, store.history(), plan, idOfCard, writer.firstNewId(), now);
            outcome.linked = links.count;
            // A contact whose only change is a new link was changed all the same.
            if (links.count > 0) {
                std::unordered_set<ContactId> touched(outcome.touched.begin(), outcome.touched.end());
                std::unordered_set<ContactId> wasUnchanged(unchanged.begin(), unchanged.end());
                for (ContactId id : links.contacts) {
                    if (!touched.insert(id).second) continue;
                    outcome.touched.push_back(id);
                    if (wasUnchanged.erase(id)) ++outcome.merged;
                }
                unchanged.assign(wasUnchanged.begin(), wasUnchanged.end());
            }
            outcome.unchanged = unchanged.size();
            writer.writeSearchIndex();
            store.history().addedContacts(writer.firstNewId(), writer.lastNewId());
            // New contacts were indexed from memory; merged ones are
            // re-indexed from what they hold now.
            std::vector<ContactId> merged;
            for (ContactId id : outcome.touched)
                if (id < writer.firstNewId()) merged.push_back(id);
            reindexContacts(db, merged);
            if (progress && !progress(total, total)) throw Cancelled{};
        });
    } catch (const Cancelled&) {
        ImportOutcome cancelled;
        cancelled.cancelled = true;
        cancelled.backupPath = backupPath;
        return cancelled;
    }
    outcome.committed = true;
    outcome.backupPath = backupPath;
    return outcome;
}

} // namespace rk
