#include "platform/key_queue.h"

#include <catch2/catch.hpp>

using namespace rk::platform;

TEST_CASE("A press and release that arrive together are delivered on separate frames",
          "[platform][keys]") {
    KeyQueue q;
    q.push({262, 0, 1, 0}); // press →
    q.push({262, 0, 0, 0}); // release →
    auto first = q.takeFrame();
    REQUIRE(first.size() == 1);
    CHECK(first[0].action == 1);
    for (int i = 0; i < KeyQueue::kSettleFrames; ++i) CHECK(q.takeFrame().empty());
    auto second = q.takeFrame();
    REQUIRE(second.size() == 1);
    CHECK(second[0].action == 0);
    CHECK(q.empty());
}

TEST_CASE("A chord shares a frame with its modifier, its releases come after", "[platform][keys]") {
    KeyQueue q;
    q.push({341, 0, 1, 0}); // Ctrl down
    q.push({'Z', 0, 1, 2}); // Z down
    q.push({'Z', 0, 0, 2}); // Z up
    q.push({341, 0, 0, 0}); // Ctrl up
    auto f1 = q.takeFrame();
    REQUIRE(f1.size() == 2);
    CHECK(f1[0].key == 341);
    CHECK(f1[1].key == 'Z');
    for (int i = 0; i < KeyQueue::kSettleFrames; ++i)
        CHECK(q.takeFrame().empty());
    auto f2 = q.takeFrame();
    REQUIRE(f2.size() == 2);
    CHECK(f2[0].key == 'Z');
    CHECK(f2[0].action == 0);
    CHECK(q.takeFrame().empty());
}

TEST_CASE("A fast typist's keystrokes are all delivered", "[platform][keys]") {
    KeyQueue q;
    const std::string word = "HELLO";
    for (char c : word) {
        q.push({c, 0, 1, 0});
        q.push({c, 0, 0, 0});
    }
    int presses = 0;
    for (int frame = 0; frame < 20 && !q.empty(); ++frame)
        for (const auto& e : q.takeFrame())
            presses += e.action == 1;
    CHECK(presses == 5);
}

namespace {
using rk::platform::KeyEvent;
namespace glfw = rk::platform::glfw;
constexpr int kCtrl = 341;
KeyEvent down(int k, int mods = 0) {
    return {k, 0, glfw::kPress, mods};
}
KeyEvent up(int k, int mods = 0) {
    return {k, 0, glfw::kRelease, mods};
}

// Frames until the queue is empty, settling frames included.
std::vector<std::vector<KeyEvent>> drain(KeyQueue& q) {
    std::vector<std::vector<KeyEvent>> frames;
    for (int i = 0; i < 100 && !q.empty(); ++i)
        frames.push_back(q.takeFrame());
    return frames;
}
} // namespace

TEST_CASE("A modifier's release never shares a frame with the key it modified",
          "[platform][keys]") {
    KeyQueue q;
    q.push(down('L', glfw::kModCtrl)); // Ctrl went down in an earlier wait
    q.push(up(kCtrl, glfw::kModCtrl));
    q.push(up('L'));
    auto frames = drain(q);
    REQUIRE(frames.size() >= 2);
    REQUIRE(frames[0].size() == 1);
    CHECK(frames[0][0].key == 'L');
    CHECK(frames[0][0].mods == glfw::kModCtrl);
}

TEST_CASE("One key that does something per frame, then frames to settle", "[platform][keys]") {
    KeyQueue q;
    q.push(down('A'));
    q.push(KeyEvent::character('a'));
    q.push(up('A'));
    q.push(down('B'));
    q.push(KeyEvent::character('b'));
    auto f1 = q.takeFrame();
    REQUIRE(f1.size() == 2); // A and the 'a' it typed
    CHECK(f1[1].codepoint == 'a');
    for (int i = 0; i < KeyQueue::kSettleFrames; ++i)
        CHECK(q.takeFrame().empty());
    auto f2 = q.takeFrame();
    REQUIRE(f2.size() == 3); // A's release, then B and its 'b'
    CHECK(f2[0].key == 'A');
    CHECK(f2[1].key == 'B');
    CHECK(f2[2].codepoint == 'b');
}

TEST_CASE("Characters wait with the key that typed them", "[platform][keys]") {
    KeyQueue q;
    q.push(down('L', glfw::kModCtrl));
    q.push(down('N'));
    q.push(KeyEvent::character('n'));
    auto f1 = q.takeFrame();
    REQUIRE(f1.size() == 1);
    CHECK(f1[0].key == 'L');
    bool typedN = false;
    for (const auto& frame : drain(q))
        for (const auto& e : frame)
            typedN = typedN || e.codepoint == 'n';
    CHECK(typedN);
}
