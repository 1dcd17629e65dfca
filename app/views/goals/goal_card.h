#pragma once
#include "app/view_context.h"
#include "core/goals/goal_status.h"

namespace rk::app {

// What a goal card asks for; the Goals view turns it into intents.
enum class GoalCardAction { None, Select, Edit, TogglePause, Delete, UseBetterTarget };

// One goal: its title, "3 of 5 this week · 4 days left" over a bar, the last
// periods met (filled) or missed (hollow), the streak, and, when the target
// does not fit, why and a better one. A met goal turns green and says so
// quietly; a paused one is greyed. The selected card shows its buttons.
GoalCardAction drawGoalCard(const ViewContext& ctx, const GoalStatus& goal, int weekStart, bool selected);

} // namespace rk::app
