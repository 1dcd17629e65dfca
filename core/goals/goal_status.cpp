#include "core/goals/goal_status.h"

#include "core/goals/goal_count.h"
#include "core/goals/goal_text.h"
#include "core/repo/goal_repo.h"

#include <algorithm>

namespace rk {

namespace {

bool isMet(const Goal& g, const PeriodCount& c) {
    if (g.kind == GoalKind::AnswerReplies) return c.due > 0 && c.done == c.due;
    return c.done >= g.target;
}

PeriodResult resultOf(GoalCounter& counter, const Goal& g, const GoalPeriod& p, std::int64_t now) {
    const PeriodCount c = counter.count(g, p, now);
    return {p, c.done, c.due, isMet(g, c), g.kind == GoalKind::AnswerReplies && c.due == 0};
}

const char* perWord(GoalPer per) { return per == GoalPer::Month ? "month" : "week"; }

// The middle of the last periods' counts: what the person usually does.
int typical(const std::vector<PeriodResult>& history, std::size_t last) {
    std::vector<int> done;
    for (std::size_t i = history.size() > last ? history.size() - last : 0; i < history.size(); ++i)
        done.push_back(history[i].done);
    if (done.empty()) return 0;
    std::sort(done.begin(), done.end());
    return done[done.size() / 2];
}

void judgeFit(GoalStatus& s) {
    const Goal& g = s.goal;
    if (g.kind == GoalKind::AnswerReplies || g.paused()) return;
    const int most = maxGoalTarget(g.kind, g.per);
    // Far past it: three times the target and at least 4 more.
    const int usual = typical(s.history, 4);
    const int high = std::max(usual, s.current.done);
    if (high >= 3 * g.target && high - g.target >= 4 && g.target < most) {
        const int base = usual > g.target ? usual : s.current.done;
        s.fit = GoalFit::TooEasy;
        s.betterTarget = std::clamp(base * 3 / 4, g.target + 1, most);
        return;
    }
    // Far short of it for the last three periods the goal was there for.
    const CivilDate made = localDateOf(g.createdAt);
    if (s.history.size() < 3) return;
    int best = 0;
    for (std::size_t i = s.history.size() - 3; i < s.history.size(); ++i) {
        const PeriodResult& r = s.history[i];
        if (r.period.last < made || r.done * 2 >= g.target) return;
        best = std::max(best, r.done);
    }
    s.fit = GoalFit::TooHard;
    s.betterTarget = std::max(1, best + 1);
}

} // namespace

float GoalStatus::fraction() const {
    if (goal.kind == GoalKind::AnswerReplies)
        return current.due == 0 ? 0.f : static_cast<float>(current.done) / static_cast<float>(current.due);
    return std::min(1.f, static_cast<float>(current.done) / static_cast<float>(std::max(1, goal.target)));
}

std::string GoalStatus::progressText() const {
    const std::string when = std::string(" this ") + perWord(goal.per);
    if (goal.kind == GoalKind::AnswerReplies) {
        if (current.due == 0) return "Nothing to answer yet" + when;
        const int missed = current.due - current.done;
        if (missed > 0) return std::to_string(missed) + " of " + std::to_string(current.due) + " not answered in time" + when;
        return std::to_string(current.done) + " of " + std::to_string(current.due) + " answered in time" + when;
    }
    return std::to_string(current.done) + " of " + std::to_string(goal.target) + when;
}

std::string GoalStatus::timeText() const {
    if (goal.paused()) return "Paused";
    if (daysLeft <= 1) return "Last day";
    return std::to_string(daysLeft) + " days left";
}

std::string GoalStatus::streakText() const {
    if (streak < 2) return {};
    return std::to_string(streak) + " " + perWord(goal.per) + "s in a row";
}

std::string GoalStatus::fitText() const {
    const std::string a = std::string(" a ") + perWord(goal.per);
    switch (fit) {
    case GoalFit::Fine: return {};
    case GoalFit::TooEasy:
        return std::to_string(std::max(current.done, typical(history, 4))) + " of " + std::to_string(goal.target) +
               " is far past this target, so it no longer stretches you. Try " +
               std::to_string(betterTarget) + a + "?";
    case GoalFit::TooHard:
        return std::string("Far short three ") + perWord(goal.per) +
               "s running. A goal you meet keeps the habit going better than one you miss: try " +
               std::to_string(betterTarget) + a + "?";
    }
    return {};
}

GoalStatus goalStatus(GoalCounter& counter, const Goal& goal, std::int64_t now, int weekStart) {
    GoalStatus s;
    s.goal = goal;
    s.title = goalTitle(goal);
    const CivilDate today = localDateOf(now);
    const GoalPeriod current = periodContaining(goal.per, today, weekStart);
    s.current = resultOf(counter, goal, current, now);
    s.daysLeft = static_cast<int>(today.daysUntil(current.last)) + 1;

    GoalPeriod p = current;
    bool running = true;
    for (int i = 0; i < GoalStatus::kStreakScan && (running || i < GoalStatus::kHistory); ++i) {
        p = periodBefore(goal.per, p, weekStart);
        const PeriodResult r = resultOf(counter, goal, p, now);
        if (i < GoalStatus::kHistory) s.history.insert(s.history.begin(), r);
        if (!running || r.quiet) continue; // nothing to answer neither makes nor breaks a streak
        if (r.met) ++s.streak;
        else running = false;
    }
    // This period joins the streak once it is met; an answer goal's only when it is over.
    if (s.current.met && goal.kind != GoalKind::AnswerReplies) ++s.streak;
    judgeFit(s);
    return s;
}

std::vector<GoalStatus> goalStatuses(Database& db, std::int64_t now, int weekStart, int dormantDays) {
    GoalCounter counter(db, dormantDays);
    std::vector<GoalStatus> out;
    for (const Goal& g : GoalRepo(db).active()) out.push_back(goalStatus(counter, g, now, weekStart));
    return out;
}

} // namespace rk
