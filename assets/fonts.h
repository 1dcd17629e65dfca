#pragma once
// Fonts embedded at build time from Debian's font packages.
#include <cstddef>
#include <span>

namespace rk::assets {

[[nodiscard]] std::span<const unsigned char> interRegular();
[[nodiscard]] std::span<const unsigned char> interSemiBold();
// Fork Awesome 1.2 (a Font Awesome 4.7 fork): icon code points live in U+F000..U+F372.
[[nodiscard]] std::span<const unsigned char> iconFont();

} // namespace rk::assets
