#pragma once
#include <string>
#include <string_view>

namespace rk {

class Database;

// Letters that have no Unicode decomposition, so SQLite's unicode61
// tokenizer (remove_diacritics 2) keeps them as they are and "orsted" never
// finds "Ørsted": each is spelt the usual Latin way, in lower case.
// Ø/ø → o, Æ/æ → ae, Œ/œ → oe, ß/ẞ → ss, Ł/ł → l, Đ/đ and Ð/ð → d, Ħ/ħ → h,
// ı/İ → i, Þ/þ → th, and a few more (see the table). Every other character is
// copied unchanged, so letters that do decompose (é, ü, ñ) are still left to
// the tokenizer. Both sides of a search go through this: the documents as
// they are indexed (core/store/search_index.cpp, the import's search docs)
// and the words of a query (core/search/search_query.cpp), so "straße" finds
// "strasse" and "strasse" finds "Straße".
[[nodiscard]] std::string foldSearchLetters(std::string_view text);

// Registers foldSearchLetters as the SQL function rk_search_fold(text) on this
// connection (NULL stays NULL). The index writers call it, so the Store
// registers it before any migration runs.
void registerSearchFold(Database& db);

} // namespace rk
