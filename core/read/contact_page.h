#pragma once
#include "core/model/contact.h"
#include "core/model/contact_card.h"
#include "core/model/contact_link.h"
#include "core/model/followup.h"
#include "core/model/interaction.h"
#include "core/read/event_list.h"
#include "core/search/reciprocity.h"
#include "core/search/warmth.h"
#include "core/time/civil_date.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace rk {

class Database;

// Everything one person's page shows, read in one go.
// Someone this person is linked to (core/model/contact_link.h), as their
// page lists it: "Ana García · works with them".
struct PersonLink {
    std::int64_t linkId = 0;
    ContactCard other;
    LinkKind kind = LinkKind::Knows;
    bool fromSide = true; // this page's person is the link's `from` end
    std::string note;
    // How the other person relates to this one: "works with them", "is their
    // manager", "reports to them", "introduced you to them" …
    [[nodiscard]] std::string relation() const;
};

// A field changed both here and on the server since they last agreed: the
// value from here was kept, and the server's waits to be taken instead
// (core/commands/sync_commands).
struct ServerValue {
    std::int64_t id = 0;
    std::string field;  // "company", "phones, emails and links" …
    std::string mine;   // as a person reads it: lists one item a line
    std::string theirs;
    std::int64_t at = 0; // the sync that found it
};

struct ContactPage {
    Contact contact;
    std::vector<Interaction> timeline; // newest first, at most kTimelineLimit
    bool timelineTruncated = false;
    std::vector<Reminder> reminders; // open ones, soonest first
    std::string eventName;           // the event where you met, if any
    std::vector<EventLink> events;   // every event they were met at, newest first (chips)
    int cadenceDays = 0;             // effective: the contact's own or the circle's
    bool cadenceFromCircle = true;
    std::string impliedDue; // last contact (or added) + cadence; empty without a cadence
    std::optional<CivilDate> nextBirthday; // the next time it comes round, from today
    Reciprocity reciprocity;
    Warmth warmth;
    bool suggestRekindle = false; // no recent two-way contact: rekindle before asking
    std::vector<PersonLink> links; // who they are linked to, oldest first (not those in the trash)
    std::vector<ServerValue> serverValues; // newest first

    // A long history shows its newest part; the Log tab has the rest.
    static constexpr int kTimelineLimit = 200;
};

// Nothing when the contact does not exist (deleted for good, or undone away).
// warmth: the thresholds with the user's dormant setting.
[[nodiscard]] std::optional<ContactPage>
loadContactPage(Database& db, ContactId id, std::int64_t now, const WarmthPolicy& warmth = {});

} // namespace rk
