#include "core/commands/sync_commands.h"

#include "core/db/statement.h"
#include "core/db/store_error.h"
#include "core/repo/contact_repo.h"
#include "core/store/store.h"
#include "core/sync/card_merge.h"

#include <optional>
#include <string>

namespace rk {

namespace {

struct Conflict {
    ContactId contactId = 0;
    std::string field;
    std::string remote;
};

Conflict loadConflict(Store& store, std::int64_t conflictId) {
    Statement q(store.db(), "SELECT contact_id, field, remote_value FROM sync_conflicts WHERE id = ?");
    q.bind(1, conflictId);
    if (!q.step()) throw StoreError("That difference with the server is already settled.");
    return {q.int64(0), q.text(1), q.text(2)};
}

void forget(Store& store, std::int64_t conflictId) {
    Statement q(store.db(), "DELETE FROM sync_conflicts WHERE id = ?");
    q.bind(1, conflictId).run();
}

} // namespace

ChangeResult takeServerValue(Store& store, std::int64_t conflictId) {
    const Conflict conflict = loadConflict(store, conflictId);
    ContactRepo repo(store.db());
    std::optional<Contact> person = repo.get(conflict.contactId);
    if (!person || person->deletedAt) throw StoreError("This person is no longer in your network.");
    if (!takeFieldValue(*person, conflict.field, conflict.remote))
        throw StoreError("The server's " + conflict.field + " can't be used for " + person->displayName + ".");
    ChangeResult result{"Took the server's " + conflict.field + " for " + person->displayName, person->id, 1};
    store.change(result.label, [&] {
        repo.update(*person, store.clock().now());
        forget(store, conflictId);
    });
    return result;
}

ChangeResult keepMyValue(Store& store, std::int64_t conflictId) {
    const Conflict conflict = loadConflict(store, conflictId);
    ContactRepo repo(store.db());
    const std::optional<Contact> person = repo.get(conflict.contactId);
    const std::string name = person ? person->displayName : std::string("them");
    ChangeResult result{"Kept your " + conflict.field + " for " + name, conflict.contactId, 1};
    store.change(result.label, [&] { forget(store, conflictId); });
    return result;
}

} // namespace rk
