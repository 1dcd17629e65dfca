#include "core/commands/link_commands.h"

#include "core/commands/contact_lookup.h"
#include "core/db/store_error.h"
#include "core/repo/link_repo.h"
#include "core/store/store.h"

namespace rk {

ChangeResult linkPeople(Store& store, ContactId from, ContactId to, LinkKind kind, const std::string& note) {
    if (from == to) throw StoreError("A person can't be linked to themselves. Choose two different people.");
    const ContactFacts a = requireActiveContact(store.db(), from);
    const ContactFacts b = requireActiveContact(store.db(), to);
    LinkRepo links(store.db());
    if (links.find(from, to, kind))
        throw StoreError(a.name + " and " + b.name + " are already linked that way.");
    ChangeResult result{"Linked " + a.name + " and " + b.name + " (" + std::string(linkPhrase(kind)) + ")", from, 2};
    store.change(result.label, [&] {
        ContactLink link{.from = from, .to = to, .kind = kind, .note = note};
        links.add(link, store.clock().now());
    });
    return result;
}

ChangeResult unlinkPeople(Store& store, std::int64_t linkId) {
    LinkRepo links(store.db());
    const auto link = links.get(linkId);
    if (!link) throw StoreError("That link is already gone.");
    const std::string a = lookupContact(store.db(), link->from).name;
    const std::string b = lookupContact(store.db(), link->to).name;
    ChangeResult result{"Removed the link between " + a + " and " + b, link->from, 2};
    store.change(result.label, [&] { links.remove(linkId); });
    return result;
}

} // namespace rk
