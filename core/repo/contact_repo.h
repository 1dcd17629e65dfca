#pragma once
#include "core/model/contact.h"
#include "core/model/contact_card.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace rk {

class Database;
class Statement;

enum class ContactSort { Name, LastContact, NextDue };

// Shared by every reader of contact rows (the repo, bulk export, search), so
// a column added to contacts is read in one place.
// SELECT <kContactColumns> FROM contacts → readContactRow (lists not loaded).
extern const char* const kContactColumns;
[[nodiscard]] Contact readContactRow(const Statement& row);
// SELECT <kCardColumns> FROM contacts c → readCardRow (tags not loaded);
// callers may select more columns after these.
extern const char* const kCardColumns;
[[nodiscard]] ContactCard readCardRow(const Statement& row);

// Whether a write re-indexes the contact for search at once (Now), or leaves
// that to a bulk writer that indexes everything it touched at the end
// (Deferred; see core/store/search_index.h).
enum class SearchIndexing { Now, Deferred };

// Reads and writes contacts and what hangs off them (methods, tags, topics,
// past roles). Plain SQL: callers wrap writes in Store::change for undo.
class ContactRepo {
public:
    explicit ContactRepo(Database& db, SearchIndexing indexing = SearchIndexing::Now)
        : m_db(db), m_indexing(indexing) {}

    // Inserts the contact and its methods, tags, topics and roles; returns the new id.
    ContactId insert(Contact& contact, std::int64_t now);
    // Rewrites the contact's fields and lists.
    void update(const Contact& contact, std::int64_t now);
    [[nodiscard]] std::optional<Contact> get(ContactId id);
    [[nodiscard]] std::vector<ContactCard> cards(Shelf shelf = Shelf::Active,
                                                 ContactSort sort = ContactSort::Name);
    [[nodiscard]] std::optional<ContactCard> card(ContactId id);
    [[nodiscard]] std::int64_t count(Shelf shelf = Shelf::Active);
    // Contacts whose display name contains `text` (case-insensitive), for pickers and the CLI.
    [[nodiscard]] std::vector<ContactCard> findByName(const std::string& text, int limit = 20);

    void archive(ContactId id, std::int64_t now);
    void unarchive(ContactId id, std::int64_t now);
    void moveToTrash(ContactId id, std::int64_t now);
    void restoreFromTrash(ContactId id, std::int64_t now);
    // Deletes for good everything in the trash; returns how many.
    int emptyTrash();

    void setTags(ContactId id, const std::vector<std::string>& tags);
    void setKnows(ContactId id, const std::vector<std::string>& topics);
    void setMethods(ContactId id, const std::vector<ContactMethod>& methods);
    void setPastRoles(ContactId id, const std::vector<PastRole>& roles);

private:
    void loadLists(Contact& c);
    void writeTags(ContactId id, const std::vector<std::string>& tags);
    void writeKnows(ContactId id, const std::vector<std::string>& topics);
    void writeMethods(ContactId id, const std::vector<ContactMethod>& methods);
    void writePastRoles(ContactId id, const std::vector<PastRole>& roles);
    void reindex(ContactId id);
    Database& m_db;
    SearchIndexing m_indexing;
};

} // namespace rk
