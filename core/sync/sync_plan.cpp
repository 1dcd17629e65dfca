#include "core/sync/sync_plan.h"

#include "core/repo/contact_repo.h"
#include "core/store/search_index.h"
#include "core/store/store.h"
#include "core/sync/card_links.h"
#include "core/sync/sync_card.h"

#include <functional>
#include <set>

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

std::size_t fingerprintOf(const std::optional<Contact>& person, const HistoryLines& history) {
    if (!person) return 0;
    // The card as a sync would send it says every field a sync compares.
    return std::hash<std::string>{}(withHistory(syncCardText(*person, ""), history) +
                                    (person->deletedAt ? "\ntrash" : ""));
}

namespace {

// The people the plan read who read differently now.
std::set<ContactId> editedSince(Database& db, ContactRepo& repo, const SyncPlan& plan) {
    std::set<ContactId> edited;
    for (const auto& [id, seen] : plan.seen)
        if (fingerprintOf(repo.get(id), historyHere(db, id)) != seen) edited.insert(id);
    return edited;
}

// The plan's links, once everyone the sync brings is here (a link may name
// someone who arrived in a later step), then the links unchanged cards carry
// to those who arrived (card_links.h). Returns everyone at either end.
std::vector<ContactId> applyPlanLinks(Database& db, const SyncPlan& plan, const std::set<ContactId>& edited,
                                      std::int64_t now) {
    std::vector<ContactId> linked;
    std::set<std::string> arrived;
    std::set<ContactId> handled; // their lines are the plan's, applied here
    for (const LocalStep& s : plan.steps) {
        if (s.id == 0 || edited.contains(s.id)) continue;
        handled.insert(s.id);
        if (s.action == LocalStep::Action::Insert && s.save) arrived.insert(s.save->uid);
        const std::vector<ContactId> others = applyLinks(db, s.id, s.historyAdd, s.historyRemove, now);
        if (others.empty()) continue;
        linked.push_back(s.id);
        linked.insert(linked.end(), others.begin(), others.end());
    }
    const std::vector<ContactId> more = linkArrivals(db, arrived, handled, now);
    linked.insert(linked.end(), more.begin(), more.end());
    return linked;
}

} // namespace

std::vector<std::string> applySyncPlan(Store& store, SyncPlan& plan, const std::string& label, PlanCheck check) {
    std::vector<std::string> leftAlone;
    store.change(label, [&] { leftAlone = applySyncPlanWithinChange(store, plan, check); });
    return leftAlone;
}

std::vector<std::string> applySyncPlanWithinChange(Store& store, SyncPlan& plan, PlanCheck check) {
    std::vector<std::string> leftAlone;
    Database& db = store.db();
    ContactRepo repo(db, SearchIndexing::Deferred); // indexed together at the end
    SyncState state(db);
    const std::int64_t now = store.clock().now();
    const std::set<ContactId> edited = check == PlanCheck::CompareSeen ? editedSince(db, repo, plan) : std::set<ContactId>{};
    for (ContactId id : edited)
        if (auto person = repo.get(id)) leftAlone.push_back(person->displayName);
    std::vector<ContactId> touched;
    for (LocalStep& s : plan.steps) {
        if (s.id != 0 && edited.contains(s.id)) continue;
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
        applyHistory(db, s.id, s.historyAdd, s.historyRemove, now);
        if (s.action != LocalStep::Action::None || !s.historyAdd.empty() || !s.historyRemove.empty())
            touched.push_back(s.id);
        if (s.save) {
            s.save->contactId = s.id;
            state.saveCard(*s.save, s.base);
        }
        if (!s.forget.empty()) state.forgetCard(s.forget);
        for (const auto& c : s.conflicts) state.addConflict(s.id, c.field, c.local, c.remote, now);
    }
    const std::vector<ContactId> linked = applyPlanLinks(db, plan, edited, now);
    touched.insert(touched.end(), linked.begin(), linked.end());
    reindexContacts(db, touched);
    std::vector<ContactId> settled;
    for (ContactId id : plan.settled)
        if (!edited.contains(id)) settled.push_back(id);
    // A link brought here touches its other end too, who may have been edited meanwhile: still marked.
    for (ContactId id : touched)
        if (!edited.contains(id)) settled.push_back(id);
    state.clearChangedHere(settled);
    state.setToken(plan.token);
    state.setLastSyncAt(now);
    return leftAlone;
}

} // namespace rk
