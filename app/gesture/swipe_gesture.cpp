#include "app/gesture/swipe_gesture.h"

#include <algorithm>
#include <cmath>

namespace rk::app {

namespace {
float length(Vec2f v) { return std::sqrt(v.x * v.x + v.y * v.y); }

// The dominant axis decides the direction; a diagonal counts as horizontal
// unless the vertical part is clearly larger.
SwipeDirection dominant(Vec2f v) {
    if (v.x == 0.f && v.y == 0.f) return SwipeDirection::None;
    if (std::fabs(v.y) > std::fabs(v.x) * 1.2f)
        return v.y < 0.f ? SwipeDirection::Up : SwipeDirection::Down;
    return v.x > 0.f ? SwipeDirection::Right : SwipeDirection::Left;
}

Vec2f unit(SwipeDirection d) {
    switch (d) {
    case SwipeDirection::Right: return {1.f, 0.f};
    case SwipeDirection::Left: return {-1.f, 0.f};
    case SwipeDirection::Up: return {0.f, -1.f};
    case SwipeDirection::Down: return {0.f, 1.f};
    case SwipeDirection::None: break;
    }
    return {0.f, 0.f};
}
} // namespace

void SwipeGesture::press(Vec2f pointer, double time) {
    if (m_state == State::FlyingOff || m_state == State::Gone) return;
    m_state = State::Dragging;
    // Grabbing a card mid spring-back keeps it where it is.
    m_start = {pointer.x - m_offset.x, pointer.y - m_offset.y};
    m_lastPointer = pointer;
    m_lastTime = time;
    m_velocity = {};
}

void SwipeGesture::move(Vec2f pointer, double time) {
    if (m_state != State::Dragging) return;
    const double dt = time - m_lastTime;
    if (dt > 1e-4) {
        const Vec2f instant{static_cast<float>((pointer.x - m_lastPointer.x) / dt),
                            static_cast<float>((pointer.y - m_lastPointer.y) / dt)};
        // Exponential smoothing: one jittery frame doesn't decide a fling.
        m_velocity = {m_velocity.x * 0.4f + instant.x * 0.6f, m_velocity.y * 0.4f + instant.y * 0.6f};
        m_lastTime = time;
    }
    m_lastPointer = pointer;
    m_offset = {pointer.x - m_start.x, pointer.y - m_start.y};
}

SwipeDirection SwipeGesture::release(double time) {
    if (m_state != State::Dragging) return SwipeDirection::None;
    // A pointer that stood still before release has no fling left in it.
    if (time - m_lastTime > 0.1) m_velocity = {};
    const SwipeDirection dir = dominant(m_offset);
    const bool horizontal = dir == SwipeDirection::Left || dir == SwipeDirection::Right;
    const float distance = horizontal ? std::fabs(m_offset.x) : std::fabs(m_offset.y);
    const float threshold = m_config.commitFraction * (horizontal ? m_config.cardWidth : m_config.cardHeight);
    const Vec2f along = unit(dir);
    const float speedAlong = m_velocity.x * along.x + m_velocity.y * along.y;
    const bool flung = speedAlong > m_config.flingSpeed && distance > m_config.minFlingDistance;
    if (dir != SwipeDirection::None && (distance >= threshold || flung)) {
        flyOff(dir);
        return dir;
    }
    m_state = State::SpringingBack;
    m_springVelocity = {};
    return SwipeDirection::None;
}

void SwipeGesture::flyOff(SwipeDirection direction) {
    if (direction == SwipeDirection::None) return;
    m_direction = direction;
    m_state = State::FlyingOff;
    m_goneReported = false;
}

void SwipeGesture::returnFromOffscreen() {
    m_state = State::SpringingBack;
    m_springVelocity = {};
    m_direction = SwipeDirection::None;
    m_goneReported = true;
}

float SwipeGesture::offscreenDistance() const {
    return std::max(m_config.cardWidth, m_config.cardHeight) * 1.6f;
}

void SwipeGesture::update(double dt) {
    const float step = static_cast<float>(std::clamp(dt, 0.0, 0.05));
    if (m_state == State::FlyingOff) {
        const Vec2f along = unit(m_direction);
        m_offset.x += along.x * m_config.flySpeed * step;
        m_offset.y += along.y * m_config.flySpeed * step;
        const float travelled = m_offset.x * along.x + m_offset.y * along.y;
        if (travelled >= offscreenDistance()) m_state = State::Gone;
    } else if (m_state == State::SpringingBack) {
        // Critically damped spring towards the centre: no overshoot, no wobble.
        const float k = m_config.springStiffness;
        const float c = 2.f * std::sqrt(k);
        const Vec2f accel{-k * m_offset.x - c * m_springVelocity.x, -k * m_offset.y - c * m_springVelocity.y};
        m_springVelocity.x += accel.x * step;
        m_springVelocity.y += accel.y * step;
        m_offset.x += m_springVelocity.x * step;
        m_offset.y += m_springVelocity.y * step;
        if (length(m_offset) < 0.5f && length(m_springVelocity) < 5.f) reset();
    }
}

void SwipeGesture::reset() {
    m_state = State::Idle;
    m_offset = {};
    m_velocity = {};
    m_springVelocity = {};
    m_direction = SwipeDirection::None;
}

float SwipeGesture::tiltDegrees() const {
    const float f = std::clamp(m_offset.x / m_config.cardWidth, -1.f, 1.f);
    return f * m_config.maxTiltDegrees;
}

SwipeDirection SwipeGesture::leaning() const {
    if (m_state == State::FlyingOff || m_state == State::Gone) return m_direction;
    return dominant(m_offset);
}

float SwipeGesture::leanStrength() const {
    if (m_state == State::FlyingOff || m_state == State::Gone) return 1.f;
    const SwipeDirection dir = dominant(m_offset);
    if (dir == SwipeDirection::None) return 0.f;
    const bool horizontal = dir == SwipeDirection::Left || dir == SwipeDirection::Right;
    const float distance = horizontal ? std::fabs(m_offset.x) : std::fabs(m_offset.y);
    const float threshold = m_config.commitFraction * (horizontal ? m_config.cardWidth : m_config.cardHeight);
    return std::clamp(distance / threshold, 0.f, 1.f);
}

bool SwipeGesture::takeGone() {
    if (m_state != State::Gone || m_goneReported) return false;
    m_goneReported = true;
    return true;
}

} // namespace rk::app
