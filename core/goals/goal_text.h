#pragma once
#include "core/model/goal.h"

#include <optional>
#include <string>
#include <string_view>

namespace rk {

// What a goal is called, everywhere: "Reach out to 5 people a week",
// "Answer every reply within 2 days", "Give help once a month".
[[nodiscard]] std::string goalTitle(GoalKind kind, int target, GoalPer per);
[[nodiscard]] inline std::string goalTitle(const Goal& g) { return goalTitle(g.kind, g.target, g.per); }

// The kind alone, for pickers: "Reach out to people".
[[nodiscard]] std::string_view goalKindName(GoalKind kind);
// What the number counts, for a stepper: "people", "days", "times".
[[nodiscard]] std::string goalUnit(GoalKind kind, int target);
// The command line's name: reach-out, log, clear-today, reconnect, meet,
// answer-replies, give-help.
[[nodiscard]] std::string_view goalKindKey(GoalKind kind);
[[nodiscard]] std::optional<GoalKind> goalKindFromKey(std::string_view key);
[[nodiscard]] std::string_view perKey(GoalPer per); // "week", "month"
[[nodiscard]] std::optional<GoalPer> perFromKey(std::string_view key);

// The largest target a kind takes: 60 days to answer, 31 days in a month for
// clearing Today (7 in a week), 999 of anything else.
[[nodiscard]] int maxGoalTarget(GoalKind kind, GoalPer per);
// Why a target can't be used, in words, or nothing when it can.
[[nodiscard]] std::optional<std::string> checkGoalTarget(GoalKind kind, int target, GoalPer per);

} // namespace rk
