#pragma once
// Linking two of the user's people: "Ana works with Ben", "Chloé introduced
// me to Dan". Each is one Store::change, so one undo step.
#include "core/commands/change_result.h"
#include "core/model/contact_link.h"

#include <string>

namespace rk {

class Store;

// "Linked Ana García and Ben Okafor (works with)". Throws StoreError with a
// plain message for the same person twice, someone in the trash, or a link
// of this kind the two already have.
ChangeResult linkPeople(Store& store, ContactId from, ContactId to, LinkKind kind, const std::string& note = {});

// "Removed the link between Ana García and Ben Okafor".
ChangeResult unlinkPeople(Store& store, std::int64_t linkId);

} // namespace rk
