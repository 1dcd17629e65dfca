#pragma once
#include "app/gesture/swipe_gesture.h"
#include "app/view_context.h"
#include "core/followup/queue_item.h"

#include <optional>
#include <string>

namespace rk::app {

// Today: the stack of people to follow up with, from the read models' board.
// Right = done (log it), left = snooze, down = skip, up = open. Mouse drag,
// trackpad and keys all work; every action goes through the App as an intent
// and can be undone.
class TodayView {
public:
    void draw(ViewContext& ctx);

    [[nodiscard]] const SwipeGesture& gesture() const { return m_gesture; }
    [[nodiscard]] bool animating() const { return m_gesture.animating(); }
    // The top card's rectangle last frame (tests drag it).
    [[nodiscard]] ImVec2 cardMin() const { return m_cardMin; }
    [[nodiscard]] ImVec2 cardSize() const { return m_cardSize; }
    // The top of the Snooze / Skip / Open / Done row on screen; 0 when not drawn.
    [[nodiscard]] float actionRowTop() const { return m_actionRowTop; }
    [[nodiscard]] bool snoozeMenuOpen() const { return m_snoozeMenuRequested || m_snoozeMenuOpen; }

    // The log sheet opened by a Done swipe was cancelled: bring the card back.
    void cardReturned() { m_gesture.returnFromOffscreen(); }
    // The card's action went through (or failed): forget the flown-off card.
    void cardSettled() {
        m_gesture.reset();
        m_flying.reset();
    }
    // A Done swipe sent the card off and the log sheet it opened is still up.
    [[nodiscard]] bool waitingForLog() const {
        return m_gesture.state() == SwipeGesture::State::Gone &&
               m_gesture.direction() == SwipeDirection::Right;
    }

private:
    void drawHeader(ViewContext& ctx, const TodayQueue& queue);
    void drawEmpty(ViewContext& ctx);
    void drawStack(ViewContext& ctx, ImVec2 area);
    void drawActions(ViewContext& ctx, float width);
    void drawSnoozeMenu(ViewContext& ctx);
    void handleKeys(ViewContext& ctx);
    void finishFlight(ViewContext& ctx);
    [[nodiscard]] static const std::vector<QueueItem>& cards(const ViewContext& ctx) {
        return ctx.models.today().queue.items;
    }

    SwipeGesture m_gesture;
    std::optional<QueueItem> m_flying; // the card in flight (outlives a new queue)
    bool m_snoozeMenuRequested = false;
    bool m_snoozeMenuOpen = false;
    std::string m_snoozeDate;
    std::string m_snoozeError;
    double m_lastTime = 0.0;
    ImVec2 m_cardMin{0, 0};
    ImVec2 m_cardSize{0, 0};
    float m_actionRowTop = 0.f;
};

} // namespace rk::app
