#pragma once
// Internal to planImport (import_plan.cpp): which card of a file is whom.
#include "core/io/import/import_plan.h"

#include <cstddef>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace rk {

class Database;

// What a card can be recognised by (see match_keys.h); a key too thin to
// match on is left out.
struct CardKeys {
    std::vector<std::string> emails;
    std::vector<std::string> phones;
    std::string name; // name and company
};

// What the database already knows, by key. The lowest id wins a shared key.
struct DatabaseKeys {
    std::unordered_map<std::string, ContactId> email, phone, name, uid;
    std::unordered_map<ContactId, std::string> names; // display names, for the preview

    [[nodiscard]] std::string nameOf(ContactId id) const;
};

struct KeyedCards {
    std::vector<CardKeys> cards; // one per card, in order
    DatabaseKeys database;
};

// Normalising the cards' names, addresses and numbers is about half of
// planning a large file and needs nothing but the card: a second thread keys
// the second half of a large file while this one reads the database's keys.
[[nodiscard]] KeyedCards keyCardsAndDatabase(Database& db, const std::vector<ImportCard>& cards);

// Matches each card, in file order, against the database and the earlier
// cards of the file (UID, then email, then phone, then name and company). A
// card that matches an earlier one, or a contact an earlier one already
// matched, is folded into that earlier card, and its entry says so; the
// entry holding the earlier card is its holder.
class CardMatcher {
public:
    CardMatcher(ImportPlan& plan, const DatabaseKeys& database) : m_plan(plan), m_db(database) {}

    // Adds the card's entry to the plan, and the card itself unless it was
    // folded into an earlier one.
    void add(ImportCard& card, const CardKeys& keys);
    // How many contacts of the database some card matched.
    [[nodiscard]] std::size_t matchedContacts() const { return m_entryForExisting.size(); }
    // Folded entry → the entry that holds its card.
    [[nodiscard]] const std::unordered_map<std::size_t, std::size_t>& holders() const {
        return m_holderOf;
    }

private:
    struct Match {
        std::optional<ContactId> existing;
        std::optional<std::size_t> earlier; // the entry holding an earlier card
        std::string by;
    };
    [[nodiscard]] Match find(const ImportCard& card, const CardKeys& keys) const;
    // Folds the card into the entry that holds an earlier one, or makes it a
    // card of the plan. Returns the entry that now carries it.
    std::size_t place(ImportCard& card, const Match& match, ImportPlanEntry& e);
    // This card's keys now lead to its holder too, so a third card can match
    // what the second brought. (Only this card's: re-keying the whole merged
    // card each time made a file of cards sharing one address quadratic.)
    void remember(const std::string& uid, const CardKeys& keys, std::size_t holder);

    ImportPlan& m_plan;
    const DatabaseKeys& m_db;
    // Earlier cards of this file, by key → the entry that holds them.
    std::unordered_map<std::string, std::size_t> m_email, m_phone, m_name, m_uid;
    std::unordered_map<ContactId, std::size_t> m_entryForExisting;
    std::unordered_map<std::size_t, std::size_t> m_holderOf;
};

} // namespace rk
