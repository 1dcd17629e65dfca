#include "core/io/import/search_doc.h"

#include "core/io/text/text_util.h"
#include "core/store/search_index.h"
#include "core/store/search_index_fold.h"

#include <algorithm>
#include <unordered_set>

namespace rk {

namespace {

// group_concat over no rows is NULL, not ''.
SqlValue listValue(const std::vector<std::string>& parts) {
    return parts.empty() ? SqlValue() : SqlValue(foldSearchLetters(join(parts, " ")));
}

} // namespace

std::vector<std::string> searchDocColumns() {
    return {"rowid", "name", "company", "title", "industry", "location", "how_met",
            "notes", "tags", "knows", "methods", "past_roles"};
}

std::vector<SqlValue> searchDocRow(std::int64_t id, const Contact& c,
                                   std::vector<std::pair<std::int64_t, std::string>> tags) {
    // contact_tags is keyed (contact_id, tag_id): the view lists tags by id.
    std::sort(tags.begin(), tags.end());
    tags.erase(std::unique(tags.begin(), tags.end(),
                           [](const auto& a, const auto& b) { return a.first == b.first; }),
               tags.end());
    std::vector<std::string> tagNames;
    for (auto& t : tags) tagNames.push_back(std::move(t.second));

    // contact_knows is keyed (contact_id, topic COLLATE NOCASE): one of each
    // topic whatever its case (the first written), in NOCASE order.
    std::vector<std::string> knows;
    std::unordered_set<std::string> seen;
    for (const auto& k : c.knows)
        if (!k.empty() && seen.insert(asciiLower(k)).second) knows.push_back(k);
    std::stable_sort(knows.begin(), knows.end(),
                     [](const std::string& a, const std::string& b) { return asciiLower(a) < asciiLower(b); });

    std::vector<std::string> methods;
    for (const auto& m : c.methods)
        if (!m.value.empty()) methods.push_back(m.value);
    std::vector<std::string> roles;
    for (const auto& r : c.pastRoles) roles.push_back(r.company + " " + r.title);

    // Folded as rk_search_fold folds the view's columns (search_index.cpp).
    return {id,
            foldSearchLetters(searchName(c.displayName, c.givenName, c.familyName)),
            foldSearchLetters(c.company),
            foldSearchLetters(c.title),
            foldSearchLetters(c.industry),
            foldSearchLetters(c.location),
            foldSearchLetters(c.howMet),
            foldSearchLetters(c.notes),
            listValue(tagNames),
            listValue(knows),
            listValue(methods),
            listValue(roles)};
}

} // namespace rk
