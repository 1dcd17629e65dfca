#include "core/commands/interaction_rules.h"

#include "core/db/store_error.h"

namespace rk {

void checkInteraction(const Interaction& i) {
    if (static_cast<int>(i.kind) < 0 || static_cast<int>(i.kind) >= kInteractionKindCount)
        throw StoreError("Unknown kind of interaction.");
    if (i.direction != Direction::Out && i.direction != Direction::In)
        throw StoreError("An interaction goes out or comes in.");
    if (i.direction == Direction::In && i.awaitingReply)
        throw StoreError("They reached out, so there is no reply of theirs to wait for. "
                         "Untick \"awaiting their reply\" or choose \"I reached out\".");
}

} // namespace rk
