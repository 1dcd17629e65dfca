#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace rk::app::text {

// UTF-8 to code points and back. A byte that starts no valid sequence
// becomes U+FFFD, as ImGui itself draws it, so nothing is dropped silently.
[[nodiscard]] std::u32string decodeUtf8(std::string_view utf8);
// The code point starting at `pos`, moving `pos` past it (U+FFFD and one
// byte for a broken sequence). For scans that must not allocate.
[[nodiscard]] char32_t nextCodePoint(std::string_view utf8, size_t& pos);
void appendUtf8(std::string& out, char32_t codePoint);
[[nodiscard]] std::string encodeUtf8(std::u32string_view codePoints);

// True when every byte is ASCII: such text needs no shaping, no reordering
// and no glyph beyond the start-up atlas (the common case, checked first).
[[nodiscard]] inline bool isAscii(std::string_view s) {
    for (unsigned char c : s)
        if (c >= 0x80) return false;
    return true;
}

} // namespace rk::app::text
