#pragma once
#include "platform/key_queue.h"

#include <vector>

namespace rk::platform {

// Hands one frame's keyboard events (KeyQueue::takeFrame) to ImGui's IO:
// io.KeysDown by GLFW key code, typed characters, and the modifiers as each
// key event carried them. Only ImGui, no GLFW: the window and the headless
// UI harness feed keys through this same function.
void deliverToImGui(const std::vector<KeyEvent>& events);

} // namespace rk::platform
