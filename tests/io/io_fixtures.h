#pragma once
// Shared bits for the io tests: sample files as string literals, tiny images.
#include "core/db/database.h"
#include "core/io/text/text_util.h"

#include <string>
#include <string_view>
#include <vector>

namespace rk::test {

// Sample files are written with \n; real clients use CRLF.
inline std::string crlf(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (c == '\n') out += "\r\n";
        else out += c;
    }
    return out;
}

// Smallest things that carry an image's magic bytes; only the bytes matter here.
inline std::vector<unsigned char> tinyJpeg() {
    return {0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F', 0x00, 0x01, 0x01, 0x00, 0xFF, 0xD9};
}
inline std::vector<unsigned char> tinyPng() {
    return {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1};
}
inline std::string base64Of(const std::vector<unsigned char>& bytes) { return base64Encode(bytes); }

inline std::int64_t count(Database& db, const std::string& sql) { return db.queryInt(sql); }

} // namespace rk::test
