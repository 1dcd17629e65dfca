#pragma once
// Insights: the habit over time, read from the log and the deck. Read-only;
// `now` comes from the injected clock and weeks start on the user's first day
// of the week (calendar.week_start), in the local time zone.
//
// What each figure counts (the people behind it are the same rows):
// - weeks: interactions per week for the last 12 weeks (this week, so far,
//   last), by kind, with the asked-for-help and gave-help flags. History
//   counts everyone not in the trash (archived people's past is still yours).
// - followed up: distinct people you reached out to (direction out) in the
//   last 28 days (today included) and the 28 before.
// - snoozed / skipped: people whose snooze or skip is in effect today. The
//   store keeps no history of snoozes and skips (only today's counts in
//   DayStats), so this is "now", not "over time".
// - replies: outbound emails and messages sent in the 12 weeks. Answered when
//   a later interaction came from them, or you talked (a call, coffee or
//   meeting counts both ways, as warmth counts it). Unanswered ones sent
//   within the awaiting-reply wait are "still waiting", as Today waits.
// - overdue, dormant, awaiting reply: the deck's own filter chips' SQL
//   (core/search/search_sql), so the counts match what the deck filters show.
// - reach: companies and industries with at least one *warm* person, warm as
//   core/search/warmth says (WarmthLevel::Warm: last contact within 90 days
//   and contact both ways within 180).
#include "core/model/contact_card.h"
#include "core/model/enums.h"
#include "core/schedule/user_settings.h"
#include "core/time/civil_date.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace rk {

class Database;

inline constexpr int kInsightWeeks = 12;
inline constexpr int kInsightTopN = 10;

// One bar, segment, tile or row: what opens its people.
struct InsightFigure {
    enum class Kind {
        Talked,     // week, interactionKind (-1: every kind)
        AskedHelp,  // week
        GaveHelp,   // week
        FollowedUp, // period: 0 = the last 28 days, 1 = the 28 before
        Snoozed,
        Skipped,
        Answered,
        Unanswered,
        StillWaiting,
        Circle,   // circle
        Industry, // name
        Company,  // name
        Overdue,
        Dormant,
        AwaitingReply,
        ReachCompanies,
        ReachIndustries,
    };
    Kind kind = Kind::Talked;
    int week = 0; // 0 = the oldest of the 12 … 11 = this week; FollowedUp: the period
    int interactionKind = -1;
    int circle = 0;
    std::string name;

    // A figure of this kind (and week or period), for the view and the queries alike.
    [[nodiscard]] static InsightFigure of(Kind kind, int week = 0) {
        InsightFigure f;
        f.kind = kind;
        f.week = week;
        return f;
    }

    friend bool operator==(const InsightFigure&, const InsightFigure&) = default;
};

struct InsightWeek {
    CivilDate start;
    std::int64_t from = 0, to = 0; // [from, to), UTC: local midnights (DST-aware)
    std::array<int, kInteractionKindCount> byKind{};
    int total = 0;
    int asked = 0;
    int gave = 0;
};

struct NamedCount {
    std::string name;
    std::int64_t count = 0;
};

struct Insights {
    CivilDate today;
    int awaitingDays = 5;
    int dormantDays = 180;
    std::int64_t people = 0; // in the deck (not archived, not in the trash)

    std::vector<InsightWeek> weeks; // kInsightWeeks, oldest first; the last is this week

    int followedUpRecent = 0; // distinct people, last 28 days
    int followedUpBefore = 0; // the 28 days before
    int snoozed = 0;
    int snoozedRepeatedly = 0; // snoozed more than once in a row
    int skipped = 0;

    int answered = 0;
    int unanswered = 0;
    int stillWaiting = 0;
    std::optional<std::int64_t> medianReplySeconds;

    std::array<std::int64_t, kCircleCount> byCircle{};
    std::vector<NamedCount> industries; // top 10, biggest first
    std::vector<NamedCount> companies;  // top 10, biggest first
    std::int64_t industryCount = 0;     // distinct, any case
    std::int64_t companyCount = 0;
    std::int64_t noIndustry = 0;
    std::int64_t noCompany = 0;

    std::int64_t overdue = 0;
    std::int64_t dormant = 0;
    std::int64_t awaitingReply = 0;

    std::int64_t warmPeople = 0;
    std::int64_t warmCompanies = 0;  // distinct companies with a warm person
    std::int64_t warmIndustries = 0; // distinct industries with a warm person
};

// The 12 weeks ending with the one holding `today`, oldest first.
[[nodiscard]] std::vector<InsightWeek> insightWeeks(const CivilDate& today, int weekStart);

[[nodiscard]] Insights loadInsights(Database& db, std::int64_t now, const UserSettings& settings);

// The people behind one figure, by name.
struct InsightPeople {
    InsightFigure figure;
    std::string title; // "People you talked to in the week of 9 Nov"
    std::vector<ContactCard> people;
    std::int64_t total = 0; // may be more than the list holds
};
inline constexpr int kInsightPeopleLimit = 500;

[[nodiscard]] InsightPeople loadInsightPeople(Database& db, const InsightFigure& figure,
                                              std::int64_t now, const UserSettings& settings);

// The sentence under each chart, in words, from the data.
[[nodiscard]] std::string activitySentence(const Insights& in);
[[nodiscard]] std::string followUpSentence(const Insights& in);
[[nodiscard]] std::string replySentence(const Insights& in);
[[nodiscard]] std::string helpSentence(const Insights& in);
[[nodiscard]] std::string networkSentence(const Insights& in);
[[nodiscard]] std::string attentionSentence(const Insights& in);
[[nodiscard]] std::string reachSentence(const Insights& in);
// "3 hours", "2 days"
[[nodiscard]] std::string replyTimeText(std::int64_t seconds);

} // namespace rk
