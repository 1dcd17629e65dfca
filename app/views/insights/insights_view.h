#pragma once
#include "app/view_context.h"
#include "app/views/insights/insight_charts.h"

#include <optional>

namespace rk::app {

// Insights: the habit over time, drawn from ReadModels::insights(). Every
// figure opens the people behind it (ShowInsightPeople), a list whose rows
// open the contact page. It shows over the tab it was opened from (Goals or
// More, or Ctrl+I anywhere). Keys: ←/→ move between figures, ↑/↓ between
// charts, Enter opens, Esc goes back.
class InsightsView {
public:
    void open();
    void close();
    // The people behind `figure`, or (nothing) the charts again.
    void showPeople(std::optional<InsightFigure> figure);
    void draw(ViewContext& ctx);

    [[nodiscard]] bool isOpen() const { return m_open; }
    [[nodiscard]] const std::optional<InsightFigure>& peopleFigure() const { return m_people; }
    // Where last frame drew each figure (for tests and the keys).
    [[nodiscard]] const std::vector<insight::FigureHit>& figures() const { return m_hits; }
    [[nodiscard]] int selected() const { return m_selected; }
    [[nodiscard]] ContactId selectedPerson() const { return m_selectedPerson; }

private:
    static constexpr float kMaxWidth = 640.f; // as the contact page

    void drawCharts(ViewContext& ctx);
    void drawPeople(ViewContext& ctx);
    void handleChartKeys(ViewContext& ctx);
    void handlePeopleKeys(ViewContext& ctx);

    bool m_open = false;
    std::optional<InsightFigure> m_people;
    std::vector<insight::FigureHit> m_hits; // last frame's
    int m_selected = -1;
    bool m_scrollToSelected = false;
    ContactId m_selectedPerson = 0;
};

} // namespace rk::app
