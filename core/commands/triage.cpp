#include "core/commands/triage.h"

#include "core/commands/contact_lookup.h"
#include "core/commands/interaction_rules.h"
#include "core/commands/introducer_thanks.h"
#include "core/db/statement.h"
#include "core/db/store_error.h"
#include "core/followup/day_stats.h"
#include "core/followup/followup_planner.h"
#include "core/followup/followup_rules.h"
#include "core/followup/followup_text.h"
#include "core/repo/contact_repo.h"
#include "core/repo/interaction_repo.h"
#include "core/repo/link_repo.h"
#include "core/repo/reminder_repo.h"
#include "core/schedule/user_settings.h"
#include "core/store/store.h"

#include <algorithm>
#include <functional>

namespace rk {

namespace {

// Trashed people can't be triaged or logged.
std::string requireContactName(Database& db, ContactId id) {
    return requireActiveContact(db, id).name;
}

using Body = std::function<void(FollowUpPlanner&, DayStats&, const CivilDate&, TriageResult&)>;

enum class Bookkeeping {
    Full,      // a card was handled: fix the rekindle batch, note a cleared queue
    BatchOnly, // a change that may move the rekindle pool
};

// The day's bookkeeping around a command, inside a change already open:
// today's rekindle batch is fixed before anything moves (so handling one
// offer never pulls in a replacement), and an emptied queue extends the streak.
void triageSteps(Store& store, const Body& body, TriageResult& result, Bookkeeping bookkeeping) {
    Database& db = store.db();
    const CivilDate today = store.clock().today();
    FollowUpPlanner planner(db);
    DayStats stats = DayStats::load(db, today);
    if (!stats.batchFixed) {
        stats.rekindleBatch = planner.rekindleBatch(today);
        stats.batchFixed = true;
    }
    body(planner, stats, today, result);
    stats.save(db);
    if (bookkeeping == Bookkeeping::Full && planner.isEmpty(today)) {
        result.queueCleared = true;
        stats.noteCleared();
        stats.save(db);
    }
}

// One undoable change: the command with the day's bookkeeping around it.
TriageResult runTriage(Store& store, const std::string& label, const Body& body,
                       Bookkeeping bookkeeping = Bookkeeping::Full) {
    TriageResult result;
    result.label = label;
    store.change(label, [&] { triageSteps(store, body, result, bookkeeping); });
    return result;
}

// Writes the interaction and everything that follows from it.
void recordInteraction(Database& db, const FollowUpSettings& settings, Interaction& i,
                       std::int64_t now) {
    InteractionRepo(db).add(i, now);
    remindToThankIntroducers(db, i, now);
    if (i.direction == Direction::In || i.awaitingReply) {
        // An answer ends the wait on everything before it; a newly flagged
        // message restarts the clock ("no reply since" its own date).
        Statement clear(db,
                        "UPDATE interactions SET awaiting_reply = 0 WHERE contact_id = ?1 AND "
                        "awaiting_reply = 1 AND id <> ?2 AND (at < ?3 OR (at = ?3 AND id < ?2))");
        clear.bind(1, i.contactId).bind(2, i.id).bind(3, i.at).run();
    }
    Statement reset(
        db, "UPDATE contacts SET snoozed_until = '', snooze_count = 0, skip_until = '' "
            "WHERE id = ?1 AND (snoozed_until <> '' OR snooze_count <> 0 OR skip_until <> '')");
    reset.bind(1, i.contactId).run();
    refreshNextDue(db, settings.cadence, i.contactId);
}

void stopWaiting(Database& db, std::int64_t interactionId) {
    Statement st(db,
                 "UPDATE interactions SET awaiting_reply = 0 WHERE id = ?1 AND awaiting_reply = 1");
    st.bind(1, interactionId).run();
}

void prepareLog(Store& store, Interaction& interaction, ContactFacts& who) {
    checkInteraction(interaction);
    who = requireActiveContact(store.db(), interaction.contactId);
    if (interaction.at == 0) interaction.at = store.clock().now();
}

// Swipe right's steps: the log, and the card's due reminders and chased
// messages settled.
Body doneSteps(Store& store, Interaction& interaction) {
    return [&store, &interaction](FollowUpPlanner& planner, DayStats& stats, const CivilDate& today,
                                  TriageResult& result) {
        Database& db = store.db();
        const auto card = planner.card(interaction.contactId, today);
        recordInteraction(db, planner.settings(), interaction, store.clock().now());
        result.interactionId = interaction.id;
        if (!card) return;
        ReminderRepo reminders(db);
        for (const QueueReason& r : card->reasons) {
            if (r.kind == DueReason::Reminder)
                reminders.setStatus(r.reminderId, FollowUpStatus::Done);
            if (r.kind == DueReason::AwaitingReply) stopWaiting(db, r.interactionId);
        }
        ++stats.done;
    };
}

Body snoozeSteps(Store& store, ContactId id, const CivilDate& until) {
    return [&store, id, until](FollowUpPlanner& planner, DayStats& stats, const CivilDate& day,
                               TriageResult& result) {
        if (planner.card(id, day)) ++stats.snoozed;
        Statement st(store.db(),
                     "UPDATE contacts SET snoozed_until = ?2, snooze_count = snooze_count + 1 "
                     "WHERE id = ?1");
        st.bind(1, id).bind(2, until.iso()).run();
        result.until = until;
    };
}

} // namespace

// Kept lean: this is the path every log takes, and its commit has a budget.
// Only logging with a dormant person can move the rekindle pool.
TriageResult logInteraction(Store& store, Interaction& interaction) {
    ContactFacts who;
    prepareLog(store, interaction, who);
    const FollowUpSettings settings = FollowUpSettings::load(store.db());
    const DayContext ctx(store.clock().today(), settings);
    const std::string label = loggedLabel(interaction.kind, interaction.direction, who.name);
    if (who.quietSince < ctx.dormantCutoff)
        return runTriage(
            store, label,
            [&](FollowUpPlanner&, DayStats&, const CivilDate&, TriageResult& result) {
                recordInteraction(store.db(), settings, interaction, store.clock().now());
                result.interactionId = interaction.id;
            },
            Bookkeeping::BatchOnly);
    TriageResult result;
    result.label = label;
    store.change(
        label, [&] { recordInteraction(store.db(), settings, interaction, store.clock().now()); });
    result.interactionId = interaction.id;
    return result;
}

TriageResult addPersonAndLog(Store& store, Contact& person, Interaction& interaction,
                             const std::string& introducedBy) {
    checkInteraction(interaction);
    if (person.displayName.find_first_not_of(" \t") == std::string::npos)
        throw StoreError("Every contact needs a name.");
    const FollowUpSettings settings = FollowUpSettings::load(store.db());
    if (interaction.at == 0) interaction.at = store.clock().now();
    const ContactId introducer = findIntroducer(store.db(), introducedBy, person.shownName());
    TriageResult result;
    result.label = loggedLabel(interaction.kind, interaction.direction, person.shownName()) +
                   " (new in your deck)";
    store.change(result.label, [&] {
        ContactRepo(store.db()).insert(person, store.clock().now());
        if (introducer != 0) { // before the log, which then plans the introducer's thanks
            ContactLink link{0, introducer, person.id, LinkKind::IntroducedMeTo, {}, 0};
            LinkRepo(store.db()).add(link, store.clock().now());
        }
        interaction.contactId = person.id;
        recordInteraction(store.db(), settings, interaction, store.clock().now());
    });
    result.interactionId = interaction.id;
    return result;
}

TriageResult markDone(Store& store, Interaction& interaction) {
    ContactFacts who;
    prepareLog(store, interaction, who);
    return runTriage(store, loggedLabel(interaction.kind, interaction.direction, who.name),
                     doneSteps(store, interaction));
}

void markDoneWithinChange(Store& store, Interaction& interaction) {
    ContactFacts who;
    prepareLog(store, interaction, who);
    TriageResult ignored;
    triageSteps(store, doneSteps(store, interaction), ignored, Bookkeeping::Full);
}

void snoozeWithinChange(Store& store, ContactId id, const CivilDate& until) {
    static_cast<void>(requireContactName(store.db(), id));
    TriageResult ignored;
    triageSteps(store, snoozeSteps(store, id, until), ignored, Bookkeeping::Full);
}

void dueOnWithinChange(Store& store, ContactId id, const CivilDate& date) {
    static_cast<void>(requireContactName(store.db(), id));
    TriageResult ignored;
    triageSteps(
        store,
        [&](FollowUpPlanner&, DayStats&, const CivilDate&, TriageResult&) {
            Statement st(store.db(),
                         "UPDATE contacts SET next_due = ?2, skip_until = '', snoozed_until = '' "
                         "WHERE id = ?1");
            st.bind(1, id).bind(2, date.iso()).run();
        },
        ignored, Bookkeeping::Full);
}

CivilDate snoozeEnd(const CivilDate& today, SnoozeLength length, std::optional<CivilDate> date,
                    int weekStart) {
    switch (length) {
    case SnoozeLength::Tomorrow:
        return today.addDays(1);
    case SnoozeLength::ThreeDays:
        return today.addDays(3);
    case SnoozeLength::NextWeek:
        return nextWeekStart(today, weekStart);
    case SnoozeLength::Until:
        break;
    }
    if (!date || *date <= today) throw StoreError("Pick a day after today to snooze until.");
    return *date;
}

TriageResult snooze(Store& store, ContactId id, SnoozeLength length,
                    std::optional<CivilDate> date) {
    const std::string name = requireContactName(store.db(), id);
    const CivilDate today = store.clock().today();
    const CivilDate until =
        snoozeEnd(today, length, date, FollowUpSettings::load(store.db()).weekStart);
    const std::string label = "Snoozed " + name + " until " + weekdayDate(until, today);
    return runTriage(store, label, snoozeSteps(store, id, until));
}

TriageResult skip(Store& store, ContactId id) {
    const std::string name = requireContactName(store.db(), id);
    const CivilDate today = store.clock().today();
    FollowUpPlanner planner(store.db());
    const auto card = planner.card(id, today);
    if (!card) throw StoreError(name + " is not due today, so there is nothing to skip.");

    // Each reason on the card is put aside its own way (see triage.h).
    std::optional<CivilDate> skipUntil;
    std::optional<CivilDate> rekindleAfter;
    bool cadence = false;
    for (const QueueReason& r : card->reasons) {
        if (r.kind == DueReason::Cadence) cadence = true;
        if (r.kind == DueReason::Birthday)
            skipUntil = std::max(skipUntil.value_or(today), r.due.addDays(1));
        if (r.kind == DueReason::Rekindle)
            rekindleAfter = today.addDays(planner.settings().rekindleRetryDays);
    }
    if (cadence) {
        Statement st(store.db(), "SELECT cadence_days FROM contacts WHERE id = ?1");
        st.bind(1, id);
        std::optional<int> own;
        if (st.step())
            if (auto c = st.optInt64(0)) own = static_cast<int>(*c);
        const int every = std::max(1, planner.settings().cadence.daysFor(card->circle, own));
        skipUntil = std::max(skipUntil.value_or(today), today.addDays(every));
    }
    const std::optional<CivilDate> back = skipUntil ? skipUntil : rekindleAfter;
    std::string label =
        back ? "Skipped " + name + " until " + weekdayDate(*back, today) : "Skipped " + name;
    // Skipping a chased message also stops waiting for it: say so, since the
    // card will not come back for that message.
    const bool chased =
        std::any_of(card->reasons.begin(), card->reasons.end(),
                    [](const QueueReason& r) { return r.kind == DueReason::AwaitingReply; });
    if (chased) label += " \u2014 no longer waiting for their reply";

    return runTriage(
        store, label,
        [&](FollowUpPlanner&, DayStats& stats, const CivilDate&, TriageResult& result) {
            Database& db = store.db();
            if (skipUntil) {
                Statement st(db,
                             "UPDATE contacts SET skip_until = ?2, next_due = CASE WHEN ?3 THEN ?2 "
                             "ELSE next_due END WHERE id = ?1");
                st.bind(1, id).bind(2, skipUntil->iso()).bind(3, cadence).run();
            }
            if (rekindleAfter) {
                Statement st(db, "UPDATE contacts SET rekindle_after = ?2 WHERE id = ?1");
                st.bind(1, id).bind(2, rekindleAfter->iso()).run();
            }
            Statement reset(db, "UPDATE contacts SET snoozed_until = '', snooze_count = 0 "
                                "WHERE id = ?1 AND (snoozed_until <> '' OR snooze_count <> 0)");
            reset.bind(1, id).run();
            ReminderRepo reminders(db);
            for (const QueueReason& r : card->reasons) {
                if (r.kind == DueReason::Reminder)
                    reminders.setStatus(r.reminderId, FollowUpStatus::Dismissed);
                if (r.kind == DueReason::AwaitingReply) stopWaiting(db, r.interactionId);
            }
            ++stats.skipped;
            result.until = back;
        });
}

bool openCard(Store& store, ContactId id) {
    Statement st(store.db(), "SELECT 1 FROM contacts WHERE id = ?1 AND deleted_at IS NULL");
    st.bind(1, id);
    return st.step();
}

std::optional<TriageResult> rekindleOneMore(Store& store) {
    const CivilDate today = store.clock().today();
    auto next = FollowUpPlanner(store.db()).nextRekindle(today);
    if (!next) return std::nullopt;
    const std::string name = requireContactName(store.db(), *next);
    return runTriage(store, "Added " + name + " to today's rekindles",
                     [&](FollowUpPlanner&, DayStats& stats, const CivilDate&, TriageResult&) {
                         stats.rekindleBatch.push_back(*next);
                     });
}

TriageResult startNow(Store& store, ContactId id) {
    const std::string name = requireContactName(store.db(), id);
    return runTriage(store, "Added " + name + " to today's follow-ups",
                     [&](FollowUpPlanner&, DayStats&, const CivilDate& today, TriageResult&) {
                         Statement st(store.db(),
                                      "UPDATE contacts SET next_due = ?2, skip_until = '', "
                                      "snoozed_until = '' WHERE id = ?1");
                         st.bind(1, id).bind(2, today.iso()).run();
                     });
}

} // namespace rk
