#include "core/io/import/import_plan.h"

#include "core/db/database.h"
#include "core/db/statement.h"
#include "core/io/import/contact_merge.h"
#include "core/io/import/match_keys.h"
#include "core/io/text/text_util.h"
#include "core/io/vcard/content_line.h"
#include "core/repo/contact_loader.h"
#include "core/repo/contact_repo.h"

#include <algorithm>
#include <future>
#include <optional>
#include <unordered_map>

namespace rk {

namespace {

// Above this many matches one bulk load beats a lookup per contact.
constexpr std::size_t kBulkLoadThreshold = 200;

struct Keys {
    std::vector<std::string> emails;
    std::vector<std::string> phones;
    std::string name;
};

Keys keysOf(const Contact& c) {
    Keys k;
    for (const auto& m : c.methods) {
        if (m.kind == MethodKind::Email) {
            if (auto e = emailKey(m.value); !e.empty()) k.emails.push_back(std::move(e));
        } else if (m.kind == MethodKind::Phone) {
            if (auto p = phoneKey(m.value); !p.empty()) k.phones.push_back(std::move(p));
        }
    }
    k.name = nameCompanyKey(c.displayName, c.company);
    return k;
}

// Keys the cards in [from, to) into keys[from, to).
void keyCards(const std::vector<ImportCard>& cards, std::vector<Keys>& keys, std::size_t from, std::size_t to) {
    for (std::size_t i = from; i < to; ++i) keys[i] = keysOf(cards[i].contact);
}

// The first key found whose target `fits` (see sameRecordAllowed below).
template <class Map, class Fits>
std::optional<typename Map::mapped_type> findAny(const Map& map, const std::vector<std::string>& keys, Fits fits) {
    for (const auto& k : keys)
        if (auto it = map.find(k); it != map.end() && fits(it->second)) return it->second;
    return std::nullopt;
}

// Cards whose exporter gave them different UIDs are separate records (two
// namesakes sharing an office address, say), so they never fold together.
bool sameRecordAllowed(const std::string& uidA, const std::string& uidB) {
    return uidA.empty() || uidB.empty() || uidA == uidB;
}

// Folds a later card of the same file into an earlier one for the same person.
// Returns what of `from` did not make it (kept the earlier value, left out).
std::vector<std::string> foldCard(ImportCard& into, const ImportCard& from) {
    MergeResult r = mergeContact(into.contact, from.contact);
    into.contact = std::move(r.merged);
    for (const auto& i : from.interactions) {
        const bool dup = std::any_of(into.interactions.begin(), into.interactions.end(),
                                     [&](const Interaction& x) { return x.kind == i.kind && x.at == i.at; });
        if (!dup) into.interactions.push_back(i);
    }
    for (const auto& x : from.reminders) into.reminders.push_back(x);
    return std::move(r.conflicts);
}

} // namespace

std::string_view importActionName(ImportAction action) {
    switch (action) {
    case ImportAction::New: return "new";
    case ImportAction::Merge: return "merged";
    case ImportAction::Unchanged: return "unchanged";
    case ImportAction::Rejected: return "rejected";
    }
    return "";
}

std::string ImportPlan::summary() const {
    return std::to_string(newCount) + " new, " + std::to_string(mergedCount) + " merged, " +
           std::to_string(unchangedCount) + " unchanged, " + std::to_string(rejectedCount) + " rejected";
}

ImportPlan planImport(Database& db, ParseResult parsed) {
    ImportPlan plan;
    plan.file = parsed.file;
    plan.fatal = parsed.fatal;
    plan.rejectedCount = parsed.errorCount;
    for (auto& p : parsed.problems) {
        if (p.severity == ProblemSeverity::Warning) {
            plan.warnings.push_back(std::move(p));
            continue;
        }
        ImportPlanEntry e;
        e.action = ImportAction::Rejected;
        e.line = p.line;
        e.detail = std::move(p.message);
        plan.entries.push_back(std::move(e));
    }
    if (!plan.fatal.empty()) return plan;
    // Normalising the cards' names, addresses and numbers is about half of
    // planning a large file and needs nothing but the card: a second thread
    // keys the second half while this one reads the database's keys.
    constexpr std::size_t kSplitKeysFrom = 2000; // below this a thread costs more than it saves
    std::vector<Keys> cardKeys(parsed.cards.size());
    const std::size_t half = parsed.cards.size() >= kSplitKeysFrom ? parsed.cards.size() / 2 : parsed.cards.size();
    std::future<void> secondHalf;
    if (half < parsed.cards.size())
        secondHalf = std::async(std::launch::async, keyCards, std::cref(parsed.cards), std::ref(cardKeys), half,
                                parsed.cards.size());

    // What the database already knows, by key. The lowest id wins a shared key.
    std::unordered_map<std::string, ContactId> dbEmail, dbPhone, dbName, dbUid;
    std::unordered_map<ContactId, std::string> dbNames;
    {
        Statement st(db, "SELECT m.contact_id, m.kind, m.value FROM contact_methods m JOIN contacts c "
                         "ON c.id = m.contact_id WHERE c.deleted_at IS NULL AND m.kind IN (0, 1) "
                         "ORDER BY m.contact_id");
        while (st.step()) {
            const std::string v = st.text(2);
            if (st.int32(1) == 0) {
                if (auto k = emailKey(v); !k.empty()) dbEmail.emplace(k, st.int64(0));
            } else if (auto k = phoneKey(v); !k.empty()) {
                dbPhone.emplace(k, st.int64(0));
            }
        }
        Statement names(db, "SELECT id, display_name, company, created_at FROM contacts "
                            "WHERE deleted_at IS NULL ORDER BY id");
        while (names.step()) {
            const std::string name = names.text(1);
            if (auto k = nameCompanyKey(name, names.text(2)); !k.empty()) dbName.emplace(k, names.int64(0));
            dbNames.emplace(names.int64(0), name);
            // A card from our own export names its contact exactly.
            dbUid.emplace(contactVCardUid(names.int64(0), names.int64(3)), names.int64(0));
        }
    }

    keyCards(parsed.cards, cardKeys, 0, half);
    if (secondHalf.valid()) secondHalf.get();

    // Earlier cards of this file, by key → the entry that holds them.
    std::unordered_map<std::string, std::size_t> fileEmail, filePhone, fileName, fileUid;
    std::unordered_map<ContactId, std::size_t> entryForExisting;
    const std::size_t firstCardEntry = plan.entries.size();
    std::unordered_map<std::size_t, std::size_t> holderOf; // folded entry → its holder
    plan.cards.reserve(parsed.cards.size());

    for (std::size_t cardIndex = 0; cardIndex < parsed.cards.size(); ++cardIndex) {
        ImportCard& card = parsed.cards[cardIndex];
        const Keys& k = cardKeys[cardIndex];
        ImportPlanEntry e;
        e.line = card.line;
        e.name = card.contact.displayName;
        std::optional<ContactId> existing;
        std::optional<std::size_t> earlier;
        const std::string cardUid = card.uid; // the card itself may move into the plan below
        const std::vector<std::string> uid = cardUid.empty() ? std::vector<std::string>{} : std::vector{cardUid};
        const std::vector<std::string> name = k.name.empty() ? std::vector<std::string>{} : std::vector{k.name};
        // An earlier card, or a contact an earlier card already matched, may
        // take this one only when their UIDs allow it.
        auto earlierFits = [&](std::size_t holder) {
            return sameRecordAllowed(plan.cards[static_cast<std::size_t>(plan.entries[holder].card)].uid, card.uid);
        };
        auto existingFits = [&](ContactId id) {
            auto it = entryForExisting.find(id);
            return it == entryForExisting.end() || earlierFits(it->second);
        };
        auto anyId = [](auto) { return true; };
        if ((earlier = findAny(fileUid, uid, anyId))) e.matchedBy = "UID";
        else if ((existing = findAny(dbUid, uid, anyId))) e.matchedBy = "UID";
        else if ((existing = findAny(dbEmail, k.emails, existingFits))) e.matchedBy = "email";
        else if ((earlier = findAny(fileEmail, k.emails, earlierFits))) e.matchedBy = "email";
        else if ((existing = findAny(dbPhone, k.phones, existingFits))) e.matchedBy = "phone";
        else if ((earlier = findAny(filePhone, k.phones, earlierFits))) e.matchedBy = "phone";
        else if ((existing = findAny(dbName, name, existingFits))) e.matchedBy = "name and company";
        else if ((earlier = findAny(fileName, name, earlierFits))) e.matchedBy = "name and company";

        if (existing) {
            if (auto it = entryForExisting.find(*existing); it != entryForExisting.end()) earlier = it->second;
        }
        std::size_t holder = plan.entries.size(); // the entry whose card now carries this one
        if (earlier) {
            holder = *earlier;
            ImportPlanEntry& first = plan.entries[holder];
            e.detail = join(foldCard(plan.cards[static_cast<std::size_t>(first.card)], card), "; ");
            e.foldedIntoEarlier = true;
            e.existingId = first.existingId;
            e.existingName = first.existingId ? first.existingName : first.name;
            e.matchedBy += ", same person as line " + std::to_string(first.line);
            holderOf.emplace(plan.entries.size(), holder);
        } else {
            e.card = static_cast<std::ptrdiff_t>(plan.cards.size());
            if (existing) {
                e.existingId = *existing;
                e.existingName = dbNames[*existing];
                entryForExisting.emplace(*existing, holder);
            }
            plan.cards.push_back(std::move(card));
        }
        // This card's keys now lead to its holder too, so a third card can
        // match what the second brought. (Only this card's: re-keying the
        // whole merged card each time made a file of cards sharing one
        // address quadratic.)
        if (!cardUid.empty()) fileUid.emplace(cardUid, holder);
        for (const auto& x : k.emails) fileEmail.emplace(x, holder);
        for (const auto& x : k.phones) filePhone.emplace(x, holder);
        if (!k.name.empty()) fileName.emplace(k.name, holder);
        plan.entries.push_back(std::move(e));
    }

    // Decide merged or unchanged against what each matched contact holds now.
    std::unordered_map<ContactId, Contact> loaded;
    if (entryForExisting.size() > kBulkLoadThreshold)
        for (auto& c : loadAllContacts(db)) loaded.emplace(c.id, std::move(c));
    ContactRepo repo(db);
    Statement seen(db, "SELECT count(*) FROM interactions WHERE contact_id=?1 AND kind=?2 AND at=?3");
    Statement seenReminder(db, "SELECT count(*) FROM reminders WHERE contact_id=?1 AND due_date=?2 AND note=?3");
    for (std::size_t i = firstCardEntry; i < plan.entries.size(); ++i) {
        ImportPlanEntry& e = plan.entries[i];
        if (e.foldedIntoEarlier || !e.existingId) {
            e.action = ImportAction::New;
            continue;
        }
        std::optional<Contact> current;
        if (auto it = loaded.find(e.existingId); it != loaded.end()) current = it->second;
        else if (loaded.empty()) current = repo.get(e.existingId);
        const ImportCard& card = plan.cards[static_cast<std::size_t>(e.card)];
        if (!current) { // gone since the index was read
            e.existingId = 0;
            e.action = ImportAction::New;
            continue;
        }
        MergeResult r = mergeContact(*current, card.contact);
        std::size_t newInteractions = 0;
        for (const auto& x : card.interactions) {
            seen.reset();
            seen.bind(1, e.existingId).bind(2, static_cast<int>(x.kind)).bind(3, x.at);
            if (seen.step() && seen.int64(0) == 0) ++newInteractions;
        }
        std::size_t newReminders = 0;
        for (const auto& x : card.reminders) {
            seenReminder.reset();
            seenReminder.bind(1, e.existingId).bind(2, x.dueDate).bind(3, x.note);
            if (seenReminder.step() && seenReminder.int64(0) == 0) ++newReminders;
        }
        std::vector<std::string> adds = r.added;
        if (newInteractions) adds.push_back(std::to_string(newInteractions) + " interaction(s)");
        if (newReminders) adds.push_back(std::to_string(newReminders) + " reminder(s)");
        e.action = adds.empty() ? ImportAction::Unchanged : ImportAction::Merge;
        e.detail = adds.empty() ? "" : "adds " + join(adds, ", ");
        if (!r.conflicts.empty()) e.detail += (e.detail.empty() ? "" : "; ") + join(r.conflicts, "; ");
    }
    // A folded card shares its holder's fate: merged, unless the holder ended unchanged.
    for (std::size_t i = firstCardEntry; i < plan.entries.size(); ++i) {
        ImportPlanEntry& e = plan.entries[i];
        if (!e.foldedIntoEarlier) continue;
        const bool holderUnchanged = plan.entries[holderOf.at(i)].action == ImportAction::Unchanged;
        e.action = holderUnchanged ? ImportAction::Unchanged : ImportAction::Merge;
    }
    for (const auto& e : plan.entries) {
        if (e.action == ImportAction::New) ++plan.newCount;
        else if (e.action == ImportAction::Merge) ++plan.mergedCount;
        else if (e.action == ImportAction::Unchanged) ++plan.unchangedCount;
    }
    std::stable_sort(plan.entries.begin(), plan.entries.end(),
                     [](const ImportPlanEntry& a, const ImportPlanEntry& b) { return a.line < b.line; });
    return plan;
}

} // namespace rk
