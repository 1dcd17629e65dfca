#include "core/sync/sync_plan.h"

#include "core/repo/contact_repo.h"
#include "core/store/search_index.h"
#include "core/store/store.h"

namespace rk {

LocalStep forgetStep(const std::string& href) {
    LocalStep s;
    s.forget = href;
    return s;
}

LocalStep agreeStep(LocalStep::Action action, ContactId id, SyncedCard card, std::string base) {
    LocalStep s;
    s.action = action;
    s.id = id;
    s.save = std::move(card);
    s.base = std::move(base);
    return s;
}

void applySyncPlan(Store& store, SyncPlan& plan, const std::string& label) {
    store.change(label, [&] {
        Database& db = store.db();
        ContactRepo repo(db, SearchIndexing::Deferred); // indexed together at the end
        SyncState state(db);
        const std::int64_t now = store.clock().now();
        std::vector<ContactId> touched;
        for (LocalStep& s : plan.steps) {
            switch (s.action) {
            case LocalStep::Action::None: break;
            case LocalStep::Action::Insert: s.id = repo.insert(s.contact, now); break;
            case LocalStep::Action::Update: repo.update(s.contact, now); break;
            case LocalStep::Action::Restore:
                repo.restoreFromTrash(s.id, now);
                repo.update(s.contact, now);
                break;
            case LocalStep::Action::Trash: repo.moveToTrash(s.id, now); break;
            }
            if (s.action != LocalStep::Action::None) touched.push_back(s.id);
            if (s.save) {
                s.save->contactId = s.id;
                state.saveCard(*s.save, s.base);
            }
            if (!s.forget.empty()) state.forgetCard(s.forget);
            for (const auto& c : s.conflicts) state.addConflict(s.id, c.field, c.local, c.remote, now);
        }
        reindexContacts(db, touched);
        std::vector<ContactId> settled = plan.settled;
        settled.insert(settled.end(), touched.begin(), touched.end());
        state.clearChangedHere(settled);
        state.setToken(plan.token);
        state.setLastSyncAt(now);
    });
}

} // namespace rk
