#include "core/commands/trash_commands.h"

#include "core/commands/contact_lookup.h"
#include "core/db/statement.h"
#include "core/db/store_error.h"
#include "core/store/store.h"

namespace rk {

ChangeResult deleteForever(Store& store, ContactId id) {
    const ContactFacts who = lookupContact(store.db(), id);
    if (!who.inTrash && !who.archived)
        throw StoreError(who.name + " is still in your deck. Move them to the trash first.");
    ChangeResult result{"Deleted " + who.name + " for good", id, 1};
    store.change(result.label, [&] {
        Statement st(store.db(), "DELETE FROM contacts WHERE id = ?1");
        st.bind(1, id).run();
    });
    return result;
}

} // namespace rk
