#pragma once
#include "core/model/contact.h"

#include <string>

namespace rk {

// What a command did, in words: the label the toast shows with Undo (and the
// undo history keeps), and the person or count it concerned.
struct ChangeResult {
    std::string label;
    ContactId contactId = 0; // the person changed or created, when there is one
    int count = 0;           // people affected, for commands on many
};

} // namespace rk
