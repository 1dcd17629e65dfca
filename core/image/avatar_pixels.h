#pragma once
#include "core/image/image_decode.h"

#include <optional>
#include <span>

namespace rk::image {

// An avatar is drawn as a circle up to 76 logical px across (the contact
// page), 152 on a 2x screen: 128 px keeps it sharp at 1.7x and costs 64 KB
// of texture, so 64 of them are 4 MB.
inline constexpr int kAvatarPixels = 128;

// The centred square of `src` (a face is usually in the middle of a
// portrait), averaged down to at most `size` x `size`. A smaller photo keeps
// its size (the GPU's filtering scales it up); it is never stretched.
[[nodiscard]] Pixels squareAvatar(const PixelView& src, int size = kAvatarPixels);

// Decodes a contact's photo and scales it once to avatar size; nothing for
// anything decode() refuses.
[[nodiscard]] std::optional<Pixels> decodeAvatar(std::span<const unsigned char> bytes,
                                                 int size = kAvatarPixels,
                                                 const DecodeLimits& limits = {});

} // namespace rk::image
