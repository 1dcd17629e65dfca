#pragma once
#include <cstddef>
#include <memory>
#include <optional>
#include <span>
#include <string>

namespace rk::platform {

// One face in an installed font file (a .ttc holds several: FontNo).
struct FontFace {
    std::string file;
    int index = 0;
    friend bool operator==(const FontFace&, const FontFace&) = default;
};

// The bytes of a font file, readable while this object lives (mapped, so the
// 20 MB CJK collections cost address space, not private memory).
class FontBytes {
public:
    virtual ~FontBytes() = default;
    [[nodiscard]] virtual std::span<const unsigned char> bytes() const = 0;
};

// The fonts installed on this computer, asked one character at a time. A
// plain interface with no OS headers, so app/ can depend on it and tests can
// pass the real one (platform/fontconfig_finder.h) or a fake.
class FontFinder {
public:
    virtual ~FontFinder() = default;
    // An installed face with a glyph for `codePoint`, preferring a sans-serif
    // and, when `bold`, a bold weight; nothing when no installed font has it.
    [[nodiscard]] virtual std::optional<FontFace> faceFor(char32_t codePoint, bool bold) = 0;
    // The face's file, or null when it can no longer be read.
    [[nodiscard]] virtual std::unique_ptr<FontBytes> open(const FontFace& face) = 0;
};

} // namespace rk::platform
