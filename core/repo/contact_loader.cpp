#include "core/repo/contact_loader.h"

#include "core/db/database.h"
#include "core/db/statement.h"
#include "core/repo/contact_repo.h"

#include <unordered_map>

namespace rk {

std::vector<Contact> loadAllContacts(Database& db, bool includeTrash) {
    std::vector<Contact> out;
    std::unordered_map<ContactId, std::size_t> index;
    {
        Statement st(db, std::string("SELECT ") + kContactColumns + " FROM contacts" +
                             (includeTrash ? "" : " WHERE deleted_at IS NULL") + " ORDER BY id");
        while (st.step()) {
            Contact c = readContactRow(st);
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
