#include "core/repo/contact_repo.h"

#include "core/db/database.h"
#include "core/db/statement.h"
#include "core/db/store_error.h"
#include "core/schedule/cadence.h"
#include "core/store/search_index.h"

namespace rk {

namespace {

// The first few tags, after the card columns, for the deck's cards.
constexpr const char* kCardTags =
    "(SELECT group_concat(name, ', ') FROM (SELECT t.name FROM contact_tags ct JOIN tags t "
    "ON t.id = ct.tag_id WHERE ct.contact_id = c.id ORDER BY t.name LIMIT 3))";

ContactCard readCardWithTags(const Statement& st) {
    ContactCard card = readCardRow(st);
    card.tags = st.text(9);
    return card;
}

std::string cardSelect() { return std::string("SELECT ") + kCardColumns + ", " + kCardTags; }

std::string shelfWhere(Shelf shelf) {
    switch (shelf) {
    case Shelf::Active: return "c.deleted_at IS NULL AND c.archived_at IS NULL";
    case Shelf::Archived: return "c.deleted_at IS NULL AND c.archived_at IS NOT NULL";
    case Shelf::Trash: return "c.deleted_at IS NOT NULL";
    }
    return "1";
}

void bindFields(Statement& st, const Contact& c) {
    st.bind(1, c.givenName).bind(2, c.familyName).bind(3, c.shownName()).bind(4, c.company);
    st.bind(5, c.title).bind(6, c.industry).bind(7, c.location).bind(8, c.howMet);
    st.bind(9, c.metAtEventId).bind(10, c.birthday).bind(11, c.notes);
    st.bind(12, static_cast<int>(c.circle)).bind(13, c.cadenceDays);
    if (c.photo.empty()) st.bindNull(14);
    else st.bindBlob(14, c.photo);
}

} // namespace

const char* const kContactColumns =
    "id, given_name, family_name, display_name, company, title, industry, location, how_met, "
    "met_event_id, birthday, notes, circle, cadence_days, photo, created_at, updated_at, "
    "archived_at, deleted_at, last_contact_at, next_due, snoozed_until, snooze_count";

Contact readContactRow(const Statement& st) {
    Contact c;
    c.id = st.int64(0);
    c.givenName = st.text(1);
    c.familyName = st.text(2);
    c.displayName = st.text(3);
    c.company = st.text(4);
    c.title = st.text(5);
    c.industry = st.text(6);
    c.location = st.text(7);
    c.howMet = st.text(8);
    c.metAtEventId = st.optInt64(9);
    c.birthday = st.text(10);
    c.notes = st.text(11);
    c.circle = static_cast<Circle>(st.int32(12));
    if (auto cad = st.optInt64(13)) c.cadenceDays = static_cast<int>(*cad);
    c.photo = st.blob(14);
    c.createdAt = st.int64(15);
    c.updatedAt = st.int64(16);
    c.archivedAt = st.optInt64(17);
    c.deletedAt = st.optInt64(18);
    c.lastContactAt = st.optInt64(19);
    c.nextDue = st.text(20);
    c.snoozedUntil = st.text(21);
    c.snoozeCount = st.int32(22);
    return c;
}

const char* const kCardColumns =
    "c.id, c.display_name, c.company, c.title, c.circle, c.last_contact_at, c.next_due, "
    "c.photo IS NOT NULL, c.archived_at IS NOT NULL";

ContactCard readCardRow(const Statement& st) {
    ContactCard card;
    card.id = st.int64(0);
    card.displayName = st.text(1);
    card.company = st.text(2);
    card.title = st.text(3);
    card.circle = static_cast<Circle>(st.int32(4));
    card.lastContactAt = st.optInt64(5);
    card.nextDue = st.text(6);
    card.hasPhoto = st.int64(7) != 0;
    card.archived = st.int64(8) != 0;
    return card;
}

ContactId ContactRepo::insert(Contact& c, std::int64_t now) {
    if (c.shownName().empty()) throw StoreError("A contact needs a name.");
    Statement st(m_db, "INSERT INTO contacts(given_name, family_name, display_name, company, title, "
                       "industry, location, how_met, met_event_id, birthday, notes, circle, "
                       "cadence_days, photo, created_at, updated_at, last_contact_at, next_due) "
                       "VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?15,?16,?17)");
    bindFields(st, c);
    st.bind(15, now).bind(16, c.lastContactAt).bind(17, c.nextDue);
    st.run();
    c.id = m_db.lastInsertId();
    c.displayName = c.shownName();
    c.createdAt = c.updatedAt = now;
    if (!c.methods.empty()) writeMethods(c.id, c.methods);
    if (!c.tags.empty()) writeTags(c.id, c.tags);
    if (!c.knows.empty()) writeKnows(c.id, c.knows);
    if (!c.pastRoles.empty()) writePastRoles(c.id, c.pastRoles);
    // A new person with a cadence is due one cycle after today (or their last contact).
    if (c.nextDue.empty()) refreshNextDue(m_db, CadencePolicy::load(m_db), c.id);
    reindex(c.id);
    return c.id;
}

void ContactRepo::update(const Contact& c, std::int64_t now) {
    if (c.shownName().empty()) throw StoreError("A contact needs a name.");
    Statement before(m_db, "SELECT circle, cadence_days FROM contacts WHERE id=?1");
    before.bind(1, c.id);
    const bool existed = before.step();
    const bool cadenceChanged = existed && (before.int32(0) != static_cast<int>(c.circle) ||
                                            before.optInt64(1) != (c.cadenceDays ? std::optional<std::int64_t>(*c.cadenceDays) : std::nullopt));
    Statement st(m_db, "UPDATE contacts SET given_name=?1, family_name=?2, display_name=?3, "
                       "company=?4, title=?5, industry=?6, location=?7, how_met=?8, "
                       "met_event_id=?9, birthday=?10, notes=?11, circle=?12, cadence_days=?13, "
                       "photo=?14, updated_at=?15 WHERE id=?16");
    bindFields(st, c);
    st.bind(15, now).bind(16, c.id);
    st.run();
    writeMethods(c.id, c.methods);
    writeTags(c.id, c.tags);
    writeKnows(c.id, c.knows);
    writePastRoles(c.id, c.pastRoles);
    reindex(c.id);
    // Only a new rhythm moves the due date: an edited note must not undo a skip or snooze.
    if (cadenceChanged) refreshNextDue(m_db, CadencePolicy::load(m_db), c.id);
}

std::optional<Contact> ContactRepo::get(ContactId id) {
    Statement st(m_db, std::string("SELECT ") + kContactColumns + " FROM contacts WHERE id = ?1");
    st.bind(1, id);
    if (!st.step()) return std::nullopt;
    Contact c = readContactRow(st);
    loadLists(c);
    return c;
}

void ContactRepo::loadLists(Contact& c) {
    {
        Statement st(m_db, "SELECT id, kind, label, value FROM contact_methods WHERE contact_id=?1 "
                           "ORDER BY id");
        st.bind(1, c.id);
        while (st.step())
            c.methods.push_back({st.int64(0), static_cast<MethodKind>(st.int32(1)), st.text(2),
                                 st.text(3)});
    }
    {
        Statement st(m_db, "SELECT t.name FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id "
                           "WHERE ct.contact_id=?1 ORDER BY t.name COLLATE NOCASE");
        st.bind(1, c.id);
        while (st.step()) c.tags.push_back(st.text(0));
    }
    {
        Statement st(m_db, "SELECT topic FROM contact_knows WHERE contact_id=?1 ORDER BY topic");
        st.bind(1, c.id);
        while (st.step()) c.knows.push_back(st.text(0));
    }
    {
        Statement st(m_db, "SELECT id, company, title, until FROM past_roles WHERE contact_id=?1 "
                           "ORDER BY id");
        st.bind(1, c.id);
        while (st.step()) c.pastRoles.push_back({st.int64(0), st.text(1), st.text(2), st.text(3)});
    }
}

std::vector<ContactCard> ContactRepo::cards(Shelf shelf, ContactSort sort) {
    std::string order;
    switch (sort) {
    case ContactSort::Name: order = "c.display_name COLLATE NOCASE"; break;
    case ContactSort::LastContact: order = "c.last_contact_at IS NULL, c.last_contact_at DESC"; break;
    case ContactSort::NextDue: order = "c.next_due = '', c.next_due, c.display_name COLLATE NOCASE"; break;
    }
    Statement st(m_db, cardSelect() + " FROM contacts c WHERE " +
                           shelfWhere(shelf) + " ORDER BY " + order);
    std::vector<ContactCard> out;
    while (st.step()) out.push_back(readCardWithTags(st));
    return out;
}

std::optional<ContactCard> ContactRepo::card(ContactId id) {
    Statement st(m_db, cardSelect() + " FROM contacts c WHERE c.id=?1");
    st.bind(1, id);
    if (!st.step()) return std::nullopt;
    return readCardWithTags(st);
}

std::int64_t ContactRepo::count(Shelf shelf) {
    Statement st(m_db, "SELECT count(*) FROM contacts c WHERE " + shelfWhere(shelf));
    return st.step() ? st.int64(0) : 0;
}

std::vector<ContactCard> ContactRepo::findByName(const std::string& text, int limit) {
    Statement st(m_db, cardSelect() +
                           " FROM contacts c WHERE c.deleted_at IS NULL AND "
                           // Folded like the search index, so "yilmaz" finds Yılmaz here too.
                           "instr(lower(rk_search_fold(c.display_name)), lower(rk_search_fold(?1))) > 0 "
                           "ORDER BY instr(lower(rk_search_fold(c.display_name)), "
                           "lower(rk_search_fold(?1))), c.display_name "
                           "LIMIT ?2");
    st.bind(1, text).bind(2, limit);
    std::vector<ContactCard> out;
    while (st.step()) out.push_back(readCardWithTags(st));
    return out;
}

void ContactRepo::archive(ContactId id, std::int64_t now) {
    Statement st(m_db, "UPDATE contacts SET archived_at=?2, updated_at=?2 WHERE id=?1");
    st.bind(1, id).bind(2, now).run();
}

void ContactRepo::unarchive(ContactId id, std::int64_t now) {
    Statement st(m_db, "UPDATE contacts SET archived_at=NULL, updated_at=?2 WHERE id=?1");
    st.bind(1, id).bind(2, now).run();
}

void ContactRepo::moveToTrash(ContactId id, std::int64_t now) {
    Statement st(m_db, "UPDATE contacts SET deleted_at=?2, updated_at=?2 WHERE id=?1");
    st.bind(1, id).bind(2, now).run();
}

void ContactRepo::restoreFromTrash(ContactId id, std::int64_t now) {
    Statement st(m_db, "UPDATE contacts SET deleted_at=NULL, updated_at=?2 WHERE id=?1");
    st.bind(1, id).bind(2, now).run();
}

int ContactRepo::emptyTrash() {
    Statement st(m_db, "DELETE FROM contacts WHERE deleted_at IS NOT NULL");
    st.run();
    return m_db.changes();
}

void ContactRepo::writeTags(ContactId id, const std::vector<std::string>& tags) {
    Statement clear(m_db, "DELETE FROM contact_tags WHERE contact_id=?1");
    clear.bind(1, id).run();
    Statement addTag(m_db, "INSERT INTO tags(name) VALUES(?1) ON CONFLICT(name) DO NOTHING");
    Statement link(m_db, "INSERT OR IGNORE INTO contact_tags(contact_id, tag_id) "
                         "SELECT ?1, id FROM tags WHERE name = ?2");
    for (const auto& tag : tags) {
        if (tag.empty()) continue;
        addTag.reset();
        addTag.bind(1, tag).run();
        link.reset();
        link.bind(1, id).bind(2, tag).run();
    }
}

void ContactRepo::writeKnows(ContactId id, const std::vector<std::string>& topics) {
    Statement clear(m_db, "DELETE FROM contact_knows WHERE contact_id=?1");
    clear.bind(1, id).run();
    Statement add(m_db, "INSERT OR IGNORE INTO contact_knows(contact_id, topic) VALUES(?1, ?2)");
    for (const auto& topic : topics) {
        if (topic.empty()) continue;
        add.reset();
        add.bind(1, id).bind(2, topic).run();
    }
}

void ContactRepo::writeMethods(ContactId id, const std::vector<ContactMethod>& methods) {
    Statement clear(m_db, "DELETE FROM contact_methods WHERE contact_id=?1");
    clear.bind(1, id).run();
    Statement add(m_db, "INSERT INTO contact_methods(contact_id, kind, label, value) "
                        "VALUES(?1, ?2, ?3, ?4)");
    for (const auto& m : methods) {
        if (m.value.empty()) continue;
        add.reset();
        add.bind(1, id).bind(2, static_cast<int>(m.kind)).bind(3, m.label).bind(4, m.value).run();
    }
}

void ContactRepo::writePastRoles(ContactId id, const std::vector<PastRole>& roles) {
    Statement clear(m_db, "DELETE FROM past_roles WHERE contact_id=?1");
    clear.bind(1, id).run();
    Statement add(m_db, "INSERT INTO past_roles(contact_id, company, title, until) "
                        "VALUES(?1, ?2, ?3, ?4)");
    for (const auto& r : roles) {
        add.reset();
        add.bind(1, id).bind(2, r.company).bind(3, r.title).bind(4, r.until).run();
    }
}

void ContactRepo::reindex(ContactId id) {
    if (m_indexing == SearchIndexing::Now) reindexContacts(m_db, {id});
}

void ContactRepo::setTags(ContactId id, const std::vector<std::string>& tags) {
    writeTags(id, tags);
    reindex(id);
}

void ContactRepo::setKnows(ContactId id, const std::vector<std::string>& topics) {
    writeKnows(id, topics);
    reindex(id);
}

void ContactRepo::setMethods(ContactId id, const std::vector<ContactMethod>& methods) {
    writeMethods(id, methods);
    reindex(id);
}

void ContactRepo::setPastRoles(ContactId id, const std::vector<PastRole>& roles) {
    writePastRoles(id, roles);
    reindex(id);
}

} // namespace rk
