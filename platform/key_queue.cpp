#include "platform/key_queue.h"

#include <algorithm>

namespace rk::platform {

std::vector<KeyEvent> KeyQueue::takeFrame() {
    std::vector<KeyEvent> out;
    if (m_settling > 0) {
        --m_settling;
        return out;
    }
    std::vector<int> touched;
    bool commandPressed = false;
    while (!m_events.empty()) {
        const KeyEvent& e = m_events.front();
        if (!e.isCharacter()) {
            if (std::find(touched.begin(), touched.end(), e.key) != touched.end()) break;
            if (commandPressed && (e.isModifierKey() || e.isCommandPress())) break;
            touched.push_back(e.key);
            commandPressed = commandPressed || e.isCommandPress();
        }
        out.push_back(e);
        m_events.pop_front();
    }
    if (commandPressed) m_settling = kSettleFrames;
    return out;
}

} // namespace rk::platform
