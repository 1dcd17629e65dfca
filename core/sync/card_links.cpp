#include "core/sync/card_links.h"

#include "core/db/database.h"
#include "core/db/statement.h"
#include "core/io/vcard/content_line.h"
#include "core/io/vcard/vcard_lexer.h"
#include "core/model/contact_link.h"
#include "core/repo/link_repo.h"
#include "core/sync/sync_card.h"

#include <algorithm>
#include <unordered_map>

namespace rk {

namespace {

constexpr std::string_view kPrefix = "link;";
constexpr std::string_view kKindParam = "X-KIND", kToParam = "X-TO";

struct LinkOnCard {
    LinkKind kind = LinkKind::Knows;
    std::string otherUid;
    std::string note;
};

std::string lineOf(LinkKind kind, const std::string& otherUid, const std::string& note) {
    return std::string(kPrefix) + std::string(linkKey(kind)) + ";" + escapeText(otherUid) + ";" + escapeText(note);
}

std::optional<LinkOnCard> readLine(std::string_view line) {
    if (!isLinkLine(line)) return std::nullopt;
    const std::vector<std::string> parts = splitEscaped(line.substr(kPrefix.size()), ';');
    if (parts.size() != 3 || parts[1].empty()) return std::nullopt;
    bool reversed = false;
    const auto kind = linkKindFromKey(parts[0], &reversed);
    if (!kind || reversed) return std::nullopt;
    return LinkOnCard{*kind, parts[1], parts[2]};
}

// A UID a parameter can carry in quotes (RFC 6868 would escape these; no
// real UID has them, and such a link simply stays off the card).
bool quotable(std::string_view uid) {
    return uid.find_first_of("\"\r\n^") == std::string_view::npos;
}

// Card UIDs of the people here and back: the one the server knows them by,
// or for someone not on the server yet the one their first card will carry.
class CardUids {
public:
    explicit CardUids(Database& db)
        : m_db(db), m_uidOf(db, "SELECT uid FROM sync_cards WHERE contact_id = ?1"),
          m_idOf(db, "SELECT s.contact_id FROM sync_cards s JOIN contacts c ON c.id = s.contact_id "
                     "WHERE s.uid = ?1 AND c.deleted_at IS NULL"),
          m_person(db, "SELECT created_at, deleted_at IS NOT NULL FROM contacts WHERE id = ?1") {}

    // Empty for someone deleted for good, or in the trash when `liveOnly`.
    std::string uidOf(ContactId id, bool liveOnly) {
        m_person.reset();
        m_person.bind(1, id);
        if (!m_person.step() || (liveOnly && m_person.int64(1) != 0)) return {};
        const std::int64_t createdAt = m_person.int64(0);
        m_uidOf.reset();
        m_uidOf.bind(1, id);
        if (m_uidOf.step()) return m_uidOf.text(0);
        Contact c;
        c.id = id;
        c.createdAt = createdAt;
        return localCardUid(c, seed());
    }

    // The person (not in the trash) whose card has this UID; 0 for none.
    ContactId idOf(const std::string& uid) {
        m_idOf.reset();
        m_idOf.bind(1, uid);
        return m_idOf.step() ? m_idOf.int64(0) : 0;
    }

private:
    const std::string& seed() {
        if (!m_seed) m_seed = m_db.queryText("SELECT value FROM sync_settings WHERE key = 'device'");
        return *m_seed;
    }

