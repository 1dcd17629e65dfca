#pragma once
#include "app/gesture/swipe_gesture.h"
#include "app/view_context.h"
#include "core/followup/queue_item.h"

#include <memory>
#include <optional>

namespace rk {
class FollowUpPlanner;
class Database;
}

namespace rk::app {

// Today: the stack of people to follow up with. Right = done (log it),
// left = snooze, down = skip, up = open. Mouse drag, trackpad and keys all
// work; every action goes through the App as an intent and can be undone.
class TodayView final : public View {
public:
    [[nodiscard]] const TodayQueue& queue() const { return m_queue; }
    [[nodiscard]] bool networkEmpty() const { return m_contactCount == 0; }
    [[nodiscard]] const SwipeGesture& gesture() const { return m_gesture; }
    [[nodiscard]] bool animating() const { return m_gesture.animating(); }
    // The top card's rectangle last frame (tests drag it).
    [[nodiscard]] ImVec2 cardMin() const { return m_cardMin; }
    [[nodiscard]] ImVec2 cardSize() const { return m_cardSize; }
    [[nodiscard]] bool snoozeMenuOpen() const { return m_snoozeMenuRequested || m_snoozeMenuOpen; }

    // The log sheet opened by a Done swipe was cancelled: bring the card back.
    void cardReturned() { m_gesture.returnFromOffscreen(); m_pendingDone = false; }
    // The card's action went through (or failed): forget the flown-off card.
    void cardSettled() { m_gesture.reset(); m_pendingDone = false; }
    [[nodiscard]] bool waitingForLog() const { return m_pendingDone; }

protected:
    void reload(ViewContext& ctx) override;
    void drawContent(ViewContext& ctx) override;

private:
    void drawHeader(ViewContext& ctx);
    void drawEmpty(ViewContext& ctx);
    void drawStack(ViewContext& ctx, ImVec2 area);
    void drawActions(ViewContext& ctx);
    void drawSnoozeMenu(ViewContext& ctx);
    void handleKeys(ViewContext& ctx);
    void finishFlight(ViewContext& ctx);

    // Kept between reloads: it holds prepared statements.
    std::shared_ptr<FollowUpPlanner> m_planner;
    Database* m_plannerDb = nullptr;
    TodayQueue m_queue;
    std::int64_t m_contactCount = 0;
    SwipeGesture m_gesture;
    std::optional<QueueItem> m_flying; // the card in flight (survives a reload)
    bool m_pendingDone = false;        // a Done swipe waits for the log sheet
    bool m_snoozeMenuRequested = false;
    bool m_snoozeMenuOpen = false;
    std::string m_snoozeDate;
    std::string m_snoozeError;
    double m_lastTime = 0.0;
    ImVec2 m_cardMin{0, 0};
    ImVec2 m_cardSize{0, 0};
};

} // namespace rk::app
