#pragma once
#include "platform/font_finder.h"

namespace rk::platform {

// The FontFinder of a Linux desktop: fontconfig picks the face, as every
// other app on the desktop would for that character.
[[nodiscard]] std::unique_ptr<FontFinder> makeFontconfigFinder();

} // namespace rk::platform
