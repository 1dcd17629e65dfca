#pragma once
// The swipe of a Today card, as a plain state machine: no ImGui, no clock of
// its own. The view feeds it pointer positions and frame times; it answers
// where the card is, how far it is tilted, which label is fading in, and,
// once the card has flown off, which way it went.

namespace rk::app {

struct Vec2f {
    float x = 0.f;
    float y = 0.f;
};

enum class SwipeDirection { None, Right, Left, Up, Down };

struct SwipeConfig {
    float cardWidth = 360.f;
    float cardHeight = 420.f;
    float commitFraction = 0.4f;   // of the card's width (height for up/down) to commit
    float flingSpeed = 1100.f;     // px/s: a quick flick commits even when short
    float minFlingDistance = 24.f; // a tap with jitter is never a fling
    float flySpeed = 2600.f;       // px/s when leaving the screen
    float springStiffness = 420.f; // spring back: critically damped
    float maxTiltDegrees = 12.f;
};

class SwipeGesture {
public:
    enum class State { Idle, Dragging, SpringingBack, FlyingOff, Gone };

    explicit SwipeGesture(SwipeConfig config = {}) : m_config(config) {}
    void setConfig(const SwipeConfig& config) { m_config = config; }

    void press(Vec2f pointer, double time);
    void move(Vec2f pointer, double time);
    // Ends the drag: flies off when past the threshold or flung, else springs back.
    SwipeDirection release(double time);
    // Keyboard and buttons: send the card off without a drag.
    void flyOff(SwipeDirection direction);
    // Brings a card that flew off back to the centre (a cancelled log sheet).
    void returnFromOffscreen();
    // Advances the animation by dt seconds.
    void update(double dt);
    void reset();

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] Vec2f offset() const { return m_offset; }
    [[nodiscard]] float tiltDegrees() const;
    // The direction the card leans towards and how strongly (0..1), for the label.
    [[nodiscard]] SwipeDirection leaning() const;
    [[nodiscard]] float leanStrength() const;
    [[nodiscard]] bool animating() const {
        return m_state == State::SpringingBack || m_state == State::FlyingOff;
    }
    [[nodiscard]] SwipeDirection direction() const { return m_direction; }
    // True exactly once after the card has left the screen.
    [[nodiscard]] bool takeGone();

private:
    [[nodiscard]] float offscreenDistance() const;

    SwipeConfig m_config;
    State m_state = State::Idle;
    Vec2f m_start;
    Vec2f m_offset;
    Vec2f m_velocity;        // px/s, smoothed while dragging
    Vec2f m_springVelocity;
    Vec2f m_lastPointer;
    double m_lastTime = 0.0;
    SwipeDirection m_direction = SwipeDirection::None;
    bool m_goneReported = true;
};

} // namespace rk::app
