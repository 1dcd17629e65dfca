#include "core/repo/interaction_repo.h"

#include "core/db/database.h"
#include "core/db/statement.h"

namespace rk {

namespace {
constexpr const char* kColumns = "i.id, i.contact_id, i.kind, i.direction, i.at, i.note, "
                                 "i.asked_help, i.gave_help, i.awaiting_reply";

Interaction readInteraction(const Statement& st) {
    Interaction i;
    i.id = st.int64(0);
    i.contactId = st.int64(1);
    i.kind = static_cast<InteractionKind>(st.int32(2));
    i.direction = static_cast<Direction>(st.int32(3));
    i.at = st.int64(4);
    i.note = st.text(5);
    i.askedHelp = st.int64(6) != 0;
    i.gaveHelp = st.int64(7) != 0;
    i.awaitingReply = st.int64(8) != 0;
    return i;
}
} // namespace

std::int64_t InteractionRepo::add(Interaction& i, std::int64_t now) {
    Statement st(m_db, "INSERT INTO interactions(contact_id, kind, direction, at, note, asked_help, "
                       "gave_help, awaiting_reply, created_at) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9)");
    st.bind(1, i.contactId).bind(2, static_cast<int>(i.kind)).bind(3, static_cast<int>(i.direction));
    st.bind(4, i.at).bind(5, i.note).bind(6, i.askedHelp).bind(7, i.gaveHelp);
    st.bind(8, i.awaitingReply).bind(9, now);
    st.run();
    i.id = m_db.lastInsertId();
    refreshLastContact(i.contactId);
    return i.id;
}

void InteractionRepo::update(const Interaction& i) {
    auto before = get(i.id);
    Statement st(m_db, "UPDATE interactions SET contact_id=?2, kind=?3, direction=?4, at=?5, "
                       "note=?6, asked_help=?7, gave_help=?8, awaiting_reply=?9 WHERE id=?1");
    st.bind(1, i.id).bind(2, i.contactId).bind(3, static_cast<int>(i.kind));
    st.bind(4, static_cast<int>(i.direction)).bind(5, i.at).bind(6, i.note);
    st.bind(7, i.askedHelp).bind(8, i.gaveHelp).bind(9, i.awaitingReply);
    st.run();
    refreshLastContact(i.contactId);
    if (before && before->contactId != i.contactId) refreshLastContact(before->contactId);
}

void InteractionRepo::remove(std::int64_t id) {
    auto before = get(id);
    if (!before) return;
    Statement st(m_db, "DELETE FROM interactions WHERE id=?1");
    st.bind(1, id).run();
    refreshLastContact(before->contactId);
}

std::optional<Interaction> InteractionRepo::get(std::int64_t id) {
    Statement st(m_db, std::string("SELECT ") + kColumns + " FROM interactions i WHERE i.id=?1");
    st.bind(1, id);
    if (!st.step()) return std::nullopt;
    return readInteraction(st);
}

std::vector<Interaction> InteractionRepo::forContact(std::int64_t contactId, int limit) {
    Statement st(m_db, std::string("SELECT ") + kColumns +
                           " FROM interactions i WHERE i.contact_id=?1 ORDER BY i.at DESC, i.id "
                           "DESC LIMIT ?2");
    st.bind(1, contactId).bind(2, limit);
    std::vector<Interaction> out;
    while (st.step()) out.push_back(readInteraction(st));
    return out;
}

std::vector<InteractionRow> InteractionRepo::recent(int limit, std::int64_t before) {
    Statement st(m_db, std::string("SELECT ") + kColumns +
                           ", c.display_name FROM interactions i JOIN contacts c ON c.id = "
                           "i.contact_id WHERE i.at < ?2 AND c.deleted_at IS NULL "
                           "ORDER BY i.at DESC, i.id DESC LIMIT ?1");
    st.bind(1, limit).bind(2, before);
    std::vector<InteractionRow> out;
    while (st.step()) out.push_back({readInteraction(st), st.text(9)});
    return out;
}

std::int64_t InteractionRepo::count() { return m_db.queryInt("SELECT count(*) FROM interactions"); }

std::int64_t InteractionRepo::countSince(std::int64_t since) {
    Statement st(m_db, "SELECT count(*) FROM interactions WHERE at >= ?1");
    st.bind(1, since);
    return st.step() ? st.int64(0) : 0;
}

void InteractionRepo::refreshLastContact(std::int64_t contactId) {
    Statement st(m_db, "UPDATE contacts SET last_contact_at = (SELECT max(at) FROM interactions "
                       "WHERE contact_id = ?1) WHERE id = ?1 AND last_contact_at IS NOT "
                       "(SELECT max(at) FROM interactions WHERE contact_id = ?1)");
    st.bind(1, contactId).run();
}

} // namespace rk
