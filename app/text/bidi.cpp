#include "app/text/bidi.h"

#include "app/text/utf8.h"

#include <fribidi.h>

#include <vector>

namespace rk::app::text {

namespace {

bool isRightToLeftOrJoining(char32_t c) {
    return (c >= 0x0590 && c <= 0x08FF) ||   // Hebrew, Arabic, Syriac, Thaana, N'Ko, …
           (c >= 0xFB1D && c <= 0xFDFF) ||   // Hebrew and Arabic presentation forms
           (c >= 0xFE70 && c <= 0xFEFE) ||   // Arabic presentation forms B
           (c >= 0x10800 && c <= 0x10FFF) || // historic right-to-left scripts
           (c >= 0x1E800 && c <= 0x1EFFF) || // Adlam, Arabic mathematical letters
           c == 0x200F || c == 0x061C ||     // RLM, ALM
           (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069); // embeddings, isolates
}

// Zero-width characters whose work is done once the line is shaped and
// ordered: directional marks, joiners, and the filler FriBidi leaves where a
// lam-alef ligature took two letters. Drawn, they would only be gaps (or a
// placeholder where the font has no glyph).
bool isSpentFormatMark(char32_t c) {
    return (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2060 && c <= 0x206F) || c == 0xFEFF || c == 0x061C;
}

std::string visualLine(std::string_view line, Direction direction, bool& rightToLeft) {
    std::u32string decoded = decodeUtf8(line);
    const auto n = static_cast<FriBidiStrIndex>(decoded.size());
    rightToLeft = direction == Direction::RightToLeft;
    if (n == 0) return {};
    std::vector<FriBidiChar> str(decoded.begin(), decoded.end());
    std::vector<FriBidiCharType> types(decoded.size());
    std::vector<FriBidiBracketType> brackets(decoded.size());
    std::vector<FriBidiLevel> levels(decoded.size());
    std::vector<FriBidiArabicProp> joining(decoded.size());
    fribidi_get_bidi_types(str.data(), n, types.data());
    fribidi_get_bracket_types(str.data(), n, types.data(), brackets.data());
    FriBidiParType base = direction == Direction::LeftToRight ? FRIBIDI_PAR_LTR
                          : direction == Direction::RightToLeft
                              ? FRIBIDI_PAR_RTL
                              : FRIBIDI_PAR_ON; // from the first strong letter
    if (!fribidi_get_par_embedding_levels_ex(types.data(), brackets.data(), n, &base,
                                             levels.data()))
        return std::string(line);
    fribidi_get_joining_types(str.data(), n, joining.data());
    fribidi_join_arabic(types.data(), n, levels.data(), joining.data());
    // Shaping works on logical order (a letter's form depends on its
    // logical neighbours); mirroring turns "(" into ")" inside RTL runs.
    const FriBidiFlags flags = FRIBIDI_FLAGS_DEFAULT | FRIBIDI_FLAGS_ARABIC;
    fribidi_shape(flags, levels.data(), n, joining.data(), str.data());
    if (!fribidi_reorder_line(flags, types.data(), n, 0, base, levels.data(), str.data(), nullptr))
        return std::string(line);
    rightToLeft = FRIBIDI_IS_RTL(base);
    std::string out;
    out.reserve(line.size());
    for (FriBidiChar c : str)
        if (!isSpentFormatMark(c)) appendUtf8(out, c);
    return out;
}

} // namespace

bool needsBidi(std::string_view utf8) {
    if (isAscii(utf8)) return false;
    for (size_t i = 0; i < utf8.size();)
        if (isRightToLeftOrJoining(nextCodePoint(utf8, i))) return true;
    return false;
}

VisualText toVisual(std::string_view logical, Direction direction) {
    VisualText out;
    out.text.reserve(logical.size());
    bool firstLine = true;
    for (size_t start = 0;;) {
        const size_t end = logical.find('\n', start);
        bool rtl = false;
        out.text +=
            visualLine(logical.substr(start, end == std::string_view::npos ? end : end - start),
                       direction, rtl);
        if (firstLine) out.rightToLeft = rtl;
        firstLine = false;
        if (end == std::string_view::npos) break;
        out.text += '\n';
        start = end + 1;
    }
    return out;
}

BidiCache::Shown BidiCache::get(std::string_view logical, Direction direction) {
    if (!needsBidi(logical)) return {logical, direction == Direction::RightToLeft};
    if (direction != Direction::Auto) {
        // Kept apart from the same text in its own direction: the key starts with a tag byte.
        std::string key(1, direction == Direction::LeftToRight ? '\x01' : '\x02');
        key += logical;
        auto it = m_entries.find(key);
        if (it == m_entries.end())
            it = m_entries.emplace(std::move(key), toVisual(logical, direction)).first;
        return {it->second.text, it->second.rightToLeft};
    }
    auto it = m_entries.find(logical);
    if (it == m_entries.end())
        it = m_entries.emplace(std::string(logical), toVisual(logical)).first;
    return {it->second.text, it->second.rightToLeft};
}

void BidiCache::trim() {
    if (m_entries.size() > m_capacity) m_entries.clear();
}

} // namespace rk::app::text
