#pragma once
#include <imgui.h>

namespace rk::app::keys {

// Key indices into io.KeysDown. Letters and digits use their ASCII code
// (as GLFW does); named keys go through io.KeyMap. The platform layer and the
// headless test harness both feed events this way.
[[nodiscard]] inline bool pressed(char asciiUpper, bool repeat = false) {
    return ImGui::IsKeyPressed(static_cast<unsigned char>(asciiUpper), repeat);
}
[[nodiscard]] inline bool pressed(ImGuiKey key, bool repeat = false) {
    return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key), repeat);
}
[[nodiscard]] inline bool ctrl() { return ImGui::GetIO().KeyCtrl; }
[[nodiscard]] inline bool shift() { return ImGui::GetIO().KeyShift; }
[[nodiscard]] inline bool alt() { return ImGui::GetIO().KeyAlt; }
[[nodiscard]] inline bool noMods() {
    const ImGuiIO& io = ImGui::GetIO();
    return !io.KeyCtrl && !io.KeyAlt && !io.KeySuper;
}
// A typed character this frame (for '/', '?' and other layout-dependent keys).
[[nodiscard]] inline bool typed(ImWchar c) {
    const ImGuiIO& io = ImGui::GetIO();
    for (int i = 0; i < io.InputQueueCharacters.Size; ++i)
        if (io.InputQueueCharacters[i] == c) return true;
    return false;
}

} // namespace rk::app::keys
