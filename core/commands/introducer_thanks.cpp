#include "core/commands/introducer_thanks.h"

#include "core/db/statement.h"
#include "core/model/contact_link.h"
#include "core/repo/reminder_repo.h"
#include "core/time/civil_date.h"

#include <algorithm>
#include <string>

namespace rk {

void remindToThankIntroducers(Database& db, const Interaction& logged, std::int64_t now) {
    Statement count(db, "SELECT count(*) FROM interactions WHERE contact_id = ?1");
    count.bind(1, logged.contactId);
    if (!count.step() || count.int64(0) != 1) return; // not the first

    Statement who(db, "SELECT display_name FROM contacts WHERE id = ?1");
    who.bind(1, logged.contactId);
    if (!who.step()) return;
    const std::string name = who.text(0);

    // Introducers still in the deck: the link reads "from introduced me to `to`".
    Statement introducers(
        db, "SELECT l.from_id FROM contact_links l JOIN contacts c ON c.id = l.from_id "
            "WHERE l.to_id = ?1 AND l.kind = ?2 AND c.deleted_at IS NULL AND c.archived_at IS NULL");
    introducers.bind(1, logged.contactId).bind(2, static_cast<int>(LinkKind::IntroducedMeTo));
    const CivilDate today = localDateOf(now);
    const CivilDate due =
        std::max(localDateOf(logged.at).addDays(kThankIntroducerAfterDays), today);
    ReminderRepo reminders(db);
    while (introducers.step()) {
        Reminder r;
        r.contactId = introducers.int64(0);
        r.dueDate = due.iso();
        r.note = "Tell them how it went with " + name + ": they introduced you";
        reminders.add(r, now);
    }
}

} // namespace rk
