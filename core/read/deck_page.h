#pragma once
#include "core/search/contact_search.h"
#include "core/search/warmth.h"

#include <cstdint>
#include <memory>
#include <vector>

namespace rk {

class Clock;
class Database;

// What the deck shows for one search: the cards found so far, and how many
// match in all. Free text pages in as you scroll; a "who do I know" query
// (prefixes such as at:Stripe) shows everyone who matches, grouped by warmth.
struct DeckPage {
    SearchRequest request;        // what was asked: text, filters, sort (offset and limit unused)
    std::vector<SearchHit> hits;  // in the order shown
    bool hasMore = false;         // another page can be fetched (free text only)
    bool whoMode = false;         // grouped by warmth; every match is here
    std::vector<int> groupStarts; // who mode: the index of each group's first hit
    std::vector<WarmthLevel> groupLevels;
    std::vector<QueryProblem> problems; // the query's hints ("at: needs a company")
    std::int64_t total = 0;             // people (no text, no filter) or matches
    // Moves whenever the hits are replaced (a new search, the data changed),
    // not when a page is appended: views keep layout and selection by it.
    std::uint64_t generation = 0;

    [[nodiscard]] bool unfiltered() const; // no text and no filter: the whole deck
    // "1000+ matches": the count stopped at the cap, or more pages exist than were counted.
    [[nodiscard]] bool totalIsLowerBound() const;
};

// Runs the deck's searches and keeps their statements prepared between
// keystrokes, so it must not outlive the Database.
class DeckReader {
public:
    // Results fetched per page. Enough to fill a wide window twice over; more
    // load as you scroll. Each keystroke builds a page, so it is kept small:
    // 120 made a 10k deck's keystroke 2.2 ms, over the 2 ms budget.
    static constexpr int kPageSize = 48;
    // "1000+ matches": counting exactly beyond this costs milliseconds.
    static constexpr std::int64_t kCountCap = 1000;
    // A who-do-I-know query lists at most this many people.
    static constexpr int kWhoLimit = 300;

    DeckReader(Database& db, const Clock& clock);
    ~DeckReader();
    DeckReader(const DeckReader&) = delete;
    DeckReader& operator=(const DeckReader&) = delete;

    // The first page for `request` (its offset and limit are ignored).
    void search(const SearchRequest& request);
    // Appends the next page, when there is one.
    void loadMore();
    // The warmth thresholds (the user's dormant setting) for the next search.
    void setWarmth(const WarmthPolicy& warmth) { m_search->setWarmth(warmth); }

    [[nodiscard]] const DeckPage& page() const { return m_page; }

private:
    [[nodiscard]] SearchRequest pageRequest(int offset) const;

    Database& m_db;
    std::unique_ptr<ContactSearch> m_search;
    DeckPage m_page;
};

} // namespace rk
