#pragma once
#include "core/model/interaction.h"

namespace rk {

// What every logged or edited interaction must satisfy, checked by the
// commands that write one (log, Done, edit). Throws StoreError with a
// sentence for the person:
// - a known kind, and a direction that is out or in;
// - "they reached out" and "awaiting their reply" exclude each other: a
//   message from them is not waiting for their answer.
void checkInteraction(const Interaction& interaction);

} // namespace rk
