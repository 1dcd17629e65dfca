#pragma once
#include "app/view_context.h"
#include "core/commands/goal_commands.h"

#include <cstdint>

namespace rk::app {

// The small dialog that makes or changes a goal: what to count (↑/↓ or a
// click), how many (←/→ or − and +), a week or a month (W/M or a click),
// the goal's title as it will read, Enter saves and Esc leaves it as it was.
class GoalEditor {
public:
    void openNew();
    void openEdit(std::int64_t id, const GoalDraft& draft);
    [[nodiscard]] bool isOpen() const { return m_open; }
    [[nodiscard]] const GoalDraft& draft() const { return m_draft; }
    void draw(ViewContext& ctx);

private:
    void handleKeys(ViewContext& ctx);
    void setKind(GoalKind kind);
    void step(int direction);
    void save(ViewContext& ctx);
    void close();

    bool m_open = false;
    bool m_popupOpened = false;
    std::int64_t m_id = 0; // 0: a new goal
    GoalDraft m_draft;
};

} // namespace rk::app
