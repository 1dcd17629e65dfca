#include "core/repo/link_repo.h"

#include "core/db/database.h"
#include "core/db/statement.h"

namespace rk {

namespace {

constexpr const char* kColumns = "id, from_id, to_id, kind, note, created_at";

ContactLink readLink(const Statement& st) {
    return {st.int64(0), st.int64(1), st.int64(2), static_cast<LinkKind>(st.int32(3)), st.text(4), st.int64(5)};
}

} // namespace

std::int64_t LinkRepo::add(ContactLink& link, std::int64_t now) {
    Statement st(m_db, "INSERT INTO contact_links(from_id, to_id, kind, note, created_at) VALUES(?1,?2,?3,?4,?5)");
    st.bind(1, link.from).bind(2, link.to).bind(3, static_cast<int>(link.kind)).bind(4, link.note).bind(5, now).run();
    link.id = m_db.lastInsertId();
    link.createdAt = now;
    return link.id;
}

void LinkRepo::remove(std::int64_t id) {
    Statement st(m_db, "DELETE FROM contact_links WHERE id = ?1");
    st.bind(1, id).run();
}

std::optional<ContactLink> LinkRepo::get(std::int64_t id) {
    Statement st(m_db, std::string("SELECT ") + kColumns + " FROM contact_links WHERE id = ?1");
    st.bind(1, id);
    if (!st.step()) return std::nullopt;
    return readLink(st);
}

std::optional<ContactLink> LinkRepo::find(ContactId from, ContactId to, LinkKind kind) {
    Statement st(m_db, std::string("SELECT ") + kColumns +
                           " FROM contact_links WHERE kind = ?3 AND ((from_id = ?1 AND to_id = ?2) OR "
                           "(?4 AND from_id = ?2 AND to_id = ?1)) ORDER BY id LIMIT 1");
    st.bind(1, from).bind(2, to).bind(3, static_cast<int>(kind)).bind(4, !isDirectional(kind));
    if (!st.step()) return std::nullopt;
    return readLink(st);
}

std::vector<ContactLink> LinkRepo::forContact(ContactId id) {
    // Two index probes (from_id leads the unique index, to_id has its own).
    Statement st(m_db, std::string("SELECT ") + kColumns + " FROM contact_links WHERE from_id = ?1 UNION ALL SELECT " +
                           kColumns + " FROM contact_links WHERE to_id = ?1 ORDER BY 1");
    st.bind(1, id);
    std::vector<ContactLink> out;
    while (st.step()) out.push_back(readLink(st));
    return out;
}

} // namespace rk
