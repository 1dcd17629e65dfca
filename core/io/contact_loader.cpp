#include "core/io/contact_loader.h"

#include "core/db/database.h"
#include "core/db/statement.h"

#include <unordered_map>

namespace rk {

std::vector<Contact> loadAllContacts(Database& db, bool includeTrash) {
    std::vector<Contact> out;
    std::unordered_map<ContactId, std::size_t> index;
    {
        Statement st(db, std::string("SELECT id, given_name, family_name, display_name, company, "
                                     "title, industry, location, how_met, met_event_id, birthday, "
                                     "notes, circle, cadence_days, photo, created_at, updated_at, "
                                     "archived_at, deleted_at, last_contact_at, next_due, "
                                     "snoozed_until, snooze_count FROM contacts") +
                             (includeTrash ? "" : " WHERE deleted_at IS NULL") + " ORDER BY id");
        while (st.step()) {
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
            index.emplace(c.id, out.size());
            out.push_back(std::move(c));
        }
    }
    auto each = [&](const char* sql, auto&& add) {
        Statement st(db, sql);
        while (st.step()) {
            auto it = index.find(st.int64(0));
            if (it != index.end()) add(out[it->second], st);
        }
    };
    // Same orders as ContactRepo::get, so a loaded contact equals a fetched one.
    each("SELECT contact_id, id, kind, label, value FROM contact_methods ORDER BY id",
         [](Contact& c, const Statement& st) {
             c.methods.push_back({st.int64(1), static_cast<MethodKind>(st.int32(2)), st.text(3), st.text(4)});
         });
    each("SELECT ct.contact_id, t.name FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id "
         "ORDER BY ct.contact_id, t.name COLLATE NOCASE",
         [](Contact& c, const Statement& st) { c.tags.push_back(st.text(1)); });
    each("SELECT contact_id, topic FROM contact_knows ORDER BY contact_id, topic",
         [](Contact& c, const Statement& st) { c.knows.push_back(st.text(1)); });
    each("SELECT contact_id, id, company, title, until FROM past_roles ORDER BY id",
         [](Contact& c, const Statement& st) {
             c.pastRoles.push_back({st.int64(1), st.text(2), st.text(3), st.text(4)});
         });
    return out;
}

} // namespace rk
