#pragma once
#include "app/view_context.h"
#include "app/views/goals/fresh_start_sheet.h"
#include "app/views/goals/goal_editor.h"

#include <cstdint>

namespace rk::app {

// Goals: each goal's progress this week or month, computed from the log
// (core/goals), and the ways to change them with keys or the mouse alone:
// N new, ↑/↓ select, E edit, P pause or resume, Delete, U take the suggested
// target, F a fresh start. Every change is one intent, one undo step.
class GoalsView {
public:
    void draw(ViewContext& ctx);

    [[nodiscard]] bool freshStartOpen() const { return m_freshStart.isOpen(); }
    [[nodiscard]] const GoalEditor& editor() const { return m_editor; }
    [[nodiscard]] std::int64_t selected() const { return m_selected; }

private:
    void handleKeys(ViewContext& ctx);
    void act(ViewContext& ctx, const GoalStatus& goal, int action);
    void drawHeader(ViewContext& ctx);

    GoalEditor m_editor;
    FreshStartSheet m_freshStart;
    std::int64_t m_selected = 0; // the goal whose buttons show; 0: the first
};

} // namespace rk::app
