#pragma once
#include "app/intents.h"
#include "app/theme/fonts.h"
#include "app/theme/theme.h"

#include <array>
#include <optional>

namespace rk::app {

// The bottom tab bar: Today (with the due count) · Deck · Log · Goals · More.
// Returns the tab the user picked this frame, if any.
[[nodiscard]] std::optional<Tab> drawTabBar(ImVec2 pos, ImVec2 size, Tab current, int dueCount,
                                            const Theme& theme, const Fonts& fonts);

[[nodiscard]] const char* tabName(Tab tab);

} // namespace rk::app
