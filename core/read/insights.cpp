#include "core/read/insights.h"

#include "core/db/statement.h"
#include "core/read/insight_sql.h"
#include "core/repo/contact_repo.h"
#include "core/time/humanize.h"

#include <algorithm>
#include <map>
#include <set>

namespace rk {

namespace {

using K = InsightFigure::Kind;

std::int64_t countPeople(Database& db, const InsightFigure& figure, const InsightClock& clock) {
    SearchSql sql;
    sql += "SELECT count(*) FROM contacts c WHERE 1";
    appendFigureCondition(sql, figure, clock);
    Statement st(db, sql.text);
    sql.bindTo(st);
    return st.step() ? st.int64(0) : 0;
}

// One scan of the 12 weeks' interactions (interactions_by_time).
void readWeeks(Database& db, Insights& in) {
    Statement st(db, "SELECT i.at, i.kind, i.asked_help, i.gave_help FROM interactions i "
                     "JOIN contacts c ON c.id = i.contact_id "
                     "WHERE i.at >= ?1 AND i.at < ?2 AND c.deleted_at IS NULL");
    st.bind(1, in.weeks.front().from).bind(2, in.weeks.back().to);
    while (st.step()) {
        const std::int64_t at = st.int64(0);
        auto it = std::upper_bound(in.weeks.begin(), in.weeks.end(), at,
                                   [](std::int64_t t, const InsightWeek& w) { return t < w.from; });
        if (it == in.weeks.begin()) continue;
        InsightWeek& w = *(it - 1);
        const int kind = std::clamp(st.int32(1), 0, kInteractionKindCount - 1);
        ++w.byKind[static_cast<size_t>(kind)];
        ++w.total;
        w.asked += st.int32(2) != 0 ? 1 : 0;
        w.gave += st.int32(3) != 0 ? 1 : 0;
    }
}

// Outbound messages of the 12 weeks and when each was first answered.
void readReplies(Database& db, const InsightClock& clock, Insights& in) {
    Statement st(db, std::string("SELECT m.at, (SELECT min(r.at) FROM interactions r WHERE "
                                 "r.contact_id = m.contact_id AND r.at > m.at AND "
                                 "(r.direction = 1 OR r.kind IN (1, 2, 3))) "
                                 "FROM interactions m JOIN contacts c ON c.id = m.contact_id "
                                 "WHERE ") +
                         kOutboundMessage +
                         " AND m.at >= ?1 AND m.at < ?2 AND c.deleted_at IS NULL");
    st.bind(1, clock.weeks.front().from).bind(2, clock.weeks.back().to);
    std::vector<std::int64_t> waits;
    while (st.step()) {
        const std::int64_t sent = st.int64(0);
        if (auto reply = st.optInt64(1)) {
            ++in.answered;
            waits.push_back(*reply - sent);
        } else if (sent < clock.awaitingCutoff) {
            ++in.unanswered;
        } else {
            ++in.stillWaiting;
        }
    }
    if (waits.empty()) return;
    std::sort(waits.begin(), waits.end());
    const size_t n = waits.size();
    in.medianReplySeconds = n % 2 == 1 ? waits[n / 2] : (waits[n / 2 - 1] + waits[n / 2]) / 2;
}

std::string foldKey(const std::string& s) {
    std::string k = s;
    for (char& ch : k)
        if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch + 32);
    return k;
}

// Groups of a column (any case, as NOCASE), biggest first: the top ten kept.
void readGroups(Database& db, const char* column, std::vector<NamedCount>& top,
                std::int64_t& distinct, std::int64_t& none) {
    Statement st(db, std::string("SELECT ") + column + ", count(*) FROM contacts c WHERE "
                     "c.deleted_at IS NULL AND c.archived_at IS NULL GROUP BY " +
                     column + " COLLATE NOCASE");
    std::vector<NamedCount> all;
    while (st.step()) {
        NamedCount g{st.text(0), st.int64(1)};
        if (g.name.empty())
            none += g.count;
        else
            all.push_back(std::move(g));
    }
    distinct = static_cast<std::int64_t>(all.size());
    std::stable_sort(all.begin(), all.end(),
                     [](const NamedCount& a, const NamedCount& b) { return a.count > b.count; });
    if (all.size() > static_cast<size_t>(kInsightTopN)) all.resize(kInsightTopN);
    top = std::move(all);
}

void readReach(Database& db, const InsightClock& clock, Insights& in) {
    SearchSql sql;
    sql += "SELECT c.company, c.industry FROM contacts c WHERE 1";
    appendWarm(sql, clock);
    Statement st(db, sql.text);
    sql.bindTo(st);
    std::set<std::string> companies, industries;
    while (st.step()) {
        ++in.warmPeople;
        if (auto c = st.text(0); !c.empty()) companies.insert(foldKey(c));
        if (auto i = st.text(1); !i.empty()) industries.insert(foldKey(i));
    }
    in.warmCompanies = static_cast<std::int64_t>(companies.size());
    in.warmIndustries = static_cast<std::int64_t>(industries.size());
}

std::string weekOf(const InsightClock& clock, int week) {
    if (week >= kInsightWeeks - 1) return "this week";
    return "in the week of " + shortDate(clock.weeks[static_cast<size_t>(week)].start, clock.today);
}

std::string titleOf(const InsightFigure& f, const InsightClock& clock) {
    static constexpr const char* kWays[kInteractionKindCount] = {
        "by email", "on a call", "over coffee", "in a meeting", "by message", "at an event",
        "in other ways"};
    switch (f.kind) {
    case K::Talked:
        return std::string("People you talked to ") +
               (f.interactionKind >= 0 && f.interactionKind < kInteractionKindCount
                    ? std::string(kWays[f.interactionKind]) + " "
                    : "") +
               weekOf(clock, f.week);
    case K::AskedHelp:
        return "People you asked for help " + weekOf(clock, f.week);
    case K::GaveHelp:
        return "People you helped " + weekOf(clock, f.week);
    case K::FollowedUp:
        return f.week == 0 ? "People you reached out to in the last 4 weeks"
                           : "People you reached out to in the 4 weeks before";
    case K::Snoozed:
        return "People snoozed for now";
    case K::Skipped:
        return "People skipped until their next cycle";
    case K::Answered:
        return "People who answered your messages";
    case K::Unanswered:
        return "People who have not answered your messages";
    case K::StillWaiting:
        return "People you wrote to in the last " + std::to_string(clock.settings.awaitingDays()) +
               " days, no answer yet";
    case K::Circle:
        return "People in your " +
               std::string(circleName(static_cast<Circle>(std::clamp(f.circle, 0, kCircleCount - 1)))) +
               (f.circle == 0 ? "" : " circle");
    case K::Industry:
        return "People in " + f.name;
    case K::Company:
        return "People at " + f.name;
    case K::Overdue:
        return "People overdue for a follow-up";
    case K::Dormant:
        return "People you have not talked to in over " +
               std::to_string(clock.settings.dormantDays()) + " days";
    case K::AwaitingReply:
        return "People whose reply you are waiting for";
    case K::ReachCompanies:
        return "Your warm contacts, by company";
    case K::ReachIndustries:
        return "Your warm contacts, by industry";
    }
    return "People";
}

} // namespace

