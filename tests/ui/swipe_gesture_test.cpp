#include "app/gesture/swipe_gesture.h"

#include <catch2/catch.hpp>

using namespace rk::app;

namespace {
// Drags from the card centre by (dx, dy) over `seconds`, in 60 Hz steps.
SwipeDirection dragBy(SwipeGesture& g, float dx, float dy, double seconds, double holdBeforeRelease = 0.0) {
    double t = 0.0;
    g.press({200, 300}, t);
    const int steps = std::max(1, static_cast<int>(seconds * 60));
    for (int i = 1; i <= steps; ++i) {
        t += seconds / steps;
        const float f = static_cast<float>(i) / static_cast<float>(steps);
        g.move({200 + dx * f, 300 + dy * f}, t);
    }
    return g.release(t + holdBeforeRelease);
}

void settle(SwipeGesture& g, double seconds = 2.0) {
    for (double t = 0; t < seconds; t += 1.0 / 60) g.update(1.0 / 60);
}
} // namespace

TEST_CASE("A slow drag past 40% of the card width commits in that direction", "[gesture]") {
    struct Row {
        float dx, dy;
        SwipeDirection expected;
    };
    const Row rows[] = {
        {160, 0, SwipeDirection::Right}, {-160, 10, SwipeDirection::Left},
        {0, -190, SwipeDirection::Up},   {10, 190, SwipeDirection::Down},
    };
    for (const auto& r : rows) {
        SwipeGesture g({.cardWidth = 360, .cardHeight = 420});
        INFO("dx " << r.dx << " dy " << r.dy);
        CHECK(dragBy(g, r.dx, r.dy, 1.0, 0.2) == r.expected);
        CHECK(g.state() == SwipeGesture::State::FlyingOff);
        settle(g);
        CHECK(g.state() == SwipeGesture::State::Gone);
        CHECK(g.takeGone());
        CHECK_FALSE(g.takeGone()); // reported once
    }
}

TEST_CASE("A short drag springs back to the centre without overshoot", "[gesture]") {
    SwipeGesture g({.cardWidth = 360, .cardHeight = 420});
    CHECK(dragBy(g, 80, 0, 1.0, 0.2) == SwipeDirection::None);
    CHECK(g.state() == SwipeGesture::State::SpringingBack);
    float minX = 1000.f;
    for (int i = 0; i < 120; ++i) {
        g.update(1.0 / 60);
        minX = std::min(minX, g.offset().x);
    }
    CHECK(minX > -1.f); // critically damped: never swings past the centre
    CHECK(g.state() == SwipeGesture::State::Idle);
    CHECK(g.offset().x == 0.f);
}

TEST_CASE("A quick flick commits even when it is short", "[gesture]") {
    SwipeGesture g({.cardWidth = 360, .cardHeight = 420});
    CHECK(dragBy(g, -90, 0, 0.05) == SwipeDirection::Left);
}

TEST_CASE("A flick that stopped before release does not count as a fling", "[gesture]") {
    SwipeGesture g({.cardWidth = 360, .cardHeight = 420});
    CHECK(dragBy(g, 90, 0, 0.05, 0.3) == SwipeDirection::None);
}

TEST_CASE("Tilt and label strength follow the drag", "[gesture]") {
    SwipeGesture g({.cardWidth = 360, .cardHeight = 420, .maxTiltDegrees = 12});
    g.press({0, 0}, 0);
    g.move({72, 0}, 0.5); // 50% of the threshold distance (144 px)
    CHECK(g.leaning() == SwipeDirection::Right);
    CHECK(g.leanStrength() == Approx(0.5f));
    CHECK(g.tiltDegrees() == Approx(2.4f));
    g.move({-200, 0}, 1.0);
    CHECK(g.leaning() == SwipeDirection::Left);
    CHECK(g.leanStrength() == Approx(1.f));
}

TEST_CASE("Keys fly the card off and a cancelled log brings it back", "[gesture]") {
    SwipeGesture g;
    g.flyOff(SwipeDirection::Right);
    CHECK(g.animating());
    settle(g);
    CHECK(g.takeGone());
    g.returnFromOffscreen();
    settle(g);
    CHECK(g.state() == SwipeGesture::State::Idle);
    CHECK(g.offset().x == Approx(0.f).margin(0.5));
    CHECK_FALSE(g.animating());
}
