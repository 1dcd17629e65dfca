#include "core/search/reciprocity.h"

#include "core/db/statement.h"
#include "core/time/civil_date.h"
#include "core/time/clock.h"

namespace rk {

namespace {
constexpr std::int64_t kYear = 365 * 86400;
}

ReciprocityBalance Reciprocity::balance() const {
    if (asks == 0 && gives == 0) return ReciprocityBalance::None;
    // One favour either way is not a pattern; beyond that, "clearly more" is
    // a gap of two or more and at least twice as many.
    const int gap = asks - gives;
    if (gap >= 2 && asks >= 2 * gives) return ReciprocityBalance::MostlyAsking;
    if (-gap >= 2 && gives >= 2 * asks) return ReciprocityBalance::MostlyGiving;
    return ReciprocityBalance::Balanced;
}

std::string_view balanceLabel(ReciprocityBalance balance) {
    switch (balance) {
    case ReciprocityBalance::None:
        return "No asks or gives yet";
    case ReciprocityBalance::Balanced:
        return "Balanced";
    case ReciprocityBalance::MostlyAsking:
        return "Mostly asking";
    case ReciprocityBalance::MostlyGiving:
        return "Mostly giving";
    }
    return "";
}

Reciprocity loadReciprocity(Database& db, ContactId id, std::int64_t now) {
    Reciprocity r;
    Statement st(db, "SELECT at, asked_help, gave_help FROM interactions "
                     "WHERE contact_id = ?1 AND (asked_help <> 0 OR gave_help <> 0) ORDER BY at");
    st.bind(1, id);
    while (st.step()) {
        const std::int64_t at = st.int64(0);
        const bool asked = st.int64(1) != 0;
        const bool gave = st.int64(2) != 0;
        r.asks += asked;
        r.gives += gave;
        if (at >= now - kYear) {
            r.recentAsks += asked;
            r.recentGives += gave;
        }
        // Rows come oldest first, so a new year can only appear at the end.
        const int year = localDateOf(at).year;
        if (r.byYear.empty() || r.byYear.back().year != year) r.byYear.push_back({year, 0, 0});
        r.byYear.back().asks += asked;
        r.byYear.back().gives += gave;
    }
    return r;
}

bool shouldSuggestRekindleFirst(const ContactActivity& activity, std::int64_t now,
                                const WarmthPolicy& policy) {
    return !hasRecentTwoWayContact(activity, now, policy);
}

bool shouldSuggestRekindleFirst(Database& db, ContactId id, const Clock& clock,
                                const WarmthPolicy& policy) {
    return shouldSuggestRekindleFirst(loadActivity(db, id), clock.now(), policy);
}

} // namespace rk
