#pragma once
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <vector>

namespace rk::image {

// Decoded pixels: 8-bit RGBA, rows top to bottom, no padding.
struct Pixels {
    int width = 0;
    int height = 0;
    std::vector<unsigned char> rgba; // width * height * 4 bytes

    [[nodiscard]] bool empty() const { return width <= 0 || height <= 0; }
};

// Pixels someone else owns, for as long as a call lasts.
struct PixelView {
    int width = 0;
    int height = 0;
    std::span<const unsigned char> rgba;
};

// What a photo may cost before it is decoded. A photo comes from an imported
// file, so it is untrusted: the header's size is checked before any pixel
// buffer exists, and anything over these limits is not decoded at all.
struct DecodeLimits {
    // The import keeps photos up to 8 MB (ImportLimits::maxPhotoBytes).
    std::size_t maxBytes = 8u << 20;
    // 4 megapixels (2048 x 2048, or a 2560 x 1600 photo) is 16 MB of RGBA
    // while it is being scaled down, freed at once: the 30 MB memory budget
    // holds. Contacts apps store photos of 720 px or less; a bigger one shows
    // the initials instead.
    std::int64_t maxPixels = 4'000'000;
    int maxSide = 8192; // a 1 x 4M strip is no photo either
};

enum class ImageFormat { Unknown, Png, Jpeg };

// The format from the first bytes (the PNG signature, a JPEG SOI marker).
[[nodiscard]] ImageFormat sniffFormat(std::span<const unsigned char> bytes);

// JPEG (baseline and progressive) or PNG to RGBA. Nothing for any other
// format, for truncated or corrupt data, or for an image over `limits`:
// the caller then shows initials. Never throws for bad input.
[[nodiscard]] std::optional<Pixels> decode(std::span<const unsigned char> bytes,
                                           const DecodeLimits& limits = {});

// The same, handing the decoder's own buffer to `use` (no copy of a photo
// that is about to be scaled down). Returns false, without calling `use`,
// where decode() returns nothing.
bool decodeThen(std::span<const unsigned char> bytes, const DecodeLimits& limits,
                const std::function<void(const PixelView&)>& use);

} // namespace rk::image
