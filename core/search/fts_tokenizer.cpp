#include "core/search/fts_tokenizer.h"

#include "core/db/database.h"
#include "core/db/store_error.h"
#include "core/store/search_index_fold.h"

#include <sqlite3.h>

#include <array>
#include <climits>
#include <memory>

namespace rk {

struct FtsTokenizer::Api {
    fts5_tokenizer methods{};
};

namespace {

// The documented way to reach the FTS5 C API: SELECT fts5(?) with a pointer
// bound under the type name "fts5_api_ptr".
fts5_api* fts5ApiOf(sqlite3* db) {
    fts5_api* api = nullptr;
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &st, nullptr) != SQLITE_OK) return nullptr;
    sqlite3_bind_pointer(st, 1, static_cast<void*>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(st);
    sqlite3_finalize(st);
    return api;
}

int collect(void* ctx, int /*flags*/, const char* token, int size, int start, int end) {
    auto* out = static_cast<std::vector<FtsTokenizer::Token>*>(ctx);
    // The index holds folded text (Ø → o): fold each word the same way.
    out->push_back(
        {foldSearchLetters(std::string_view(token, static_cast<size_t>(size))), start, end});
    return SQLITE_OK;
}

} // namespace

FtsTokenizer::FtsTokenizer(Database& db) {
    fts5_api* fts = fts5ApiOf(db.handle());
    if (!fts || fts->iVersion < 2) throw StoreError("This SQLite has no full-text search (FTS5).");
    auto api = std::make_unique<Api>();
    void* context = nullptr;
    if (fts->xFindTokenizer(fts, "unicode61", &context, &api->methods) != SQLITE_OK)
        throw StoreError("SQLite's unicode61 tokenizer is missing.");
    // Must match the tokenize= option of contacts_fts in core/store/schema.cpp.
    std::array<const char*, 2> args = {"remove_diacritics", "2"};
    if (api->methods.xCreate(context, args.data(), static_cast<int>(args.size()), &m_tokenizer) !=
        SQLITE_OK)
        throw StoreError("Could not create the search tokenizer.");
    m_api = std::move(api);
}

FtsTokenizer::~FtsTokenizer() {
    if (m_api && m_tokenizer) m_api->methods.xDelete(m_tokenizer);
}

std::vector<FtsTokenizer::Token> FtsTokenizer::tokenize(std::string_view text) const {
    std::vector<Token> out;
    if (text.empty() || text.size() > static_cast<size_t>(INT_MAX)) return out;
    m_api->methods.xTokenize(m_tokenizer, &out, FTS5_TOKENIZE_DOCUMENT, text.data(),
                             static_cast<int>(text.size()), collect);
    return out;
}

std::vector<std::string> FtsTokenizer::words(std::string_view text) const {
    std::vector<std::string> out;
    for (auto& t : tokenize(text))
        out.push_back(std::move(t.text));
    return out;
}

} // namespace rk
