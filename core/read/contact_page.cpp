#include "core/read/contact_page.h"

#include "core/followup/birthday.h"
#include "core/repo/contact_repo.h"
#include "core/repo/event_repo.h"
#include "core/repo/interaction_repo.h"
#include "core/repo/reminder_repo.h"
#include "core/schedule/cadence.h"

namespace rk {

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
    return page;
}

} // namespace rk
