#include "core/intro/intro_target.h"

#include "core/db/database.h"
#include "core/db/statement.h"
#include "core/repo/contact_repo.h"

#include <algorithm>
#include <cctype>

namespace rk {

namespace {

constexpr const char* kActive = "deleted_at IS NULL AND archived_at IS NULL";

std::string lower(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::string trimmed(std::string_view text) {
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
    std::string out(text);
    if (out.size() >= 2 && out.front() == '"' && out.back() == '"') out = out.substr(1, out.size() - 2);
    return out;
}

std::vector<ContactId> ids(Database& db, const std::string& sql, const std::string& value) {
    Statement st(db, sql);
    st.bind(1, value);
    std::vector<ContactId> out;
    while (st.step()) out.push_back(st.int64(0));
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

} // namespace

IntroTarget resolveIntroTarget(Database& db, std::string_view text) {
    IntroTarget target;
    const std::string whole = trimmed(text);
    const auto colon = whole.find(':');
    std::string prefix = colon == std::string::npos ? "" : lower(whole.substr(0, colon));
    const std::string value = colon == std::string::npos ? whole : trimmed(whole.substr(colon + 1));
    if (value.empty()) {
        target.problem = "Say who you would like to meet: a name, or at:Company, in:Industry, role:Title or knows:Topic.";
        return target;
    }
    const std::string active = kActive;
    // A bare word that names no one may be a company or an industry
    // ("intro:Stripe"): read it as at: or in: when the network has such people.
    if (prefix.empty() && ContactRepo(db).findByName(value, 1).empty()) {
        if (!ids(db, "SELECT id FROM contacts WHERE company = ?1 COLLATE NOCASE AND " + active, value).empty())
            prefix = "at";
        else if (!ids(db, "SELECT id FROM contacts WHERE industry = ?1 COLLATE NOCASE AND " + active, value).empty())
            prefix = "in";
    }
    if (prefix == "at") {
        target.label = "someone at " + value;
        target.people = ids(db, "SELECT id FROM contacts WHERE company = ?1 COLLATE NOCASE AND " + active, value);
    } else if (prefix == "in") {
        target.label = "someone in " + value;
        target.people = ids(db, "SELECT id FROM contacts WHERE industry = ?1 COLLATE NOCASE AND " + active, value);
    } else if (prefix == "role") {
        target.label = "a " + value;
        target.people = ids(db, "SELECT id FROM contacts WHERE title LIKE '%' || ?1 || '%' AND " + active, value);
    } else if (prefix == "knows") {
        target.label = "someone who knows about " + value;
        target.people = ids(db,
                            "SELECT k.contact_id FROM contact_knows k JOIN contacts c ON c.id = k.contact_id "
                            "WHERE k.topic = ?1 AND c." + std::string("deleted_at IS NULL AND c.archived_at IS NULL"),
                            value);
    } else if (!prefix.empty()) {
        target.problem = "\"" + prefix + ":\" is not something Rekindle can look for. Use at:, in:, role: or knows:.";
        return target;
    } else {
        // A person: their whole name, or a part that names one person.
        const auto matches = ContactRepo(db).findByName(value, 20);
        std::vector<const ContactCard*> exact;
        for (const auto& m : matches)
            if (lower(m.displayName) == lower(value)) exact.push_back(&m);
        const ContactCard* one = matches.size() == 1 ? &matches.front() : exact.size() == 1 ? exact.front() : nullptr;
        if (one) {
            target.isPerson = true;
            target.label = one->displayName;
            target.people = {one->id};
        } else if (matches.empty()) {
            target.problem = "No one in your network is called \"" + value +
                             "\", works at it or is in it. Try role:" + value + " or knows:" + value + ".";
        } else {
            target.problem = "\"" + value + "\" matches more than one person. Give more of the name.";
        }
        return target;
    }
    if (target.people.empty()) {
        target.problem = "No one in your network is " + target.label + " yet.";
    } else if (prefix == "at" || prefix == "in") {
        // Named as the network spells it ("at:stripe" is someone at Stripe).
        Statement st(db, std::string("SELECT ") + (prefix == "at" ? "company" : "industry") + " FROM contacts WHERE id = ?1");
        st.bind(1, target.people.front());
        if (st.step()) target.label = "someone " + std::string(prefix == "at" ? "at " : "in ") + st.text(0);
    }
    return target;
}

} // namespace rk
