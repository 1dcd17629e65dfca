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
    auto second = q.takeFrame();
    REQUIRE(second.size() == 1);
    CHECK(second[0].action == 0);
    CHECK(q.empty());
}

TEST_CASE("Different keys in one burst share a frame, in order", "[platform][keys]") {
    KeyQueue q;
    q.push({341, 0, 1, 0}); // Ctrl down
    q.push({'Z', 0, 1, 2}); // Z down
    q.push({'Z', 0, 0, 2}); // Z up
    q.push({341, 0, 0, 0}); // Ctrl up
    auto f1 = q.takeFrame();
    REQUIRE(f1.size() == 2);
    CHECK(f1[0].key == 341);
    CHECK(f1[1].key == 'Z');
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
        for (const auto& e : q.takeFrame()) presses += e.action == 1;
    CHECK(presses == 5);
}
