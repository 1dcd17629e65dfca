#include "tests/support/test_images.h"

#define STB_IMAGE_WRITE_STATIC
#define STB_IMAGE_WRITE_IMPLEMENTATION
#define STBI_WRITE_NO_STDIO
#include <stb/stb_image_write.h>

namespace rk::test {

namespace {
void append(void* context, void* data, int size) {
    auto* out = static_cast<std::vector<unsigned char>*>(context);
    const auto* bytes = static_cast<const unsigned char*>(data);
    out->insert(out->end(), bytes, bytes + size);
}
} // namespace

std::vector<unsigned char> encodePng(int width, int height,
                                     const std::vector<unsigned char>& rgba) {
    std::vector<unsigned char> out;
    stbi_write_png_to_func(append, &out, width, height, 4, rgba.data(), width * 4);
    return out;
}

std::vector<unsigned char> encodeJpeg(int width, int height, const std::vector<unsigned char>& rgba,
                                      int quality) {
    std::vector<unsigned char> out;
    stbi_write_jpg_to_func(append, &out, width, height, 4, rgba.data(), quality);
    return out;
}

std::uint32_t pngCrc(const unsigned char* data, std::size_t size) {
    std::uint32_t crc = 0xFFFFFFFFu;
    for (std::size_t i = 0; i < size; ++i) {
        crc ^= data[i];
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return crc ^ 0xFFFFFFFFu;
}

} // namespace rk::test
