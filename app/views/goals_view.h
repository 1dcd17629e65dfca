#pragma once
#include "app/view_context.h"
#include "core/repo/goal_repo.h"

#include <vector>

namespace rk::app {

// Goals: networking targets and how this week (or month) is going.
class GoalsView final : public View {
protected:
    void reload(ViewContext& ctx) override;
    void drawContent(ViewContext& ctx) override;

private:
    std::vector<GoalProgress> m_goals;
};

} // namespace rk::app
