#pragma once
#include "app/view_context.h"
#include "core/model/contact.h"
#include "core/model/followup.h"
#include "core/model/interaction.h"
#include "core/search/reciprocity.h"
#include "core/search/warmth.h"

#include <optional>
#include <string>
#include <vector>

namespace rk::app {

// Everything the contact page shows, read once per store revision.
struct ContactPage {
    Contact contact;
    std::vector<Interaction> timeline; // newest first, at most kTimelineLimit
    bool timelineTruncated = false;
    std::vector<Reminder> reminders;   // open ones, soonest first
    std::string eventName;             // the event where you met, if any
    int cadenceDays = 0;               // effective: the contact's own or the circle's
    std::string impliedDue;            // last contact (or added) + cadence; empty without a cadence
    bool cadenceFromCircle = true;
    Reciprocity reciprocity;
    Warmth warmth;
    bool suggestRekindle = false; // no recent two-way contact: rekindle before asking

    static constexpr int kTimelineLimit = 200;
    // Nothing when the contact does not exist (deleted for good, or undone away).
    [[nodiscard]] static std::optional<ContactPage> load(Store& store, ContactId id, std::int64_t now);
};

// The cards under the header. They only read the page and push intents.
void drawFollowUpCard(ViewContext& ctx, const ContactPage& page);
void drawReciprocityCard(ViewContext& ctx, const ContactPage& page);
void drawAboutCard(ViewContext& ctx, const ContactPage& page);

} // namespace rk::app
