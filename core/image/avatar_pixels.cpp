#include "core/image/avatar_pixels.h"

#include <algorithm>
#include <cstdint>

namespace rk::image {

// A box filter: each output pixel is the mean of the source pixels its
// square covers (whole pixels; at the 3x-60x reductions photos need, the
// part-pixels at the edges do not show). Colour is weighted by alpha so a
// transparent background does not darken the edge of the subject.
Pixels squareAvatar(const PixelView& src, int size) {
    Pixels out;
    if (src.width <= 0 || src.height <= 0 || size <= 0 ||
        src.rgba.size() <
            static_cast<std::size_t>(src.width) * static_cast<std::size_t>(src.height) * 4)
        return out;
    const int side = std::min(src.width, src.height);
    const int x0 = (src.width - side) / 2;
    const int y0 = (src.height - side) / 2;
    const int n = std::min(size, side);
    out.width = n;
    out.height = n;
    out.rgba.resize(static_cast<std::size_t>(n) * static_cast<std::size_t>(n) * 4);
    const auto edge = [&](int i) {
        return static_cast<int>(static_cast<std::int64_t>(i) * side / n);
    };
    for (int oy = 0; oy < n; ++oy) {
        const int ya = y0 + edge(oy), yb = y0 + std::max(edge(oy + 1), edge(oy) + 1);
        for (int ox = 0; ox < n; ++ox) {
            const int xa = x0 + edge(ox), xb = x0 + std::max(edge(ox + 1), edge(ox) + 1);
            std::uint64_t r = 0, g = 0, b = 0, a = 0, count = 0;
            for (int y = ya; y < yb; ++y) {
                const unsigned char* p =
                    src.rgba.data() +
                    (static_cast<std::size_t>(y) * static_cast<std::size_t>(src.width) +
                     static_cast<std::size_t>(xa)) *
                        4;
                for (int x = xa; x < xb; ++x, p += 4) {
                    r += static_cast<std::uint64_t>(p[0]) * p[3];
                    g += static_cast<std::uint64_t>(p[1]) * p[3];
                    b += static_cast<std::uint64_t>(p[2]) * p[3];
                    a += p[3];
                    ++count;
                }
            }
            unsigned char* q =
                out.rgba.data() + (static_cast<std::size_t>(oy) * static_cast<std::size_t>(n) +
                                   static_cast<std::size_t>(ox)) *
                                      4;
            q[0] = static_cast<unsigned char>(a ? r / a : 0);
            q[1] = static_cast<unsigned char>(a ? g / a : 0);
            q[2] = static_cast<unsigned char>(a ? b / a : 0);
            q[3] = static_cast<unsigned char>(count ? a / count : 0);
        }
    }
    return out;
}

std::optional<Pixels> decodeAvatar(std::span<const unsigned char> bytes, int size,
                                   const DecodeLimits& limits) {
    std::optional<Pixels> out;
    decodeThen(bytes, limits, [&](const PixelView& v) { out = squareAvatar(v, size); });
    if (out && out->empty()) out.reset();
    return out;
}

} // namespace rk::image
