#pragma once
#include "core/repo/contact_repo.h"
#include "core/repo/interaction_repo.h"
#include "core/search/contact_search.h"
#include "core/store/search_index.h"
#include "core/store/store.h"
#include "tests/support/temp_store.h"
#include "tests/support/test_clock.h"

#include <algorithm>
#include <string>
#include <vector>

namespace rk::test {

inline constexpr std::int64_t kDay = 86400;

// A real database file with a few helpers to fill it; every write goes
// through Store::change, as the app's would. The time zone is the first base:
// set before the store opens, restored after it closes.
struct SearchFixture : private ScopedTimeZone, TempStore {
    SearchFixture() : ScopedTimeZone("UTC"), TempStore(1'750'000'000) {} // 2025-06-15 15:06 UTC

    ContactRepo contacts{store.db()};
    InteractionRepo interactions{store.db()};

    ContactId add(Contact c) {
        store.change("Add " + c.givenName, [&] { contacts.insert(c, clock.now()); });
        return c.id;
    }

    ContactId add(const std::string& given, const std::string& family,
                  const std::string& company = "", const std::string& title = "") {
        Contact c;
        c.givenName = given;
        c.familyName = family;
        c.company = company;
        c.title = title;
        return add(std::move(c));
    }

    void log(ContactId id, Direction direction, int daysAgo,
             InteractionKind kind = InteractionKind::Email, bool askedHelp = false,
             bool gaveHelp = false, bool awaitingReply = false) {
        Interaction i;
        i.contactId = id;
        i.direction = direction;
        i.kind = kind;
        i.at = clock.now() - daysAgo * kDay;
        i.askedHelp = askedHelp;
        i.gaveHelp = gaveHelp;
        i.awaitingReply = awaitingReply;
        store.change("Log", [&] { interactions.add(i, clock.now()); });
    }

    // Raw SQL for a test's setup. It bypasses ContactRepo, so like any bulk
    // writer it re-indexes for search afterwards (see search_index.h).
    void exec(const std::string& sql) {
        store.change("Edit", [&] {
            store.db().exec(sql);
            rebuildSearchIndex(store.db());
        });
    }
};

inline std::vector<std::string> names(const SearchPage& page) {
    std::vector<std::string> out;
    for (const auto& hit : page.hits)
        out.push_back(hit.card.displayName);
    return out;
}

inline std::vector<std::string> sorted(std::vector<std::string> v) {
    std::sort(v.begin(), v.end());
    return v;
}

} // namespace rk::test
