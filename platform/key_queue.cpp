#include "platform/key_queue.h"

#include <algorithm>

namespace rk::platform {

std::vector<KeyEvent> KeyQueue::takeFrame() {
    std::vector<KeyEvent> out;
    std::vector<int> touched;
    while (!m_events.empty()) {
        const KeyEvent& e = m_events.front();
        if (std::find(touched.begin(), touched.end(), e.key) != touched.end()) break;
        touched.push_back(e.key);
        out.push_back(e);
        m_events.pop_front();
    }
    return out;
}

} // namespace rk::platform
