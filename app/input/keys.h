#pragma once
#include <imgui.h>

namespace rk::app::keys {

// True while a text field has the keyboard: it owns every key that types.
[[nodiscard]] inline bool textFieldActive() {
    return ImGui::GetIO().WantTextInput;
}

// Key indices into io.KeysDown. Letters and digits use their ASCII code
// (as GLFW does); named keys go through io.KeyMap. The platform layer and the
// headless test harness both feed events this way.
//
// A letter or digit is a shortcut only when no text field is active, unless
// Ctrl or Alt is held: typing "12" into the snooze picker's date field must
// not choose "Tomorrow (1)". This is the one place that rule lives.
[[nodiscard]] inline bool pressed(char asciiUpper, bool repeat = false) {
    const ImGuiIO& io = ImGui::GetIO();
    if (textFieldActive() && !io.KeyCtrl && !io.KeyAlt) return false;
    return ImGui::IsKeyPressed(static_cast<unsigned char>(asciiUpper), repeat);
}
[[nodiscard]] inline bool pressed(ImGuiKey key, bool repeat = false) {
    return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key), repeat);
}
// Marks a key's press as handled: nothing drawn later this frame sees it
// pressed (ImGui 1.86 counts a press when its held time is exactly zero; a
// held time below the repeat delay is neither a press nor a repeat).
inline void consume(ImGuiKey key) {
    const int index = ImGui::GetKeyIndex(key);
    if (index >= 0) ImGui::GetIO().KeysDownDuration[index] = 0.01f;
}
[[nodiscard]] inline bool ctrl() {
    return ImGui::GetIO().KeyCtrl;
}
[[nodiscard]] inline bool shift() {
    return ImGui::GetIO().KeyShift;
}
[[nodiscard]] inline bool alt() {
    return ImGui::GetIO().KeyAlt;
}
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
