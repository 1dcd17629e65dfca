#pragma once
#include "app/views/sheets/sheet.h"
#include "core/commands/goal_commands.h"

#include <cstdint>
#include <set>
#include <vector>

namespace rk::app {

// A fresh start, in two steps: the year's goals (a few suggested, each taken
// or left with Space or a click), then the dormant people to get back in
// touch with, each with an opener. Starting it is one change (FreshStart):
// the goals are set and the people join Today a few a day from today.
class FreshStartSheet final : public Sheet {
public:
    FreshStartSheet() : Sheet("##fresh-start") {}

    void open();
    [[nodiscard]] bool isOpen() const override { return m_step != Step::Closed; }
    // How many people join Today each day.
    static constexpr int kPerDay = 3;

private:
    enum class Step { Closed, Goals, People };
    struct Suggestion {
        GoalDraft draft;
        bool taken = false;
    };

    void drawStep(ViewContext& ctx) override;
    void dismissed(ViewContext&) override { m_step = Step::Closed; }
    void drawGoals(ViewContext& ctx);
    void drawPeople(ViewContext& ctx);
    void handleKeys(ViewContext& ctx, int rows);
    void start(ViewContext& ctx);

    Step m_step = Step::Closed;
    std::vector<Suggestion> m_goals;
    std::set<std::int64_t> m_left; // people unticked
    int m_selected = 0;
};

} // namespace rk::app
