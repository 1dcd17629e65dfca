// Issue 13: someone you meet at an event is in Today within 48 hours (the
// setting), with the reason "met at <event> on <date>", whatever the time
// zone and across a DST change.
#include "core/commands/event_commands.h"
#include "core/commands/settings_commands.h"
#include "core/followup/met_reason.h"
#include "tests/followup/followup_world.h"

#include <catch2/catch.hpp>

using namespace rk;
using test::day;

namespace {

// An event today (now is Friday `date` at 21:00 local) and Ana met there.
struct MetFriday {
    test::World& w;
    std::int64_t eventId = 0;
    MetResult met;

    MetFriday(test::World& world, const char* date, const char* name = "Tech Meetup")
        : w(world) {
        w.setNow(date, 21, 0);
        Event e;
        e.name = name;
        e.date = w.today().iso();
        eventId = createEvent(w.store, e).eventId;
        met = addPersonMet(w.store, {"Ana García", "builds payment APIs", "Stripe", eventId, ""});
    }
    // The person's reasons on `date`'s queue, or empty when they are not in it.
    std::vector<std::string> reasonsOn(const char* date) {
        std::vector<std::string> out;
        const TodayQueue q = w.queueOn(date);
        if (const QueueItem* item = w.find(q, met.contactId))
            for (const QueueReason& r : item->reasons) out.push_back(r.text);
        return out;
    }
};

} // namespace

TEST_CASE("someone met on a Friday evening is due on Sunday, east and west of UTC",
          "[followup][events]") {
    // Tokyo is UTC+9 (Friday 21:00 is 12:00 UTC the same day); Los Angeles is
    // UTC-8 (Friday 21:00 is 05:00 UTC on Saturday, which a UTC date would
    // call the day of the meeting).
    const char* zone = GENERATE("Asia/Tokyo", "America/Los_Angeles", "Pacific/Kiritimati",
                                "Pacific/Pago_Pago");
    CAPTURE(zone);
    test::World w(zone);
    MetFriday f(w, "2026-12-04");

    CHECK(w.today() == day("2026-12-04"));
    CHECK(f.met.due == day("2026-12-06"));
    CHECK(f.met.reason == "met at Tech Meetup on Fri 4 Dec");
    CHECK(f.reasonsOn("2026-12-04").empty());
    CHECK(f.reasonsOn("2026-12-05").empty());
    CHECK(f.reasonsOn("2026-12-06") == std::vector<std::string>{"met at Tech Meetup on Fri 4 Dec"});
    // Not followed up: still there on Monday, a day late.
    CHECK(f.reasonsOn("2026-12-07") ==
          std::vector<std::string>{"met at Tech Meetup on Fri 4 Dec · 1 day overdue"});
}

TEST_CASE("a DST change that weekend does not move the follow-up", "[followup][events]") {
    SECTION("clocks go forward on Sunday 29 March 2026 in Berlin") {
        test::World w("Europe/Berlin");
        MetFriday f(w, "2026-03-27");
        CHECK(f.met.due == day("2026-03-29"));
        CHECK(f.reasonsOn("2026-03-28").empty());
        CHECK(f.reasonsOn("2026-03-29") ==
              std::vector<std::string>{"met at Tech Meetup on Fri 27 Mar"});
    }
    SECTION("clocks go back on Sunday 1 November 2026 in New York") {
        test::World w("America/New_York");
        MetFriday f(w, "2026-10-30");
        CHECK(f.met.due == day("2026-11-01"));
        CHECK(f.reasonsOn("2026-10-31").empty());
        CHECK(f.reasonsOn("2026-11-01") ==
              std::vector<std::string>{"met at Tech Meetup on Fri 30 Oct"});
    }
}

TEST_CASE("the setting changes how soon someone you meet is due", "[followup][events]") {
    test::World w("Europe/London");
    w.setNow("2026-12-04", 21, 0);
    CHECK(UserSettings::load(w.store.db()).metFollowUpHours() == 48);
    changeSetting(w.store, Setting::MetFollowUpHours, 24);
    Event e{0, "Design Club", "2026-12-04", "Leeds", "", {}};
    createEvent(w.store, e);
    const MetResult soon = addPersonMet(w.store, {"Bo Chen", "", "", e.id, ""});
    CHECK(soon.due == day("2026-12-05"));
    CHECK(w.find(w.queueOn("2026-12-05"), soon.contactId) != nullptr);

    changeSetting(w.store, Setting::MetFollowUpHours, 72);
    const MetResult later = addPersonMet(w.store, {"Cy Dlamini", "", "", e.id, ""});
    CHECK(later.due == day("2026-12-07"));
    CHECK(w.find(w.queueOn("2026-12-06"), later.contactId) == nullptr);

    CHECK(describeChange(Setting::MetFollowUpHours, 72) ==
          "Follow up with people you meet within 72 hours");
    CHECK(checkSetting(Setting::MetFollowUpHours, 12).has_value());
}

TEST_CASE("people added days after the event are due at once", "[followup][events]") {
    test::World w("Europe/London");
    w.setNow("2026-12-09", 10, 0); // Wednesday, after last Friday's conference
    Event e{0, "Fintech Forum", "2026-12-04", "", "", {}};
    createEvent(w.store, e);
    const MetResult met = addPersonMet(w.store, {"Dee Okafor", "", "", e.id, ""});
    CHECK(met.due == day("2026-12-09"));
    CHECK(met.reason == "met at Fintech Forum on Fri 4 Dec");
    const TodayQueue q = w.queue();
    const QueueItem* item = w.find(q, met.contactId);
    REQUIRE(item != nullptr);
    CHECK(item->reasons.front().text == "met at Fintech Forum on Fri 4 Dec");
}

TEST_CASE("someone met at no event is due two days after today", "[followup][events]") {
    test::World w("America/Los_Angeles");
    w.setNow("2026-12-04", 22, 30);
    const MetResult met = addPersonMet(w.store, {"Eli Park", "on the train", "", 0, ""});
    CHECK(met.due == day("2026-12-06"));
    CHECK(met.reason == "met on Fri 4 Dec");
    CHECK(w.find(w.queueOn("2026-12-06"), met.contactId) != nullptr);
}

TEST_CASE("logging with them from Today marks the first follow-up done", "[followup][events]") {
    test::World w("Europe/London");
    MetFriday f(w, "2026-12-04");
    w.setNow("2026-12-06", 9, 0);
    Interaction i;
    i.contactId = f.met.contactId;
    markDone(w.store, i);
    CHECK(w.find(w.queue(), f.met.contactId) == nullptr);
    CHECK(w.text("SELECT status FROM reminders") == "1");
}
