#include "core/commands/contact_lookup.h"

#include "core/db/statement.h"
#include "core/db/store_error.h"

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

} // namespace rk
