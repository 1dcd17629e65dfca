#include "core/io/import/import_rows.h"

#include "core/db/store_error.h"
#include "core/io/import/search_doc.h"
#include "core/io/text/text_util.h"

#include <algorithm>

namespace rk {

namespace {

SqlValue optional(const std::optional<std::int64_t>& v) {
    return v ? SqlValue(*v) : SqlValue();
}
SqlValue optional(const std::optional<int>& v) {
    return v ? SqlValue(std::int64_t(*v)) : SqlValue();
}
std::int64_t code(auto enumValue) {
    return static_cast<std::int64_t>(static_cast<int>(enumValue));
}

} // namespace

const std::vector<std::string> kNewContactColumns = {
    "id",           "given_name", "family_name", "display_name", "company",         "title",
    "industry",     "location",   "how_met",     "birthday",     "notes",           "circle",
    "cadence_days", "photo",      "created_at",  "updated_at",   "last_contact_at", "next_due"};
const std::vector<std::string> kMethodColumns = {"contact_id", "kind", "label", "value"};
const std::vector<std::string> kTagLinkColumns = {"contact_id", "tag_id"};
const std::vector<std::string> kKnowsColumns = {"contact_id", "topic"};
const std::vector<std::string> kRoleColumns = {"contact_id", "company", "title", "until"};
const std::vector<std::string> kInteractionColumns = {"contact_id", "kind",           "direction",
                                                      "at",         "note",           "asked_help",
                                                      "gave_help",  "awaiting_reply", "created_at"};
const std::vector<std::string> kReminderColumns = {"contact_id", "due_date", "note", "status",
                                                   "created_at"};

std::vector<SqlValue> interactionRow(std::int64_t id, const Interaction& i, std::int64_t now) {
    return {id,
            code(i.kind),
            code(i.direction),
            i.at,
            i.note,
            std::int64_t(i.askedHelp),
            std::int64_t(i.gaveHelp),
            std::int64_t(i.awaitingReply),
            now};
}

std::vector<SqlValue> reminderRow(std::int64_t id, const Reminder& r, std::int64_t now) {
    return {id, r.dueDate, r.note, code(r.status), r.createdAt ? r.createdAt : now};
}

NewContactRows newContactRows(std::int64_t id, const ImportCard& card, const TagTable& tags,
                              const CadencePolicy& policy, std::int64_t now) {
    const Contact& c = card.contact;
    NewContactRows rows;
    std::optional<std::int64_t> last;
    for (const auto& i : card.interactions)
        last = std::max(last.value_or(i.at), i.at);
    rows.contact = {id,
                    c.givenName,
                    c.familyName,
                    c.displayName,
                    c.company,
                    c.title,
                    c.industry,
                    c.location,
                    c.howMet,
                    c.birthday,
                    c.notes,
                    code(c.circle),
                    optional(c.cadenceDays),
                    c.photo.empty() ? SqlValue() : SqlValue(c.photo),
                    now,
                    now,
                    optional(last),
                    cadenceDueDate(policy.daysFor(c.circle, c.cadenceDays), last, now)};
    for (const auto& m : c.methods)
        if (!m.value.empty()) rows.methods.push_back({id, code(m.kind), m.label, m.value});
    std::vector<std::pair<std::int64_t, std::string>> stored;
    for (const auto& name : c.tags) {
        if (name.empty()) continue;
        const auto found = tags.find(asciiLower(name));
        if (found == tags.end())
            throw StoreError("The tag " + name + " was not created before its contact");
        stored.push_back(found->second);
        rows.tagLinks.push_back({id, found->second.first});
    }
    for (const auto& topic : c.knows)
        if (!topic.empty()) rows.knows.push_back({id, topic});
    for (const auto& r : c.pastRoles)
        rows.roles.push_back({id, r.company, r.title, r.until});
    for (const auto& i : card.interactions)
        rows.interactions.push_back(interactionRow(id, i, now));
    for (const auto& r : card.reminders)
        rows.reminders.push_back(reminderRow(id, r, now));
    rows.searchDoc = searchDocRow(id, c, std::move(stored));
    return rows;
}

} // namespace rk
