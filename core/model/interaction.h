#pragma once
#include "core/model/enums.h"

#include <cstdint>
#include <string>

namespace rk {

struct Interaction {
    std::int64_t id = 0;
    std::int64_t contactId = 0;
    InteractionKind kind = InteractionKind::Email;
    Direction direction = Direction::Out;
    std::int64_t at = 0; // UTC Unix seconds
    std::string note;
    bool askedHelp = false;
    bool gaveHelp = false;
    bool awaitingReply = false;

    friend bool operator==(const Interaction&, const Interaction&) = default;
};

// An interaction with the name of the person, for lists across everyone.
struct InteractionRow {
    Interaction interaction;
    std::string contactName;
};

} // namespace rk
