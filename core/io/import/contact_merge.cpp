#include "core/io/import/contact_merge.h"

#include "core/io/import/match_keys.h"
#include "core/io/text/text_util.h"

#include <algorithm>
#include <unordered_set>

namespace rk {

namespace {

void fillText(std::string& mine, const std::string& theirs, const char* what, MergeResult& r) {
    if (theirs.empty() || mine == theirs) return;
    if (mine.empty()) {
        mine = theirs;
        r.added.emplace_back(what);
    } else if (foldName(mine) != foldName(theirs)) {
        std::string shortTheirs = theirs;
        truncateUtf8(shortTheirs, 80);
        r.conflicts.push_back(std::string(what) + ": kept \"" + mine + "\" (file: \"" + shortTheirs + "\")");
    }
}

// A person has a handful of phones or tags. Cards that all share one address
// would otherwise pile thousands onto one contact, and each further merge
// would cost more than the last.
constexpr std::size_t kMaxListItems = 100;
constexpr std::size_t kMaxMergedNotesBytes = 64u << 10;

template <class T, class Key>
void addMissing(std::vector<T>& mine, const std::vector<T>& theirs, Key key, const char* what,
                MergeResult& r) {
    if (theirs.empty()) return;
    std::unordered_set<std::string> have;
    for (const auto& x : mine) have.insert(key(x));
    bool addedAny = false;
    std::size_t leftOut = 0;
    for (const auto& x : theirs) {
        if (!have.insert(key(x)).second) continue;
        if (mine.size() >= kMaxListItems) {
            ++leftOut;
            continue;
        }
        mine.push_back(x);
        addedAny = true;
    }
    if (addedAny) r.added.emplace_back(what);
    if (leftOut)
        r.conflicts.push_back(std::string(what) + ": " + std::to_string(leftOut) + " left out (already " +
                              std::to_string(kMaxListItems) + ")");
}

} // namespace

MergeResult mergeContact(const Contact& existing, const Contact& incoming) {
    MergeResult r;
    r.merged = existing;
    Contact& c = r.merged;
    fillText(c.givenName, incoming.givenName, "given name", r);
    fillText(c.familyName, incoming.familyName, "family name", r);
    fillText(c.company, incoming.company, "company", r);
    fillText(c.title, incoming.title, "title", r);
    fillText(c.industry, incoming.industry, "industry", r);
    fillText(c.location, incoming.location, "location", r);
    fillText(c.howMet, incoming.howMet, "how we met", r);

    if (!incoming.birthday.empty() && c.birthday != incoming.birthday) {
        // "--04-12" + "1985-04-12": the file knows the year.
        const bool gainsYear = c.birthday.starts_with("--") && !incoming.birthday.starts_with("--") &&
                               incoming.birthday.size() == 10 && incoming.birthday.substr(4) == c.birthday.substr(1);
        if (c.birthday.empty() || gainsYear) {
            c.birthday = incoming.birthday;
            r.added.emplace_back("birthday");
        } else if (!(incoming.birthday.starts_with("--") && c.birthday.size() == 10 &&
                     c.birthday.substr(4) == incoming.birthday.substr(1))) {
            r.conflicts.push_back("birthday: kept " + c.birthday + " (file: " + incoming.birthday + ")");
        }
    }
    if (!incoming.notes.empty() && c.notes.size() + incoming.notes.size() > kMaxMergedNotesBytes) {
        r.conflicts.push_back("notes: kept the current notes (the file's would make them too long)");
    } else if (!incoming.notes.empty() && c.notes.find(incoming.notes) == std::string::npos) {
        c.notes += (c.notes.empty() ? "" : "\n\n") + incoming.notes;
        r.added.emplace_back("notes");
    }
    if (c.photo.empty() && !incoming.photo.empty()) {
        c.photo = incoming.photo;
        r.added.emplace_back("photo");
    }
    if (!c.metAtEventId && incoming.metAtEventId) c.metAtEventId = incoming.metAtEventId;

    auto methodsOf = [&](MethodKind kind) {
        std::vector<ContactMethod> out;
        for (const auto& m : incoming.methods)
            if (m.kind == kind) out.push_back({0, m.kind, m.label, m.value});
        return out;
    };
    addMissing(c.methods, methodsOf(MethodKind::Email), methodKey, "email", r);
    addMissing(c.methods, methodsOf(MethodKind::Phone), methodKey, "phone", r);
    addMissing(c.methods, methodsOf(MethodKind::Url), methodKey, "web address", r);
    auto folded = [](const std::string& s) { return foldName(s); };
    addMissing(c.tags, incoming.tags, folded, "tags", r);
    addMissing(c.knows, incoming.knows, folded, "knows about", r);
    addMissing(c.pastRoles, incoming.pastRoles,
               [](const PastRole& p) { return foldName(p.company) + '\x1F' + foldName(p.title); },
               "past roles", r);
    return r;
}

} // namespace rk
