#include "core/store/search_index_fold.h"

#include "core/db/database.h"
#include "core/db/store_error.h"

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <climits>

namespace rk {

namespace {

struct Fold {
    char32_t letter;
    std::string_view spelling;
};

// Sorted by code point for the binary search. Only letters the tokenizer
// cannot take apart belong here; "é" is "e" + a mark and already folds.
constexpr std::array<Fold, 40> kFolds = {{
    {U'\u00C6', "ae"}, // Æ
    {U'\u00D0', "d"},  // Ð
    {U'\u00D8', "o"},  // Ø
    {U'\u00DE', "th"}, // Þ
    {U'\u00DF', "ss"}, // ß
    {U'\u00E6', "ae"}, // æ
    {U'\u00F0', "d"},  // ð
    {U'\u00F8', "o"},  // ø
    {U'\u00FE', "th"}, // þ
    {U'\u0110', "d"},  // Đ
    {U'\u0111', "d"},  // đ
    {U'\u0126', "h"},  // Ħ
    {U'\u0127', "h"},  // ħ
    {U'\u0130', "i"},  // İ
    {U'\u0131', "i"},  // ı
    {U'\u0132', "ij"}, // Ĳ
    {U'\u0133', "ij"}, // ĳ
    {U'\u0138', "k"},  // ĸ
    {U'\u013F', "l"},  // Ŀ
    {U'\u0140', "l"},  // ŀ
    {U'\u0141', "l"},  // Ł
    {U'\u0142', "l"},  // ł
    {U'\u014A', "n"},  // Ŋ
    {U'\u014B', "n"},  // ŋ
    {U'\u0152', "oe"}, // Œ
    {U'\u0153', "oe"}, // œ
    {U'\u0166', "t"},  // Ŧ
    {U'\u0167', "t"},  // ŧ
    {U'\u017F', "s"},  // ſ
    {U'\u0180', "b"},  // ƀ
    {U'\u0189', "d"},  // Ɖ
    {U'\u018F', "e"},  // Ə
    {U'\u0197', "i"},  // Ɨ
    {U'\u01E4', "g"},  // Ǥ
    {U'\u01E5', "g"},  // ǥ
    {U'\u01FE', "o"},  // Ǿ (its mark would come off, its stroke would not)
    {U'\u01FF', "o"},  // ǿ
    {U'\u0256', "d"},  // ɖ
    {U'\u0259', "e"},  // ə
    {U'\u1E9E', "ss"}, // ẞ
}};

static_assert(std::is_sorted(kFolds.begin(), kFolds.end(),
                             [](const Fold& a, const Fold& b) { return a.letter < b.letter; }));

const Fold* findFold(char32_t c) {
    const auto* it = std::lower_bound(kFolds.begin(), kFolds.end(), c,
                                      [](const Fold& f, char32_t v) { return f.letter < v; });
    return it != kFolds.end() && it->letter == c ? it : nullptr;
}

void foldFunction(sqlite3_context* ctx, int /*argc*/, sqlite3_value** argv) {
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(ctx);
        return;
    }
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
    const int size = sqlite3_value_bytes(argv[0]);
    const std::string folded =
        foldSearchLetters(std::string_view(text ? text : "", static_cast<size_t>(size)));
    if (folded.size() > static_cast<size_t>(INT_MAX)) {
        sqlite3_result_error_toobig(ctx);
        return;
    }
    sqlite3_result_text(ctx, folded.data(), static_cast<int>(folded.size()), SQLITE_TRANSIENT);
}

} // namespace

std::string foldSearchLetters(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    size_t i = 0;
    while (i < text.size()) {
        const auto lead = static_cast<unsigned char>(text[i]);
        // Every letter in the table is a 2-byte sequence (C3..C9 lead) or ẞ (E1 BA 9E).
        if (lead >= 0xC3 && lead <= 0xC9 && i + 1 < text.size()) {
            const auto next = static_cast<unsigned char>(text[i + 1]);
            if ((next & 0xC0) == 0x80) {
                const char32_t c = (char32_t(lead & 0x1F) << 6) | (next & 0x3F);
                if (const Fold* f = findFold(c)) {
                    out += f->spelling;
                    i += 2;
                    continue;
                }
            }
        } else if (lead == 0xE1 && text.substr(i, 3) == "\xE1\xBA\x9E") {
            out += "ss";
            i += 3;
            continue;
        }
        out += text[i];
        ++i;
    }
    return out;
}

void registerSearchFold(Database& db) {
    const int rc = sqlite3_create_function_v2(db.handle(), "rk_search_fold", 1,
                                              SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                              nullptr, foldFunction, nullptr, nullptr, nullptr);
    checkSqlite(db.handle(), rc, "Setting up search");
}

} // namespace rk
