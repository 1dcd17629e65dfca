#include "core/io/import/import_plan.h"

#include "core/db/database.h"
#include "core/db/statement.h"
#include "core/io/import/card_matcher.h"
#include "core/io/import/contact_merge.h"
#include "core/io/import/import_relations.h"
#include "core/io/text/text_util.h"
#include "core/repo/contact_loader.h"
#include "core/repo/contact_repo.h"

#include <algorithm>
#include <optional>
#include <unordered_map>

namespace rk {

namespace {

// Above this many matches one bulk load beats a lookup per contact.
constexpr std::size_t kBulkLoadThreshold = 200;

// Phase 1. The reader's warnings ride along; each error it found is a
// rejected entry of its own, so the preview lists it at its line.
ImportPlan planOfProblems(ParseResult& parsed) {
    ImportPlan plan;
    plan.file = parsed.file;
    plan.fatal = parsed.fatal;
    plan.rejectedCount = parsed.errorCount;
    plan.skippedCount = parsed.skippedCount;
    plan.skippedReason = parsed.skippedReason;
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
    return plan;
}

// The matched contacts as they are now: all of them in one bulk load when
// many matched, else one lookup each.
class CurrentContacts {
public:
    CurrentContacts(Database& db, std::size_t matched) : m_repo(db) {
        if (matched > kBulkLoadThreshold)
            for (auto& c : loadAllContacts(db)) m_loaded.emplace(c.id, std::move(c));
    }
    // nullopt when the contact is gone (deleted since the keys were read).
    [[nodiscard]] std::optional<Contact> get(ContactId id) {
        if (auto it = m_loaded.find(id); it != m_loaded.end()) return it->second;
        if (m_loaded.empty()) return m_repo.get(id);
        return std::nullopt;
    }

private:
    ContactRepo m_repo;
    std::unordered_map<ContactId, Contact> m_loaded;
};

// How many of a card's interactions and reminders the contact does not have yet.
class HistoryCheck {
public:
    explicit HistoryCheck(Database& db)
        : m_interaction(db, "SELECT count(*) FROM interactions "
                            "WHERE contact_id=?1 AND kind=?2 AND at=?3"),
          m_reminder(db, "SELECT count(*) FROM reminders "
                         "WHERE contact_id=?1 AND due_date=?2 AND note=?3") {}

    [[nodiscard]] std::size_t newInteractions(ContactId id, const ImportCard& card) {
        std::size_t n = 0;
        for (const auto& x : card.interactions) {
            m_interaction.reset();
            m_interaction.bind(1, id).bind(2, static_cast<int>(x.kind)).bind(3, x.at);
            if (m_interaction.step() && m_interaction.int64(0) == 0) ++n;
        }
        return n;
    }
    [[nodiscard]] std::size_t newReminders(ContactId id, const ImportCard& card) {
        std::size_t n = 0;
        for (const auto& x : card.reminders) {
            m_reminder.reset();
            m_reminder.bind(1, id).bind(2, x.dueDate).bind(3, x.note);
            if (m_reminder.step() && m_reminder.int64(0) == 0) ++n;
        }
        return n;
    }

private:
    Statement m_interaction, m_reminder;
};

// Phase 4. Each card that matched a contact is a merge or leaves it unchanged,
// decided against what the contact holds now; a contact gone since its keys
// were read makes the card a new person.
void decideAgainstDatabase(Database& db, ImportPlan& plan, std::size_t firstCardEntry,
                           std::size_t matchedContacts) {
    CurrentContacts contacts(db, matchedContacts);
    HistoryCheck history(db);
    for (std::size_t i = firstCardEntry; i < plan.entries.size(); ++i) {
        ImportPlanEntry& e = plan.entries[i];
        if (e.foldedIntoEarlier || !e.existingId) {
            e.action = ImportAction::New;
            continue;
        }
        const std::optional<Contact> current = contacts.get(e.existingId);
        if (!current) {
            e.existingId = 0;
            e.action = ImportAction::New;
            continue;
        }
        const ImportCard& card = plan.cards[static_cast<std::size_t>(e.card)];
        const MergeResult r = mergeContact(*current, card.contact);
        std::vector<std::string> adds = r.added;
        if (auto n = history.newInteractions(e.existingId, card))
            adds.push_back(std::to_string(n) + " interaction(s)");
        if (auto n = history.newReminders(e.existingId, card))
            adds.push_back(std::to_string(n) + " reminder(s)");
        e.action = adds.empty() ? ImportAction::Unchanged : ImportAction::Merge;
        e.detail = adds.empty() ? "" : "adds " + join(adds, ", ");
        if (!r.conflicts.empty())
            e.detail += (e.detail.empty() ? "" : "; ") + join(r.conflicts, "; ");
    }
}

// Phase 5. A folded card shares its holder's fate: merged, unless the holder
// ended unchanged.
void followHolders(ImportPlan& plan, std::size_t firstCardEntry,
                   const std::unordered_map<std::size_t, std::size_t>& holderOf) {
    for (std::size_t i = firstCardEntry; i < plan.entries.size(); ++i) {
        ImportPlanEntry& e = plan.entries[i];
        if (!e.foldedIntoEarlier) continue;
        const bool holderUnchanged = plan.entries[holderOf.at(i)].action == ImportAction::Unchanged;
        e.action = holderUnchanged ? ImportAction::Unchanged : ImportAction::Merge;
    }
}

// The summary's counts, and the entries in file order (rejected rows came
// first from the reader).
void countAndSort(ImportPlan& plan) {
    for (const auto& e : plan.entries) {
        if (e.action == ImportAction::New) ++plan.newCount;
        else if (e.action == ImportAction::Merge) ++plan.mergedCount;
        else if (e.action == ImportAction::Unchanged) ++plan.unchangedCount;
    }
    std::stable_sort(plan.entries.begin(), plan.entries.end(),
                     [](const ImportPlanEntry& a, const ImportPlanEntry& b) { return a.line < b.line; });
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
           std::to_string(unchangedCount) + " unchanged, " + std::to_string(rejectedCount) + " rejected" +
           (skippedCount ? ", " + std::to_string(skippedCount) + " skipped" : "");
}

std::string ImportPlan::skippedSentence() const {
    if (skippedCount == 0) return {};
    std::string s = skippedCount == 1 ? "1 empty row was skipped"
                                      : std::to_string(skippedCount) + " empty rows were skipped";
    if (!skippedReason.empty()) s += ": " + skippedReason;
    return s + ".";
}

// Five phases: the reader's problems, the keys of every card and of the
// database, matching each card (card_matcher.h) and then the people cards
// name as related (import_relations.h), merged or unchanged against the
// database, and the folded cards following their holders.
ImportPlan planImport(Database& db, ParseResult parsed) {
    ImportPlan plan = planOfProblems(parsed);
    if (!plan.fatal.empty()) return plan;
    const KeyedCards keyed = keyCardsAndDatabase(db, parsed.cards);
    const std::size_t firstCardEntry = plan.entries.size();
    CardMatcher matcher(plan, keyed.database);
    plan.cards.reserve(parsed.cards.size());
    for (std::size_t i = 0; i < parsed.cards.size(); ++i)
        matcher.add(parsed.cards[i], keyed.cards[i]);
    planRelations(plan, keyed.database, matcher.holders());
    decideAgainstDatabase(db, plan, firstCardEntry, matcher.matchedContacts());
    markLinkOnlyMerges(db, plan);
    followHolders(plan, firstCardEntry, matcher.holders());
    countAndSort(plan);
    return plan;
}

} // namespace rk
