#include "core/image/image_decode.h"

#include <algorithm>
#include <cstring>
#include <memory>

// The one place stb_image is compiled: only the two formats photos come in,
// no file access, static so it cannot clash with the libstb that ImGui's
// pkg-config also links, and its own size cap as a second fence behind
// DecodeLimits.
#define STB_IMAGE_STATIC
#define STB_IMAGE_IMPLEMENTATION
#define STBI_ONLY_JPEG
#define STBI_ONLY_PNG
#define STBI_NO_STDIO
#define STBI_NO_LINEAR
#define STBI_NO_HDR
#define STBI_MAX_DIMENSIONS 8192
#include <stb/stb_image.h>

namespace rk::image {

namespace {

// stb_image 2.27 (Debian's) trusts a JPEG's Huffman table sizes: counts that
// add up to more than 256 write past a 257-byte table (upstream 2.28 checks;
// found here by the corrupt-input tests under UBSan). Every FF C4 (DHT)
// marker anywhere in the file is checked the way stb_image would read it,
// table after table even past the segment's stated length: a superset of
// the ones it will process, however damaged the segments around them are.
// (Entropy-coded data never holds FF C4: an FF there is followed by 00.)
bool huffmanTablesFit(std::span<const unsigned char> b) {
    for (std::size_t i = 0; i + 1 < b.size(); ++i) {
        if (b[i] != 0xFF || b[i + 1] != 0xC4) continue;
        if (i + 4 > b.size()) return true;
        std::int64_t left = (static_cast<std::int64_t>(b[i + 2]) << 8 | b[i + 3]) - 2;
        std::size_t p = i + 4;
        while (left > 0 && p + 17 <= b.size()) {
            std::size_t n = 0;
            for (std::size_t k = 1; k <= 16; ++k)
                n += b[p + k];
            if (n > 256) return false;
            p += 17 + n;
            left -= static_cast<std::int64_t>(17 + n);
        }
    }
    return true;
}

} // namespace

ImageFormat sniffFormat(std::span<const unsigned char> bytes) {
    static constexpr unsigned char kPng[] = {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    if (bytes.size() >= sizeof kPng && std::memcmp(bytes.data(), kPng, sizeof kPng) == 0)
        return ImageFormat::Png;
    if (bytes.size() >= 3 && bytes[0] == 0xFF && bytes[1] == 0xD8 && bytes[2] == 0xFF)
        return ImageFormat::Jpeg;
    return ImageFormat::Unknown;
}

bool decodeThen(std::span<const unsigned char> bytes, const DecodeLimits& limits,
                const std::function<void(const PixelView&)>& use) {
    if (bytes.empty() || bytes.size() > limits.maxBytes) return false;
    const ImageFormat format = sniffFormat(bytes);
    if (format == ImageFormat::Unknown) return false;
    if (format == ImageFormat::Jpeg && !huffmanTablesFit(bytes)) return false;
    const int size = static_cast<int>(bytes.size());
    int w = 0, h = 0, channels = 0;
    // The header alone first: no pixel buffer for an image over the limits.
    if (stbi_info_from_memory(bytes.data(), size, &w, &h, &channels) == 0) return false;
    if (w <= 0 || h <= 0 || w > limits.maxSide || h > limits.maxSide ||
        static_cast<std::int64_t>(w) * h > limits.maxPixels)
        return false;
    std::unique_ptr<unsigned char, void (*)(void*)> data(
        stbi_load_from_memory(bytes.data(), size, &w, &h, &channels, 4), stbi_image_free);
    if (!data || w <= 0 || h <= 0) return false;
    const std::size_t count = static_cast<std::size_t>(w) * static_cast<std::size_t>(h) * 4;
    use(PixelView{w, h, std::span<const unsigned char>(data.get(), count)});
    return true;
}

std::optional<Pixels> decode(std::span<const unsigned char> bytes, const DecodeLimits& limits) {
    std::optional<Pixels> out;
    decodeThen(bytes, limits, [&](const PixelView& v) {
        out = Pixels{v.width, v.height, std::vector<unsigned char>(v.rgba.begin(), v.rgba.end())};
    });
    return out;
}

} // namespace rk::image
