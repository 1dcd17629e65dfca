#include "core/image/avatar_pixels.h"
#include "core/image/image_decode.h"
#include "tests/support/test_images.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <random>

using namespace rk;
using image::decode;
using image::decodeAvatar;
using test::Rgba;

namespace {

// Left half red, right half blue.
std::vector<unsigned char> halves(int w, int h) {
    return test::makePixels(w, h, [&](int x, int) {
        return x < w / 2 ? Rgba{220, 30, 30, 255} : Rgba{30, 40, 210, 255};
    });
}

Rgba at(const image::Pixels& p, int x, int y) {
    const unsigned char* q =
        p.rgba.data() +
        (static_cast<size_t>(y) * static_cast<size_t>(p.width) + static_cast<size_t>(x)) * 4;
    return {q[0], q[1], q[2], q[3]};
}

bool near(Rgba a, Rgba b, int tolerance) {
    return std::abs(a.r - b.r) <= tolerance && std::abs(a.g - b.g) <= tolerance &&
           std::abs(a.b - b.b) <= tolerance && std::abs(a.a - b.a) <= tolerance;
}

// A PNG whose header says `width` x `height`, with a valid CRC, and the tiny
// picture's data after it: what a decompression bomb looks like up front.
std::vector<unsigned char> forgedPng(std::uint32_t width, std::uint32_t height) {
    std::vector<unsigned char> png = test::encodePng(4, 4, halves(4, 4));
    // Signature (8), length (4), "IHDR" (4), then width and height, big-endian.
    auto put = [&](size_t at, std::uint32_t v) {
        for (int i = 0; i < 4; ++i)
            png[at + static_cast<size_t>(i)] = static_cast<unsigned char>(v >> (24 - 8 * i));
    };
    put(16, width);
    put(20, height);
    put(29, test::pngCrc(png.data() + 12, 17)); // over "IHDR" and its 13 bytes
    return png;
}

} // namespace

TEST_CASE("A PNG decodes to its exact pixels", "[image]") {
    const auto px = halves(40, 30);
    const auto png = test::encodePng(40, 30, px);
    CHECK(image::sniffFormat(png) == image::ImageFormat::Png);
    const auto decoded = decode(png);
    REQUIRE(decoded);
    CHECK(decoded->width == 40);
    CHECK(decoded->height == 30);
    CHECK(decoded->rgba == px);
}

TEST_CASE("A JPEG decodes to its size and, near enough, its colours", "[image]") {
    const auto jpeg = test::encodeJpeg(64, 48, halves(64, 48));
    CHECK(image::sniffFormat(jpeg) == image::ImageFormat::Jpeg);
    const auto decoded = decode(jpeg);
    REQUIRE(decoded);
    CHECK(decoded->width == 64);
    CHECK(decoded->height == 48);
    CHECK(near(at(*decoded, 5, 20), {220, 30, 30, 255}, 16));
    CHECK(near(at(*decoded, 58, 20), {30, 40, 210, 255}, 16));
}

TEST_CASE("A photo becomes a square avatar from its centre, scaled once", "[image]") {
    // 300 x 200, landscape: the middle 200 x 200 is red above, blue below;
    // the 50 px strips either side (cropped away) are green.
    const auto px = test::makePixels(300, 200, [](int x, int y) {
        if (x < 50 || x >= 250) return Rgba{0, 200, 0, 255};
        return y < 100 ? Rgba{220, 30, 30, 255} : Rgba{30, 40, 210, 255};
    });
    const auto avatar = decodeAvatar(test::encodePng(300, 200, px));
    REQUIRE(avatar);
    CHECK(avatar->width == image::kAvatarPixels);
    CHECK(avatar->height == image::kAvatarPixels);
    CHECK(avatar->rgba.size() ==
          static_cast<size_t>(image::kAvatarPixels * image::kAvatarPixels * 4));
    CHECK(near(at(*avatar, 0, 0), {220, 30, 30, 255}, 1));
    CHECK(near(at(*avatar, 127, 10), {220, 30, 30, 255}, 1));
    CHECK(near(at(*avatar, 0, 127), {30, 40, 210, 255}, 1));
    CHECK(near(at(*avatar, 127, 127), {30, 40, 210, 255}, 1));
    for (size_t i = 0; i < avatar->rgba.size(); i += 4)
        REQUIRE(avatar->rgba[i + 1] < 100); // no green: the sides were cut

    SECTION("a small photo keeps its size, square") {
        const auto small = decodeAvatar(test::encodePng(40, 30, halves(40, 30)));
        REQUIRE(small);
        CHECK(small->width == 30);
        CHECK(small->height == 30);
    }
    SECTION("the average of a fine pattern is its mean colour") {
        const auto checks = test::makePixels(512, 512, [](int x, int y) {
            return (x + y) % 2 ? Rgba{0, 0, 0, 255} : Rgba{200, 100, 50, 255};
        });
        const auto grey = decodeAvatar(test::encodePng(512, 512, checks));
        REQUIRE(grey);
        CHECK(near(at(*grey, 64, 64), {100, 50, 25, 255}, 1));
    }
}

