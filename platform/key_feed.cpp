#include "platform/key_feed.h"

#include <imgui.h>

namespace rk::platform {
namespace {

// GLFW's codes for the left and right modifier keys.
constexpr int kLeftShift = 340, kLeftCtrl = 341, kLeftAlt = 342, kLeftSuper = 343;
constexpr int kRightShift = 344, kRightCtrl = 345, kRightAlt = 346, kRightSuper = 347;

void modifiersFromKeysDown(ImGuiIO& io) {
    io.KeyShift = io.KeysDown[kLeftShift] || io.KeysDown[kRightShift];
    io.KeyCtrl = io.KeysDown[kLeftCtrl] || io.KeysDown[kRightCtrl];
    io.KeyAlt = io.KeysDown[kLeftAlt] || io.KeysDown[kRightAlt];
    io.KeySuper = io.KeysDown[kLeftSuper] || io.KeysDown[kRightSuper];
}

// What the key callback saw when the key moved wins over what is down now:
// a chord keeps its Ctrl even when Ctrl's release is already on its way.
void modifiersFromEvent(ImGuiIO& io, int mods) {
    io.KeyShift = (mods & glfw::kModShift) != 0;
    io.KeyCtrl = (mods & glfw::kModCtrl) != 0;
    io.KeyAlt = (mods & glfw::kModAlt) != 0;
    io.KeySuper = (mods & glfw::kModSuper) != 0;
}

} // namespace

void deliverToImGui(const std::vector<KeyEvent>& events) {
    ImGuiIO& io = ImGui::GetIO();
    for (const KeyEvent& e : events) {
        if (e.isCharacter()) {
            io.AddInputCharacter(e.codepoint);
            continue;
        }
        if (e.key >= 0 && e.key < IM_ARRAYSIZE(io.KeysDown)) {
            if (e.action == glfw::kPress) io.KeysDown[e.key] = true;
            if (e.action == glfw::kRelease) io.KeysDown[e.key] = false;
        }
        if (e.isModifierKey())
            modifiersFromKeysDown(io);
        else if (e.action != glfw::kRelease)
            modifiersFromEvent(io, e.mods);
    }
}

} // namespace rk::platform