Insights loadInsights(Database& db, std::int64_t now, const UserSettings& settings) {
    const InsightClock clock(now, settings);
    Insights in;
    in.today = clock.today;
    in.awaitingDays = settings.awaitingDays();
    in.dormantDays = settings.dormantDays();
    in.weeks = clock.weeks;
    readWeeks(db, in);

    in.followedUpRecent = static_cast<int>(countPeople(db, InsightFigure::of(K::FollowedUp, 0), clock));
    in.followedUpBefore = static_cast<int>(countPeople(db, InsightFigure::of(K::FollowedUp, 1), clock));
    in.snoozed = static_cast<int>(countPeople(db, InsightFigure::of(K::Snoozed), clock));
    {
        Statement st(db, "SELECT count(*) FROM contacts c WHERE c.deleted_at IS NULL AND "
                         "c.archived_at IS NULL AND c.snoozed_until > ?1 AND c.snooze_count > 1");
        st.bind(1, clock.today.iso());
        in.snoozedRepeatedly = st.step() ? st.int32(0) : 0;
    }
    in.skipped = static_cast<int>(countPeople(db, InsightFigure::of(K::Skipped), clock));
    readReplies(db, clock, in);

    {
        Statement st(db, "SELECT circle, count(*) FROM contacts c WHERE c.deleted_at IS NULL AND "
                         "c.archived_at IS NULL GROUP BY circle");
        while (st.step()) {
            const int circle = st.int32(0);
            if (circle >= 0 && circle < kCircleCount) in.byCircle[static_cast<size_t>(circle)] = st.int64(1);
            in.people += st.int64(1);
        }
    }
    readGroups(db, "c.industry", in.industries, in.industryCount, in.noIndustry);
    readGroups(db, "c.company", in.companies, in.companyCount, in.noCompany);

    in.overdue = countPeople(db, InsightFigure::of(K::Overdue), clock);
    in.dormant = countPeople(db, InsightFigure::of(K::Dormant), clock);
    in.awaitingReply = countPeople(db, InsightFigure::of(K::AwaitingReply), clock);
    readReach(db, clock, in);
    return in;
}

InsightPeople loadInsightPeople(Database& db, const InsightFigure& figure, std::int64_t now,
                                const UserSettings& settings) {
    const InsightClock clock(now, settings);
    InsightPeople out;
    out.figure = figure;
    out.title = titleOf(figure, clock);
    SearchSql sql;
    sql += std::string("SELECT ") + kCardColumns + " FROM contacts c WHERE 1";
    appendFigureCondition(sql, figure, clock);
    sql += " ORDER BY c.display_name COLLATE NOCASE, c.id LIMIT " +
           std::to_string(kInsightPeopleLimit);
    Statement st(db, sql.text);
    sql.bindTo(st);
    while (st.step())
        out.people.push_back(readCardRow(st));
    out.total = static_cast<std::int64_t>(out.people.size());
    if (out.total == kInsightPeopleLimit) out.total = countPeople(db, figure, clock);
    return out;
}

} // namespace rk
