#pragma once
// Finding the event a command names: its id, its exact name, or the one
// event whose name contains the text (case-insensitive).
#include "core/read/event_list.h"

#include <optional>
#include <string>

namespace rk::cli {

// The event's id; nullopt with `why` set (no such event, or several match).
[[nodiscard]] std::optional<std::int64_t> findEvent(const EventList& list, const std::string& text,
                                                    std::string& why);

} // namespace rk::cli
