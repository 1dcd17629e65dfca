#include "core/commands/contact_commands.h"

#include "core/commands/contact_lookup.h"
#include "core/db/store_error.h"
#include "core/demo/demo_network.h"
#include "core/repo/contact_repo.h"
#include "core/repo/link_repo.h"
#include "core/schedule/cadence.h"
#include "core/store/backup_now.h"
#include "core/store/store.h"

namespace rk {

ChangeResult addContact(Store& store, Contact& contact) {
    ChangeResult result{"Added " + contact.shownName() + " to your deck", 0, 1};
    // insert() sets the first due date from the circle's cadence.
    store.change(result.label,
                 [&] { ContactRepo(store.db()).insert(contact, store.clock().now()); });
    result.contactId = contact.id;
    return result;
}

ChangeResult addContact(Store& store, Contact& contact, const std::string& introducedBy) {
    const ContactId introducerId = findIntroducer(store.db(), introducedBy, contact.shownName());
    if (introducerId == 0) return addContact(store, contact);
    ContactRepo contacts(store.db());
    const auto introducer = contacts.card(introducerId);
    ChangeResult result{"Added " + contact.shownName() + ", introduced by " + introducer->displayName, 0, 1};
    store.change(result.label, [&] {
        contacts.insert(contact, store.clock().now());
        ContactLink link{0, introducer->id, contact.id, LinkKind::IntroducedMeTo, {}, 0};
        LinkRepo(store.db()).add(link, store.clock().now());
    });
    result.contactId = contact.id;
    return result;
}

ChangeResult updateContact(Store& store, const Contact& contact) {
    static_cast<void>(requireActiveContact(store.db(), contact.id));
    ChangeResult result{"Saved changes to " + contact.displayName, contact.id, 1};
    // update() moves the due date itself when the circle or cadence changed.
    store.change(result.label,
                 [&] { ContactRepo(store.db()).update(contact, store.clock().now()); });
    return result;
}

ChangeResult archiveContact(Store& store, ContactId id) {
    const ContactFacts who = requireActiveContact(store.db(), id);
    ChangeResult result{"Archived " + who.name, id, 1};
    store.change(result.label, [&] { ContactRepo(store.db()).archive(id, store.clock().now()); });
    return result;
}

ChangeResult restoreFromArchive(Store& store, ContactId id) {
    const ContactFacts who = requireActiveContact(store.db(), id);
    ChangeResult result{"Restored " + who.name + " from the archive", id, 1};
    store.change(result.label, [&] {
        ContactRepo(store.db()).unarchive(id, store.clock().now());
        refreshNextDue(store.db(), id);
    });
    return result;
}

ChangeResult moveToTrash(Store& store, ContactId id) {
    const ContactFacts who = lookupContact(store.db(), id);
    if (who.inTrash) throw StoreError(who.name + " is already in the trash.");
    ChangeResult result{"Moved " + who.name + " to the trash", id, 1};
    store.change(result.label,
                 [&] { ContactRepo(store.db()).moveToTrash(id, store.clock().now()); });
    return result;
}

ChangeResult restoreFromTrash(Store& store, ContactId id) {
    const ContactFacts who = lookupContact(store.db(), id);
    if (!who.inTrash) throw StoreError(who.name + " is not in the trash.");
    ChangeResult result{"Restored " + who.name + " from the trash", id, 1};
    store.change(result.label, [&] {
        ContactRepo(store.db()).restoreFromTrash(id, store.clock().now());
        refreshNextDue(store.db(), id);
    });
    return result;
}

ChangeResult emptyTrash(Store& store) {
    ChangeResult result;
    // Undo ends when Rekindle closes; the backup stays. No backup, no emptying.
    if (store.db().queryInt("SELECT EXISTS(SELECT 1 FROM contacts WHERE deleted_at IS NOT NULL)") != 0) {
        try {
            static_cast<void>(backupBefore(store, BackupReason::BeforeEmptyTrash));
        } catch (const StoreError& e) {
            throw StoreError(std::string(e.what()) + " So the trash was not emptied.", e.code());
        }
    }
    store.change("Empty the trash", [&] { result.count = ContactRepo(store.db()).emptyTrash(); });
    result.label = "Deleted " + std::to_string(result.count) +
                   (result.count == 1 ? " person" : " people") + " for good";
    return result;
}

DemoResult addDemoNetwork(Store& store, int contacts, std::uint64_t seed) {
    DemoResult result;
    result.alreadyThere = countDemoPeople(store.db());
    if (result.alreadyThere > 0) {
        result.label =
            "The demo network is already in your deck (" + std::to_string(result.alreadyThere) +
            (result.alreadyThere == 1 ? " person" : " people") + "), so nothing was added";
        return result;
    }
    store.change("Add a demo network", [&] {
        result.made = generateDemoNetwork(
            store.db(), {.contacts = contacts, .seed = seed, .now = store.clock().now()});
    });
    result.count = result.made.contacts;
    result.label = "Added " + std::to_string(result.count) + " demo people to your deck";
    return result;
}

} // namespace rk
