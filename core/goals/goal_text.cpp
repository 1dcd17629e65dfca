#include "core/goals/goal_text.h"

#include <array>

namespace rk {

namespace {

struct KindWords {
    std::string_view key;
    std::string_view name;
    std::string_view one;  // "1 person"
    std::string_view many; // "people"
};

constexpr std::array<KindWords, kGoalKindCount> kWords = {{
    {"reach-out", "Reach out to people", "person", "people"},
    {"meet", "Meet new people", "new person", "new people"},
    {"reconnect", "Reconnect with dormant people", "dormant person", "dormant people"},
    {"give-help", "Give help", "time", "times"},
    {"log", "Log interactions", "interaction", "interactions"},
    {"clear-today", "Clear the Today queue", "day", "days"},
    {"answer-replies", "Answer every reply", "day", "days"},
}};

const KindWords& words(GoalKind k) { return kWords[static_cast<size_t>(k)]; }

std::string counted(GoalKind k, int n) {
    return std::to_string(n) + " " + std::string(n == 1 ? words(k).one : words(k).many);
}

} // namespace

std::string goalTitle(GoalKind kind, int target, GoalPer per) {
    const std::string a = per == GoalPer::Month ? " a month" : " a week";
    switch (kind) {
    case GoalKind::ReachOut: return "Reach out to " + counted(kind, target) + a;
    case GoalKind::MeetNew: return "Meet " + counted(kind, target) + a;
    case GoalKind::Reconnect: return "Reconnect with " + counted(kind, target) + a;
    case GoalKind::GiveHelp:
        return "Give help " + (target == 1 ? std::string("once") : target == 2 ? std::string("twice") : counted(kind, target)) + a;
    case GoalKind::LogInteractions: return "Log " + counted(kind, target) + a;
    case GoalKind::ClearToday: return "Clear the Today queue on " + counted(kind, target) + a;
    case GoalKind::AnswerReplies: return "Answer every reply within " + counted(kind, target);
    }
    return "Goal";
}

std::string_view goalKindName(GoalKind kind) { return words(kind).name; }

std::string goalUnit(GoalKind kind, int target) {
    return std::string(target == 1 ? words(kind).one : words(kind).many);
}

std::string_view goalKindKey(GoalKind kind) { return words(kind).key; }

std::optional<GoalKind> goalKindFromKey(std::string_view key) {
    for (int i = 0; i < kGoalKindCount; ++i)
        if (kWords[static_cast<size_t>(i)].key == key) return static_cast<GoalKind>(i);
    return std::nullopt;
}

std::string_view perKey(GoalPer per) { return per == GoalPer::Month ? "month" : "week"; }

std::optional<GoalPer> perFromKey(std::string_view key) {
    if (key == "week") return GoalPer::Week;
    if (key == "month") return GoalPer::Month;
    return std::nullopt;
}

int maxGoalTarget(GoalKind kind, GoalPer per) {
    if (kind == GoalKind::AnswerReplies) return 60;
    if (kind == GoalKind::ClearToday) return per == GoalPer::Month ? 31 : 7;
    return 999;
}

std::optional<std::string> checkGoalTarget(GoalKind kind, int target, GoalPer per) {
    const int most = maxGoalTarget(kind, per);
    if (target >= 1 && target <= most) return std::nullopt;
    if (kind == GoalKind::AnswerReplies)
        return "A reply can be given within 1 to " + std::to_string(most) + " days";
    if (kind == GoalKind::ClearToday)
        return std::string("A ") + (per == GoalPer::Month ? "month" : "week") + " has 1 to " +
               std::to_string(most) + " days to clear the queue on";
    return "A goal's target is a number from 1 to " + std::to_string(most);
}

} // namespace rk
