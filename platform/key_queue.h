#pragma once
#include <deque>
#include <vector>

namespace rk::platform {

// GLFW's numbers, repeated here so this file needs no GLFW header.
namespace glfw {
inline constexpr int kRelease = 0, kPress = 1, kRepeat = 2;
inline constexpr int kModShift = 0x1, kModCtrl = 0x2, kModAlt = 0x4, kModSuper = 0x8;
inline constexpr int kFirstModifierKey = 340,
                     kLastModifierKey = 347; // Shift, Ctrl, Alt, Super × left/right
} // namespace glfw

// One keyboard event as GLFW reported it: a key (with the modifiers held at
// that moment) or a typed character (key == 0).
struct KeyEvent {
    int key = 0;
    int scancode = 0;
    int action = 0; // glfw::kPress / kRelease / kRepeat
    int mods = 0;   // glfw::kMod* held when the key moved, as the key callback saw them
    unsigned codepoint = 0;

    [[nodiscard]] static KeyEvent character(unsigned cp) { return {0, 0, glfw::kPress, 0, cp}; }
    [[nodiscard]] bool isCharacter() const { return key == 0 && codepoint != 0; }
    [[nodiscard]] bool isModifierKey() const {
        return key >= glfw::kFirstModifierKey && key <= glfw::kLastModifierKey;
    }
    // A press of a key that does something (not Shift/Ctrl/Alt/Super on their own).
    [[nodiscard]] bool isCommandPress() const {
        return !isCharacter() && !isModifierKey() && action != glfw::kRelease;
    }
};

// Keys and characters held back so that every keystroke is handled on the
// screen the keystroke before it left. ImGui 1.86 reads the keyboard once a
// frame (io.KeysDown, io.KeyCtrl…), and xdotool, a fast typist or a laggy
// system deliver a whole chord, or a chord and the text after it, in one
// event wait. Unqueued, a press and release cancel out, Ctrl's release lands
// in the frame that sees its L, and the text typed after Ctrl+L reaches Today
// before the log sheet exists. So each frame gets at most:
//   - one event per key (a press and its release never share a frame);
//   - one key press that does something, with the characters it typed and
//     the modifier changes before it; a modifier that moves after it waits
//     for the next frame, so the frame sees the chord as it was pressed;
// and after a frame with such a press, `kSettleFrames` frames get nothing, so
// a sheet or field that key opened can take the focus before the next key.
// Plain C++, so it is testable without a window.
class KeyQueue {
public:
    static constexpr int kSettleFrames = 2;

    void push(const KeyEvent& e) { m_events.push_back(e); }
    // The events to deliver this frame, in order.
    [[nodiscard]] std::vector<KeyEvent> takeFrame();
    [[nodiscard]] bool empty() const { return m_events.empty(); }

private:
    std::deque<KeyEvent> m_events;
    int m_settling = 0;
};

} // namespace rk::platform
