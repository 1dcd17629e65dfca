#pragma once
#include "app/theme/fonts.h"
#include "app/theme/theme.h"

namespace rk::app {

// The keyboard map that ? shows: every shortcut, in one window over the app.
// Returns false once the person closed it (its Close button).
bool drawKeysOverlay(const Theme& theme, const Fonts& fonts);

} // namespace rk::app
