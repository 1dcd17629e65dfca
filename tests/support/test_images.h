#pragma once
#include <cstddef>
#include <cstdint>
#include <vector>

namespace rk::test {

// Small images made in the test, encoded with stb_image_write (Debian's
// libstb-dev), so no image file has to be checked in.
struct Rgba {
    unsigned char r, g, b, a;
};
// `width` x `height` pixels, each from `colour(x, y)`.
template <class F> std::vector<unsigned char> makePixels(int width, int height, F colour) {
    std::vector<unsigned char> px;
    px.reserve(static_cast<std::size_t>(width * height * 4));
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x) {
            const Rgba c = colour(x, y);
            px.insert(px.end(), {c.r, c.g, c.b, c.a});
        }
    return px;
}
[[nodiscard]] std::vector<unsigned char> encodePng(int width, int height,
                                                   const std::vector<unsigned char>& rgba);
// Baseline JPEG of the RGB channels, quality 1-100.
[[nodiscard]] std::vector<unsigned char>
encodeJpeg(int width, int height, const std::vector<unsigned char>& rgba, int quality = 95);
// The CRC-32 PNG chunks end with (to forge a header that is otherwise valid).
[[nodiscard]] std::uint32_t pngCrc(const unsigned char* data, std::size_t size);

} // namespace rk::test
