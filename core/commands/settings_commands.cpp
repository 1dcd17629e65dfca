#include "core/commands/settings_commands.h"

#include "core/db/statement.h"
#include "core/db/store_error.h"
#include "core/repo/settings_repo.h"
#include "core/schedule/cadence.h"
#include "core/store/store.h"

#include <vector>

namespace rk {

ChangeResult changeSetting(Store& store, Setting setting, int value) {
    if (auto problem = checkSetting(setting, value)) throw StoreError(*problem);
    ChangeResult result{describeChange(setting, value), 0, 0};
    if (UserSettings::load(store.db())[setting] == value) return result;
    result.count = 1;
    store.change(result.label, [&] {
        Database& db = store.db();
        SettingsRepo(db).set(specOf(setting).key, storedValue(setting, value));
        if (static_cast<int>(setting) >= kCircleCount) return;
        // Everyone following the circle's default gets their due date from the new one.
        std::vector<ContactId> ids;
        Statement st(db, "SELECT id FROM contacts WHERE circle = ?1 AND cadence_days IS NULL AND "
                         "deleted_at IS NULL");
        st.bind(1, static_cast<int>(setting));
        while (st.step())
            ids.push_back(st.int64(0));
        const CadencePolicy policy = CadencePolicy::load(db);
        for (ContactId id : ids)
            refreshNextDue(db, policy, id);
    });
    return result;
}

} // namespace rk
