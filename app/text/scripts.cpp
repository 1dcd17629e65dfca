#include "app/text/scripts.h"

#include <cstdio>
#include <iterator>

namespace rk::app::text {

namespace {

struct Block {
    char32_t first, last;
    ScriptHint hint;
};

// The blocks people's names come in. Debian's fonts-noto-core covers every
// living script but the CJK ones, which fonts-noto-cjk brings.
constexpr Block kBlocks[] = {
    {0x0250, 0x02FF, {"phonetic letters", "fonts-noto-core"}},
    {0x0300, 0x036F, {"combining accents", "fonts-noto-core"}},
    {0x0370, 0x03FF, {"Greek", "fonts-noto-core"}},
    {0x0400, 0x052F, {"Cyrillic", "fonts-noto-core"}},
    {0x0530, 0x058F, {"Armenian", "fonts-noto-core"}},
    {0x0590, 0x05FF, {"Hebrew", "fonts-noto-core"}},
    {0x0600, 0x06FF, {"Arabic", "fonts-noto-core"}},
    {0x0700, 0x074F, {"Syriac", "fonts-noto-core"}},
    {0x0750, 0x077F, {"Arabic", "fonts-noto-core"}},
    {0x0780, 0x07BF, {"Thaana", "fonts-noto-core"}},
    {0x07C0, 0x07FF, {"N'Ko", "fonts-noto-core"}},
    {0x08A0, 0x08FF, {"Arabic", "fonts-noto-core"}},
    {0x0900, 0x097F, {"Devanagari", "fonts-noto-core"}},
    {0x0980, 0x09FF, {"Bengali", "fonts-noto-core"}},
    {0x0A00, 0x0A7F, {"Gurmukhi", "fonts-noto-core"}},
    {0x0A80, 0x0AFF, {"Gujarati", "fonts-noto-core"}},
    {0x0B00, 0x0B7F, {"Odia", "fonts-noto-core"}},
    {0x0B80, 0x0BFF, {"Tamil", "fonts-noto-core"}},
    {0x0C00, 0x0C7F, {"Telugu", "fonts-noto-core"}},
    {0x0C80, 0x0CFF, {"Kannada", "fonts-noto-core"}},
    {0x0D00, 0x0D7F, {"Malayalam", "fonts-noto-core"}},
    {0x0D80, 0x0DFF, {"Sinhala", "fonts-noto-core"}},
    {0x0E00, 0x0E7F, {"Thai", "fonts-noto-core"}},
    {0x0E80, 0x0EFF, {"Lao", "fonts-noto-core"}},
    {0x0F00, 0x0FFF, {"Tibetan", "fonts-noto-core"}},
    {0x1000, 0x109F, {"Myanmar", "fonts-noto-core"}},
    {0x10A0, 0x10FF, {"Georgian", "fonts-noto-core"}},
    {0x1100, 0x11FF, {"Korean", "fonts-noto-cjk"}},
    {0x1200, 0x139F, {"Ethiopic", "fonts-noto-core"}},
    {0x13A0, 0x13FF, {"Cherokee", "fonts-noto-core"}},
    {0x1780, 0x17FF, {"Khmer", "fonts-noto-core"}},
    {0x1800, 0x18AF, {"Mongolian", "fonts-noto-core"}},
    {0x1E00, 0x1EFF, {"Latin with extra accents (Vietnamese)", "fonts-noto-core"}},
    {0x1F00, 0x1FFF, {"Greek", "fonts-noto-core"}},
    {0x2E80, 0x2FDF, {"Chinese, Japanese and Korean", "fonts-noto-cjk"}},
    {0x3000, 0x30FF, {"Chinese, Japanese and Korean", "fonts-noto-cjk"}},
    {0x3100, 0x312F, {"Chinese (Bopomofo)", "fonts-noto-cjk"}},
    {0x3130, 0x318F, {"Korean", "fonts-noto-cjk"}},
    {0x3190, 0x9FFF, {"Chinese, Japanese and Korean", "fonts-noto-cjk"}},
    {0xA000, 0xA4CF, {"Yi", "fonts-noto-core"}},
    {0xAC00, 0xD7FF, {"Korean", "fonts-noto-cjk"}},
    {0xF900, 0xFAFF, {"Chinese, Japanese and Korean", "fonts-noto-cjk"}},
    {0xFB1D, 0xFB4F, {"Hebrew", "fonts-noto-core"}},
    {0xFB50, 0xFDFF, {"Arabic", "fonts-noto-core"}},
    {0xFE70, 0xFEFF, {"Arabic", "fonts-noto-core"}},
    {0xFF00, 0xFFEF, {"Chinese, Japanese and Korean", "fonts-noto-cjk"}},
};

} // namespace

ScriptHint scriptHintFor(char32_t c) {
    // ImGui 1.86 as Debian builds it stores characters in 16 bits: what lies
    // past U+FFFF (emoji, rare ideographs) has no place in its atlas.
    if (c > 0xFFFF) return {"characters beyond U+FFFF (emoji, rare ideographs)", ""};
    for (const Block& b : kBlocks)
        if (c >= b.first && c <= b.last) return b.hint;
    return {"symbols", "fonts-noto-core"};
}

std::string missingFontMessage(char32_t c) {
    const ScriptHint hint = scriptHintFor(c);
    char code[16];
    std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(c));
    std::string line = "rekindle: no installed font can draw ";
    line += hint.script;
    line += " (";
    line += code;
    line += ")";
    if (*hint.package) {
        line += "; the Debian package ";
        line += hint.package;
        line += " brings one";
    } else {
        line += "; this build draws them as a placeholder";
    }
    return line + ".";
}

} // namespace rk::app::text
