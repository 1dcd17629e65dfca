#include "core/read/contact_page.h"

#include "core/followup/birthday.h"
#include "core/repo/contact_repo.h"
#include "core/repo/event_repo.h"
#include "core/repo/interaction_repo.h"
#include "core/repo/link_repo.h"
#include "core/db/statement.h"
#include "core/repo/reminder_repo.h"
#include "core/schedule/cadence.h"

namespace rk {

namespace {

std::vector<PersonLink> linksOf(Database& db, ContactId id) {
    ContactRepo contacts(db);
    std::vector<PersonLink> out;
    for (const ContactLink& link : LinkRepo(db).forContact(id)) {
        PersonLink row;
        row.linkId = link.id;
        row.kind = link.kind;
        row.fromSide = link.from == id;
        row.note = link.note;
        const ContactId otherId = row.fromSide ? link.to : link.from;
        Statement trashed(db, "SELECT deleted_at IS NOT NULL FROM contacts WHERE id = ?1");
        trashed.bind(1, otherId);
        if (trashed.step() && trashed.int64(0) != 0) continue; // comes back with them
        auto other = contacts.card(otherId);
        if (!other) continue;
        row.other = std::move(*other);
        out.push_back(std::move(row));
    }
    return out;
}

// A value as the sync recorded it (core/sync/card_merge: lists one item a
// line, a method's kind, label and value tab-separated, a photo as base64),
// as a person reads it.
std::string readable(const std::string& field, const std::string& value) {
    if (value.empty()) return "(empty)";
    if (field == "photo") return "(a photo)";
    std::string out;
    for (char c : value) out += c == '\t' ? ' ' : c;
    return out;
}

std::vector<ServerValue> serverValuesOf(Database& db, ContactId id) {
    Statement q(db, "SELECT id, field, local_value, remote_value, at FROM sync_conflicts "
                    "WHERE contact_id = ? ORDER BY at DESC, id DESC");
    q.bind(1, id);
    std::vector<ServerValue> out;
    while (q.step()) {
        const std::string field = q.text(1);
        out.push_back({q.int64(0), field, readable(field, q.text(2)), readable(field, q.text(3)), q.int64(4)});
    }
    return out;
}

} // namespace

std::string PersonLink::relation() const {
    // The other person is the subject: flip the direction this page reads from.
    const bool otherIsFrom = !fromSide;
    switch (kind) {
    case LinkKind::Knows:
        return "knows them";
    case LinkKind::WorksWith:
        return "works with them";
    case LinkKind::ManagerOf:
        return otherIsFrom ? "is their manager" : "reports to them";
    case LinkKind::Family:
        return "partner or family";
    case LinkKind::IntroducedMeTo:
        return otherIsFrom ? "introduced you to them" : "you met through them";
    case LinkKind::SchoolWith:
        return "went to school with them";
    }
    return "knows them";
}

std::optional<ContactPage> loadContactPage(Database& db, ContactId id, std::int64_t now,
                                           const WarmthPolicy& warmth) {
    auto contact = ContactRepo(db).get(id);
    if (!contact) return std::nullopt;
    ContactPage page;
    page.contact = std::move(*contact);
    page.timeline = InteractionRepo(db).forContact(id, ContactPage::kTimelineLimit + 1);
    page.timelineTruncated =
        page.timeline.size() > static_cast<size_t>(ContactPage::kTimelineLimit);
    if (page.timelineTruncated) page.timeline.pop_back();
    page.reminders = ReminderRepo(db).openForContact(id);
    if (page.contact.metAtEventId)
        if (auto event = EventRepo(db).get(*page.contact.metAtEventId))
            page.eventName = event->name;
    page.events = eventsOf(db, id);
    page.cadenceDays =
        CadencePolicy::load(db).daysFor(page.contact.circle, page.contact.cadenceDays);
    page.cadenceFromCircle = !page.contact.cadenceDays.has_value();
    page.impliedDue =
        cadenceDueDate(page.cadenceDays, page.contact.lastContactAt, page.contact.createdAt);
    if (auto birthday = Birthday::parse(page.contact.birthday))
        page.nextBirthday = birthday->nextOnOrAfter(localDateOf(now));
    page.reciprocity = loadReciprocity(db, id, now);
    const ContactActivity activity = loadActivity(db, id);
    page.warmth = assessWarmth(activity, now, warmth);
    page.suggestRekindle = shouldSuggestRekindleFirst(activity, now, warmth);
    page.links = linksOf(db, id);
    page.serverValues = serverValuesOf(db, id);
    return page;
}

} // namespace rk
