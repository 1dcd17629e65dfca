#pragma once
#include "core/model/contact.h"
#include "core/model/contact_card.h"
#include "core/search/match_explainer.h"
#include "core/search/search_query.h"
#include "core/search/warmth.h"

#include <cstdint>
#include <limits>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace rk {

class Clock;
class Database;
class FtsTokenizer;
class Statement;
struct SearchSql;
struct TierSql;

// The deck's filter chips. Every filter narrows the result (they combine with AND).
struct SearchFilters {
    Shelf shelf = Shelf::Active;   // the "archived" chip is Shelf::Archived
    std::vector<Circle> circles{}; // any of these; empty = every circle
    std::string tag{};             // exact tag name, any case; empty = any
    std::string company{};         // current company, exact, any case
    std::string industry{};        // exact, any case
    bool overdue = false;          // next due date before today
    bool dormant = false;          // nothing logged for more than WarmthPolicy::dormantAfterDays
    bool awaitingReply = false;    // a message out marked "awaiting reply", with no reply since

    friend bool operator==(const SearchFilters&, const SearchFilters&) = default;
};

enum class SearchSort {
    Relevance, // best match first (by name when there is no text)
    Name,
    LastContact, // most recent first; never-contacted last
    NextDue,     // soonest first; no due date last
};

struct SearchRequest {
    std::string text{}; // search box / `rekindle find` text, prefixes allowed
    SearchFilters filters{};
    SearchSort sort = SearchSort::Relevance;
    int offset = 0;
    int limit = 50;

    friend bool operator==(const SearchRequest&, const SearchRequest&) = default;
};

struct SearchHit {
    ContactCard card{};
    Warmth warmth{};
    std::vector<MatchReason> matches{}; // most telling first; empty without search text

    // describeMatch() of the first reason ("knows: kubernetes"), or "".
    [[nodiscard]] std::string matchLabel() const;
    // True when only a past role, the notes or another side field matched:
    // the surprising connections of "who do I know…?".
    [[nodiscard]] bool matchedIndirectly() const;
};

struct SearchPage {
    SearchQuery query;           // parsed text; query.problems for the UI hint
    std::vector<SearchHit> hits; // at most `limit`
    bool hasMore = false;        // another page exists after this one
    // Ranked by relevance. False for a broad search (many matches), which is
    // shown unranked, people whose name matches first.
    bool ranked = false;
    std::optional<std::int64_t> total; // set when it cost nothing extra to know
};

struct SearchOptions {
    // Ranking (bm25) costs about a microsecond per matching row, so only a
    // match set up to this size is ranked.
    int rankLimit = 300;
    // A sorted search walks the sort order's index keeping the matches; when
    // that has not filled the page after walkBudget rows (matches bunched in
    // the order, as a name is when sorting by name) and there are at most
    // sortLimit matches, it sorts the matches instead (~2 µs a row).
    int sortLimit = 5000;
    std::int64_t walkBudget = 10000;
    WarmthPolicy warmth{};
};

// Search as you type over contacts_fts, plus the deck's filters, sorts and
// paging. Keeps prepared statements between keystrokes, so it must not outlive
// the Database (one per view or per command is the intended use).
//
//   ContactSearch search(store.db(), store.clock());
//   SearchPage page = search.search({.text = "at:stripe jo", .filters = {.circles =
//   {Circle::Inner}},
//                                    .sort = SearchSort::Relevance, .offset = 0, .limit = 40});
//   for (const SearchHit& hit : page.hits) draw(hit.card, hit.warmth, hit.matchLabel());
//
// Never throws for any query text; throws StoreError only when the database fails.
class ContactSearch {
public:
    ContactSearch(Database& db, const Clock& clock, SearchOptions options = {});
    ~ContactSearch();
    ContactSearch(const ContactSearch&) = delete;
    ContactSearch& operator=(const ContactSearch&) = delete;

    [[nodiscard]] SearchPage search(const SearchRequest& request);
    [[nodiscard]] SearchPage search(const SearchQuery& query, const SearchFilters& filters,
                                    SearchSort sort, int offset, int limit);

    // How many match, counting no further than `atMost` (so a result equal to
    // atMost means "atMost or more"). Costs about a µs per match counted:
    // per keystroke, pass a small atMost (e.g. 1000 for "1000+ matches").
    [[nodiscard]] std::int64_t count(const SearchQuery& query, const SearchFilters& filters,
                                     std::int64_t atMost = kCountAll);
    [[nodiscard]] std::int64_t count(const std::string& text, const SearchFilters& filters,
                                     std::int64_t atMost = kCountAll) {
        return count(parseSearchQuery(text), filters, atMost);
    }
    static constexpr std::int64_t kCountAll = std::numeric_limits<std::int64_t>::max();

    [[nodiscard]] const SearchOptions& options() const { return m_options; }
    // The warmth thresholds (the user's dormant setting) for the next searches.
    void setWarmth(const WarmthPolicy& warmth) { m_options.warmth = warmth; }

private:
    std::vector<ContactId> pageIds(const SearchQuery& query, const SearchFilters& filters,
                                   SearchSort sort, int offset, int limit, SearchPage& page);
    std::vector<ContactId> runTiers(const std::vector<TierSql>& tiers, int offset, int limit);
    std::optional<std::vector<ContactId>> walkTiers(const std::vector<TierSql>& tiers,
                                                    const std::vector<ContactId>& keep, int offset,
                                                    int limit, std::int64_t budget);
    std::vector<ContactId> matchIds(const std::string& expression);
    bool tagIsSmall(const std::string& tag);
    std::int64_t probeMatches(const std::string& expression, int cap);
    std::vector<SearchHit> hydrate(const std::vector<ContactId>& ids, const SearchQuery& query);
    Statement& prepared(const SearchSql& sql);

    Database& m_db;
    const Clock& m_clock;
    SearchOptions m_options;
    std::unique_ptr<FtsTokenizer> m_tokenizer; // made on first use
    std::map<std::string, std::unique_ptr<Statement>> m_statements;
};

} // namespace rk
