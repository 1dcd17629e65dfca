#include "core/io/import/card_matcher.h"

#include "core/db/database.h"
#include "core/db/statement.h"
#include "core/io/import/contact_merge.h"
#include "core/io/import/match_keys.h"
#include "core/io/text/text_util.h"
#include "core/io/vcard/content_line.h"

#include <algorithm>
#include <future>

namespace rk {

namespace {

CardKeys keysOf(const Contact& c) {
    CardKeys k;
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
void keyCards(const std::vector<ImportCard>& cards, std::vector<CardKeys>& keys, std::size_t from,
              std::size_t to) {
    for (std::size_t i = from; i < to; ++i)
        keys[i] = keysOf(cards[i].contact);
}

DatabaseKeys readDatabaseKeys(Database& db) {
    DatabaseKeys keys;
    Statement st(db, "SELECT m.contact_id, m.kind, m.value FROM contact_methods m JOIN contacts c "
                     "ON c.id = m.contact_id WHERE c.deleted_at IS NULL AND m.kind IN (0, 1) "
                     "ORDER BY m.contact_id");
    while (st.step()) {
        const std::string v = st.text(2);
        if (st.int32(1) == 0) {
            if (auto k = emailKey(v); !k.empty()) keys.email.emplace(k, st.int64(0));
        } else if (auto k = phoneKey(v); !k.empty()) {
            keys.phone.emplace(k, st.int64(0));
        }
    }
    Statement names(db, "SELECT id, display_name, company, created_at FROM contacts "
                        "WHERE deleted_at IS NULL ORDER BY id");
    while (names.step()) {
        const std::string name = names.text(1);
        if (auto k = nameCompanyKey(name, names.text(2)); !k.empty())
            keys.name.emplace(k, names.int64(0));
        keys.names.emplace(names.int64(0), name);
        // A card from our own export names its contact exactly.
        keys.uid.emplace(contactVCardUid(names.int64(0), names.int64(3)), names.int64(0));
    }
    return keys;
}

// The first key found whose target `fits` (see sameRecordAllowed below).
template <class Map, class Fits>
std::optional<typename Map::mapped_type> findAny(const Map& map,
                                                 const std::vector<std::string>& keys, Fits fits) {
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
        const bool dup =
            std::any_of(into.interactions.begin(), into.interactions.end(),
                        [&](const Interaction& x) { return x.kind == i.kind && x.at == i.at; });
        if (!dup) into.interactions.push_back(i);
    }
    for (const auto& x : from.reminders)
        into.reminders.push_back(x);
    for (const auto& relation : from.relations)
        if (std::find(into.relations.begin(), into.relations.end(), relation) == into.relations.end())
            into.relations.push_back(relation);
    return std::move(r.conflicts);
}

} // namespace

std::string DatabaseKeys::nameOf(ContactId id) const {
    auto it = names.find(id);
    return it == names.end() ? std::string() : it->second;
}

KeyedCards keyCardsAndDatabase(Database& db, const std::vector<ImportCard>& cards) {
    constexpr std::size_t kSplitKeysFrom = 2000; // below this a thread costs more than it saves
    KeyedCards keyed;
    keyed.cards.resize(cards.size());
    const std::size_t half = cards.size() >= kSplitKeysFrom ? cards.size() / 2 : cards.size();
    std::future<void> secondHalf;
    if (half < cards.size())
        secondHalf = std::async(std::launch::async, keyCards, std::cref(cards),
                                std::ref(keyed.cards), half, cards.size());
    keyed.database = readDatabaseKeys(db);
    keyCards(cards, keyed.cards, 0, half);
    if (secondHalf.valid()) secondHalf.get();
    return keyed;
}

void CardMatcher::add(ImportCard& card, const CardKeys& keys) {
    ImportPlanEntry e;
    e.line = card.line;
    e.name = card.contact.displayName;
    const std::string uid = card.uid; // the card itself may move into the plan
    Match match = find(card, keys);
    e.matchedBy = std::move(match.by);
    const std::size_t holder = place(card, match, e);
    remember(uid, keys, holder);
    m_plan.entries.push_back(std::move(e));
}

CardMatcher::Match CardMatcher::find(const ImportCard& card, const CardKeys& k) const {
    const std::vector<std::string> uid =
        card.uid.empty() ? std::vector<std::string>{} : std::vector{card.uid};
    const std::vector<std::string> name =
        k.name.empty() ? std::vector<std::string>{} : std::vector{k.name};
    // An earlier card, or a contact an earlier card already matched, may
    // take this one only when their UIDs allow it.
    auto earlierFits = [&](std::size_t holder) {
        return sameRecordAllowed(
            m_plan.cards[static_cast<std::size_t>(m_plan.entries[holder].card)].uid, card.uid);
    };
    auto existingFits = [&](ContactId id) {
        auto it = m_entryForExisting.find(id);
        return it == m_entryForExisting.end() || earlierFits(it->second);
    };
    auto anyId = [](auto) { return true; };
    Match m;
    // The order of the tries is the rule, so it stays a table.
    // clang-format off
    if ((m.earlier = findAny(m_uid, uid, anyId))) m.by = "UID";
    else if ((m.existing = findAny(m_db.uid, uid, anyId))) m.by = "UID";
    else if ((m.existing = findAny(m_db.email, k.emails, existingFits))) m.by = "email";
    else if ((m.earlier = findAny(m_email, k.emails, earlierFits))) m.by = "email";
    else if ((m.existing = findAny(m_db.phone, k.phones, existingFits))) m.by = "phone";
    else if ((m.earlier = findAny(m_phone, k.phones, earlierFits))) m.by = "phone";
    else if ((m.existing = findAny(m_db.name, name, existingFits))) m.by = "name and company";
    else if ((m.earlier = findAny(m_name, name, earlierFits))) m.by = "name and company";
    // clang-format on
    // A contact an earlier card matched is reached through that card.
    if (m.existing)
        if (auto it = m_entryForExisting.find(*m.existing); it != m_entryForExisting.end())
            m.earlier = it->second;
    return m;
}

std::size_t CardMatcher::place(ImportCard& card, const Match& match, ImportPlanEntry& e) {
    const std::size_t entry = m_plan.entries.size(); // e's index once it is added
    if (match.earlier) {
        const ImportPlanEntry& first = m_plan.entries[*match.earlier];
        e.detail = join(foldCard(m_plan.cards[static_cast<std::size_t>(first.card)], card), "; ");
        e.foldedIntoEarlier = true;
        e.existingId = first.existingId;
        e.existingName = first.existingId ? first.existingName : first.name;
        e.matchedBy += ", same person as line " + std::to_string(first.line);
        m_holderOf.emplace(entry, *match.earlier);
        return *match.earlier;
    }
    e.card = static_cast<std::ptrdiff_t>(m_plan.cards.size());
    if (match.existing) {
        e.existingId = *match.existing;
        e.existingName = m_db.nameOf(*match.existing);
        m_entryForExisting.emplace(*match.existing, entry);
    }
    m_plan.cards.push_back(std::move(card));
    return entry;
}

void CardMatcher::remember(const std::string& uid, const CardKeys& k, std::size_t holder) {
    if (!uid.empty()) m_uid.emplace(uid, holder);
    for (const auto& x : k.emails)
        m_email.emplace(x, holder);
    for (const auto& x : k.phones)
        m_phone.emplace(x, holder);
    if (!k.name.empty()) m_name.emplace(k.name, holder);
}

} // namespace rk
