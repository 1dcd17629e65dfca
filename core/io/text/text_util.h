#pragma once
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

// Byte- and text-level helpers shared by the readers and writers. Everything
// here is total: any input gives an answer, and none of it allocates more
// than a small multiple of its input.
namespace rk {

// Whole-file decoding: drops a UTF-8 BOM, converts UTF-16 (with a BOM), and
// reads a file that is not valid UTF-8 as Windows-1252 (what old Outlook and
// Excel write). The result is always valid UTF-8.
[[nodiscard]] std::string decodeFileText(std::string_view bytes);
// For readers that decide the charset per value rather than per file (vCard:
// a line folded inside a character is valid UTF-8 only once it is unfolded).
// A file with a UTF-16 byte-order mark as UTF-8, or nullopt for any other
// file, which is then read as the bytes it is (less a UTF-8 BOM).
[[nodiscard]] std::optional<std::string> decodeUtf16File(std::string_view bytes);
[[nodiscard]] std::string_view withoutUtf8Bom(std::string_view bytes);

[[nodiscard]] bool isValidUtf8(std::string_view text);
// Replaces each invalid sequence with U+FFFD.
[[nodiscard]] std::string sanitizeUtf8(std::string_view text);
// Decodes bytes in the named charset (vCard 2.1 CHARSET=): a legacy charset
// named there wins; otherwise (no charset, UTF-8 or one we do not know)
// bytes that are valid UTF-8 are UTF-8, and bytes that cannot be are
// Windows-1252 (or, under CHARSET=UTF-8, UTF-8 with U+FFFD for the damage).
[[nodiscard]] std::string decodeCharset(std::string_view bytes, std::string_view charset);
void appendUtf8(std::string& out, char32_t codePoint);
// Cuts to at most `maxBytes` without splitting a UTF-8 sequence.
void truncateUtf8(std::string& text, std::size_t maxBytes);
// Length of the UTF-8 sequence that starts with this byte (1 for stray bytes).
[[nodiscard]] std::size_t utf8SequenceLength(unsigned char lead);

[[nodiscard]] std::string_view trim(std::string_view text);
[[nodiscard]] std::string asciiLower(std::string_view text);
[[nodiscard]] std::string asciiUpper(std::string_view text);
[[nodiscard]] bool iequals(std::string_view a, std::string_view b);
[[nodiscard]] bool istartsWith(std::string_view text, std::string_view prefix);
// Splits on `sep`, keeping empty parts.
[[nodiscard]] std::vector<std::string_view> split(std::string_view text, char sep);
// The parts with `sep` between each two.
[[nodiscard]] std::string join(const std::vector<std::string>& parts, std::string_view sep);

// Ignores whitespace and missing padding; nullopt for other junk or when the
// result would exceed maxBytes.
[[nodiscard]] std::optional<std::vector<unsigned char>> base64Decode(std::string_view text,
                                                                     std::size_t maxBytes);
[[nodiscard]] std::string base64Encode(std::span<const unsigned char> bytes);
// RFC 2045 quoted-printable; soft line breaks ("=\r\n") are removed.
[[nodiscard]] std::string decodeQuotedPrintable(std::string_view text);

// "image/jpeg" etc. from the first bytes, or "" when it is no known image.
[[nodiscard]] std::string_view imageMediaType(std::span<const unsigned char> bytes);

} // namespace rk