    Database& m_db;
    Statement m_uidOf, m_idOf, m_person;
    std::optional<std::string> m_seed;
};

// The link lines on the card this database and the server last agreed on.
HistoryLines agreedLinkLines(Database& db, ContactId id) {
    Statement q(db, "SELECT base FROM sync_cards WHERE contact_id = ?1");
    q.bind(1, id);
    if (!q.step()) return {};
    const std::string base = q.text(0);
    if (base.find(kLinkProperty) == std::string::npos) return {};
    HistoryLines out;
    for (std::string& line : historyOnCard(base).lines)
        if (isLinkLine(line)) out.push_back(std::move(line));
    return out;
}

} // namespace

bool isLinkLine(std::string_view line) { return line.starts_with(kPrefix); }

std::optional<std::string> linkLineOf(const VCardProperty& p) {
    std::optional<LinkKind> kind;
    std::string to;
    for (const VCardParam& param : p.params) {
        std::string joined;
        for (const auto& v : param.values) joined += (joined.empty() ? "" : ",") + v;
        if (param.name == kKindParam) {
            bool reversed = false;
            kind = linkKindFromKey(joined, &reversed);
            if (reversed) return std::nullopt;
        } else if (param.name == kToParam) {
            to = joined;
        } else if (param.name != "VALUE") {
            return std::nullopt;
        }
    }
    if (!kind || to.empty()) return std::nullopt;
    return lineOf(*kind, to, unescapeText(p.value));
}

std::string linkPropertyOf(std::string_view line) {
    const std::optional<LinkOnCard> link = readLine(line);
    if (!link || !quotable(link->otherUid)) return {};
    return std::string(kLinkProperty) + ";" + std::string(kKindParam) + "=" + std::string(linkKey(link->kind)) + ";" +
           std::string(kToParam) + "=\"" + link->otherUid + "\":" + escapeText(link->note);
}

HistoryLines linksHere(Database& db, ContactId id) {
    const std::vector<ContactLink> links = LinkRepo(db).forContact(id);
    HistoryLines agreed = agreedLinkLines(db, id);
    if (links.empty() && agreed.empty()) return {};
    CardUids uids(db);
    HistoryLines out;
    const std::string mine = uids.uidOf(id, false);
    for (const ContactLink& link : links) {
        const ContactId other = link.from == id ? link.to : link.from;
        // Someone in the trash is off the server; their links wait with them.
        const std::string theirs = uids.uidOf(other, true);
        if (mine.empty() || theirs.empty() || !quotable(theirs)) continue;
        const bool onMyCard = isDirectional(link.kind) ? link.from == id : mine < theirs;
        if (onMyCard) out.push_back(lineOf(link.kind, theirs, link.note));
    }
    // What this database can't read as a link of its own stays as agreed.
    for (std::string& line : agreed)
        if (auto link = readLine(line); link && uids.idOf(link->otherUid) == 0) out.push_back(std::move(line));
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<ContactId> applyLinks(Database& db, ContactId id, const HistoryLines& add, const HistoryLines& remove,
                                  std::int64_t now) {
    std::vector<ContactId> others;
    if (std::none_of(add.begin(), add.end(), [](const auto& l) { return isLinkLine(l); }) &&
        std::none_of(remove.begin(), remove.end(), [](const auto& l) { return isLinkLine(l); }))
        return others;
    CardUids uids(db);
    LinkRepo repo(db);
    // Removals first: a note edited elsewhere is the old line gone and the new one come.
    for (const auto& line : remove) {
        const std::optional<LinkOnCard> link = readLine(line);
        const ContactId other = link ? uids.idOf(link->otherUid) : 0;
        if (other == 0) continue;
        if (auto here = repo.find(id, other, link->kind)) {
            repo.remove(here->id);
            others.push_back(other);
        }
    }
    for (const auto& line : add) {
        const std::optional<LinkOnCard> link = readLine(line);
        const ContactId other = link ? uids.idOf(link->otherUid) : 0;
        if (other == 0 || other == id || repo.find(id, other, link->kind)) continue;
        ContactLink made{0, id, other, link->kind, link->note, now};
        repo.add(made, now);
        others.push_back(other);
    }
    return others;
}

std::vector<ContactId> linkArrivals(Database& db, const std::set<std::string>& arrived,
                                    const std::set<ContactId>& handled, std::int64_t now) {
    std::vector<ContactId> linked;
    if (arrived.empty()) return linked;
    Statement cards(db, "SELECT contact_id, base FROM sync_cards WHERE instr(base, 'X-REKINDLE-LINK') > 0");
    while (cards.step()) {
        const ContactId id = cards.int64(0);
        if (handled.contains(id)) continue;
        HistoryLines naming;
        for (std::string& line : historyOnCard(cards.text(1)).lines)
            if (auto link = readLine(line); link && arrived.contains(link->otherUid)) naming.push_back(std::move(line));
        const std::vector<ContactId> others = applyLinks(db, id, naming, {}, now);
        if (!others.empty()) linked.push_back(id);
        linked.insert(linked.end(), others.begin(), others.end());
    }
    return linked;
}

} // namespace rk
