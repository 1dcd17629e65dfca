#include "core/commands/contact_lookup.h"

#include "core/db/statement.h"
#include "core/db/store_error.h"
#include "core/repo/contact_repo.h"

#include <algorithm>
#include <cctype>
#include <vector>

namespace rk {

ContactFacts lookupContact(Database& db, ContactId id) {
    Statement st(db, "SELECT display_name, deleted_at IS NOT NULL, archived_at IS NOT NULL, "
                     "coalesce(last_contact_at, created_at) FROM contacts WHERE id = ?1");
    st.bind(1, id);
    if (!st.step()) throw StoreError("That contact no longer exists.");
    return {st.text(0), st.int64(1) != 0, st.int64(2) != 0, st.int64(3)};
}

ContactFacts requireActiveContact(Database& db, ContactId id) {
    ContactFacts who = lookupContact(db, id);
    if (who.inTrash) throw StoreError(who.name + " is in the trash. Restore them first.");
    return who;
}

ContactId findIntroducer(Database& db, const std::string& typed, const std::string& newName) {
    const auto first = typed.find_first_not_of(" \t");
    if (first == std::string::npos) return 0;
    const std::string name = typed.substr(first, typed.find_last_not_of(" \t") - first + 1);
    auto sameName = [&](const std::string& other) {
        return other.size() == name.size() &&
               std::equal(name.begin(), name.end(), other.begin(), [](char a, char b) {
                   return std::tolower(static_cast<unsigned char>(a)) ==
                          std::tolower(static_cast<unsigned char>(b));
               });
    };
    const auto matches = ContactRepo(db).findByName(name, 20);
    std::vector<ContactId> exact;
    for (const ContactCard& m : matches)
        if (sameName(m.displayName)) exact.push_back(m.id);
    if (matches.size() == 1) return matches.front().id;
    if (exact.size() == 1) return exact.front();
    if (matches.empty())
        throw StoreError("No one called \"" + name + "\" is in your deck to have introduced " +
                         newName + ". Check the name, or leave it empty.");
    throw StoreError("\"" + name + "\" matches more than one person. Give their whole name.");
}

} // namespace rk
