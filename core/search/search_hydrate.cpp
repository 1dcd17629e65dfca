// ContactSearch, part two: turning a page of ids into cards with their warmth
// and the reason each one matched. A handful of statements per page, each
// taking the page's ids as one bound JSON list.
#include "core/db/statement.h"
#include "core/repo/contact_repo.h"
#include "core/search/contact_search.h"
#include "core/search/fts_tokenizer.h"
#include "core/search/id_list.h"
#include "core/search/search_sql.h"
#include "core/time/clock.h"

#include <algorithm>
#include <cctype>
#include <unordered_map>

namespace rk {

namespace {

struct ResetOnExit {
    Statement& st;
    ~ResetOnExit() { st.reset(); }
};

// Stands for the page's ids in the statements below.
constexpr std::string_view kIds = "{ids}";

} // namespace

std::vector<SearchHit> ContactSearch::hydrate(const std::vector<ContactId>& ids,
                                              const SearchQuery& query) {
    if (ids.empty()) return {};
    const std::string list = idListJson(ids);
    std::unordered_map<ContactId, size_t> slot;
    for (size_t i = 0; i < ids.size(); ++i)
        slot.emplace(ids[i], i);
    std::vector<SearchHit> hits(ids.size());
    std::vector<SearchDocument> docs(ids.size());

    // Runs `select` (whose first column is the contact id, and where {ids}
    // stands for the page) and hands each row to `read` with its slot.
    auto each = [&](std::string select, auto&& read) {
        SearchSql sql;
        const size_t at = select.find(kIds);
        sql += select.substr(0, at);
        sql += " IN (SELECT value FROM json_each(" + sql.param(list) + "))";
        sql += select.substr(at + kIds.size());
        Statement& st = prepared(sql);
        ResetOnExit reset{st};
        while (st.step()) {
            auto it = slot.find(st.int64(0));
            if (it != slot.end()) read(st, it->second);
        }
    };

    each(
        std::string("SELECT ") + kCardColumns +
            ", c.given_name, c.family_name, c.industry, c.location, c.how_met, c.notes "
            "FROM contacts c WHERE c.id{ids}",
        [&](const Statement& st, size_t i) {
            ContactCard& card = hits[i].card;
            card = readCardRow(st);
            SearchDocument& d = docs[i];
            d.displayName = card.displayName;
            d.company = card.company;
            d.title = card.title;
            d.givenName = st.text(9);
            d.familyName = st.text(10);
            d.industry = st.text(11);
            d.location = st.text(12);
            d.howMet = st.text(13);
            d.notes = st.text(14);
        });
    each("SELECT ct.contact_id, t.name FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id "
         "WHERE ct.contact_id{ids}",
         [&](const Statement& st, size_t i) { docs[i].tags.push_back(st.text(1)); });
    for (size_t i = 0; i < ids.size(); ++i) {
        auto& tags = docs[i].tags;
        std::sort(tags.begin(), tags.end(), [](const std::string& a, const std::string& b) {
            return std::lexicographical_compare(
                a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
                    return std::tolower(static_cast<unsigned char>(x)) <
                           std::tolower(static_cast<unsigned char>(y));
                });
        });
        // Cards show the first few, as ContactRepo::cards does.
        for (size_t t = 0; t < tags.size() && t < 3; ++t)
            hits[i].card.tags += (t ? ", " : "") + tags[t];
    }

    if (!query.terms.empty()) {
        each("SELECT contact_id, topic FROM contact_knows WHERE contact_id{ids}",
             [&](const Statement& st, size_t i) { docs[i].knows.push_back(st.text(1)); });
        each("SELECT contact_id, kind, label, value, id FROM contact_methods WHERE contact_id{ids}",
             [&](const Statement& st, size_t i) {
                 docs[i].methods.push_back(
                     {st.int64(4), static_cast<MethodKind>(st.int32(1)), st.text(2), st.text(3)});
             });
        each("SELECT contact_id, company, title, until, id FROM past_roles WHERE contact_id{ids}",
             [&](const Statement& st, size_t i) {
                 docs[i].pastRoles.push_back({st.int64(4), st.text(1), st.text(2), st.text(3)});
             });
        if (!m_tokenizer) m_tokenizer = std::make_unique<FtsTokenizer>(m_db);
        const MatchExplainer explainer(*m_tokenizer, query);
        for (size_t i = 0; i < ids.size(); ++i)
            hits[i].matches = explainer.explain(docs[i]);
    }

    std::vector<ContactActivity> activity(ids.size());
    {
        SearchSql sql;
        sql += activityQuery(sql.param(list));
        Statement& st = prepared(sql);
        ResetOnExit reset{st};
        while (st.step())
            if (auto it = slot.find(st.int64(0)); it != slot.end()) activity[it->second] = activityFromRow(st);
    }
    const std::int64_t now = m_clock.now();
    for (size_t i = 0; i < ids.size(); ++i)
        hits[i].warmth = assessWarmth(activity[i], now, m_options.warmth);
    // A contact removed between finding and reading its page is left out.
    std::erase_if(hits, [](const SearchHit& h) { return h.card.id == 0; });
    return hits;
}

} // namespace rk
