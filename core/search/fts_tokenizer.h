#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <vector>

struct Fts5Tokenizer;

namespace rk {

class Database;

// Splits text into words exactly as the contacts_fts index does (SQLite's own
// unicode61 tokenizer, diacritics removed, case folded), so code that explains
// a match agrees with the index about what matched: "José" gives "jose", and
// letters without a decomposition are folded as the index folds them
// (foldSearchLetters): "Ørsted" gives "orsted".
class FtsTokenizer {
public:
    struct Token {
        std::string text; // folded
        int start = 0;    // byte range in the input
        int end = 0;
    };

    // Throws StoreError when the SQLite build has no FTS5.
    explicit FtsTokenizer(Database& db);
    ~FtsTokenizer();
    FtsTokenizer(const FtsTokenizer&) = delete;
    FtsTokenizer& operator=(const FtsTokenizer&) = delete;

    [[nodiscard]] std::vector<Token> tokenize(std::string_view text) const;
    // Just the folded words.
    [[nodiscard]] std::vector<std::string> words(std::string_view text) const;

private:
    struct Api;
    std::unique_ptr<Api> m_api;
    Fts5Tokenizer* m_tokenizer = nullptr;
};

} // namespace rk
