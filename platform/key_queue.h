#pragma once
#include <deque>
#include <vector>

namespace rk::platform {

// Key events held back so that each frame sees at most one change per key.
// The GLFW backend of ImGui 1.86 writes io.KeysDown directly: a press and
// its release arriving in one event wait would cancel out and the keystroke
// would be lost. Plain C++ so it is testable without a window.
struct KeyEvent {
    int key = 0;
    int scancode = 0;
    int action = 0; // GLFW_PRESS / GLFW_RELEASE / GLFW_REPEAT
    int mods = 0;
};

class KeyQueue {
public:
    void push(const KeyEvent& e) { m_events.push_back(e); }
    // The events to deliver this frame: in order, stopping before the second
    // event for a key already delivered this frame.
    [[nodiscard]] std::vector<KeyEvent> takeFrame();
    [[nodiscard]] bool empty() const { return m_events.empty(); }

private:
    std::deque<KeyEvent> m_events;
};

} // namespace rk::platform
