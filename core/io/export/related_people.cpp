#include "core/io/export/related_people.h"

#include "core/db/database.h"
#include "core/db/statement.h"
#include "core/io/vcard/content_line.h"

#include <unordered_map>

namespace rk {

RelatedPeople relatedPeopleOf(Database& db, const std::vector<Contact>& contacts) {
    std::unordered_map<ContactId, const Contact*> exported;
    for (const auto& c : contacts) exported.emplace(c.id, &c);
    auto personOf = [](const Contact& c, LinkKind kind, bool otherIsFrom) {
        return RelatedPerson{contactVCardUid(c.id, c.createdAt), c.displayName, kind, otherIsFrom};
    };
    RelatedPeople related;
    Statement st(db, "SELECT from_id, to_id, kind FROM contact_links ORDER BY id");
    while (st.step()) {
        const auto from = exported.find(st.int64(0));
        const auto to = exported.find(st.int64(1));
        const int kind = st.int32(2);
        if (from == exported.end() || to == exported.end() || kind < 0 || kind >= kLinkKindCount) continue;
        const auto k = static_cast<LinkKind>(kind);
        related[to->first].push_back(personOf(*from->second, k, true));
    }
    return related;
}

} // namespace rk