TEST_CASE("Images over the limits are refused before any pixel is decoded", "[image]") {
    const auto png = test::encodePng(40, 30, halves(40, 30));
    image::DecodeLimits tight;
    tight.maxPixels = 1000; // 40 x 30 is 1200
    CHECK_FALSE(decode(png, tight));
    tight = {};
    tight.maxBytes = png.size() - 1;
    CHECK_FALSE(decode(png, tight));
    tight = {};
    tight.maxSide = 32;
    CHECK_FALSE(decode(png, tight));
    // Headers that promise a huge picture: 100000 x 100000 and 30000 x 1.
    CHECK_FALSE(decode(forgedPng(100000, 100000)));
    CHECK_FALSE(decode(forgedPng(30000, 1)));
    CHECK_FALSE(decodeAvatar(forgedPng(0x7FFFFFFF, 0x7FFFFFFF)));
}

TEST_CASE("Corrupt, truncated or foreign bytes give no picture and never crash", "[image]") {
    const auto png = test::encodePng(48, 48, halves(48, 48));
    const auto jpeg = test::encodeJpeg(48, 48, halves(48, 48));

    CHECK_FALSE(decode({}));
    CHECK_FALSE(decode(std::vector<unsigned char>{0x89, 'P', 'N', 'G'}));
    const std::string gif = "GIF89a\x01\x00\x01\x00\x80\x00\x00";
    CHECK_FALSE(decode(std::vector<unsigned char>(gif.begin(), gif.end())));
    const std::string text = "BEGIN:VCARD\r\nPHOTO;ENCODING=b:not really\r\n";
    CHECK_FALSE(decodeAvatar(std::vector<unsigned char>(text.begin(), text.end())));

    SECTION("every truncation of a PNG") {
        // Cut anywhere before the end of the image data, a PNG is unreadable.
        for (size_t n = 0; n + 12 < png.size(); ++n)
            CHECK_FALSE(decode(std::span(png.data(), n)));
    }
    SECTION("every truncation of a JPEG") {
        // stb_image fills a JPEG cut in its scan data with grey (as browsers
        // do); what matters is that the picture, if any, is whole and sane.
        for (size_t n = 0; n < jpeg.size(); ++n) {
            const auto d = decodeAvatar(std::span(jpeg.data(), n));
            if (d) REQUIRE(d->rgba.size() == static_cast<size_t>(d->width * d->height * 4));
        }
    }
    SECTION("random damage") {
        std::mt19937 random(17);
        for (const auto* original : {&png, &jpeg}) {
            for (int round = 0; round < 300; ++round) {
                std::vector<unsigned char> bytes = *original;
                const int flips = 1 + static_cast<int>(random() % 8);
                for (int f = 0; f < flips; ++f)
                    bytes[8 + random() % (bytes.size() - 8)] = static_cast<unsigned char>(random());
                const auto d = decodeAvatar(bytes);
                if (d) REQUIRE(d->width <= image::kAvatarPixels);
            }
        }
    }
    SECTION("noise behind a valid signature") {
        std::mt19937 random(3);
        for (int round = 0; round < 200; ++round) {
            std::vector<unsigned char> bytes =
                round % 2 ? std::vector<unsigned char>(png.begin(), png.begin() + 8)
                          : std::vector<unsigned char>{0xFF, 0xD8, 0xFF};
            for (int i = 0; i < 400; ++i)
                bytes.push_back(static_cast<unsigned char>(random()));
            (void)decodeAvatar(bytes);
        }
        SUCCEED("no crash and no sanitizer report");
    }
}
