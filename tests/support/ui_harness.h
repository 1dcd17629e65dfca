#pragma once
#include "app/app.h"
#include "app/text/text_pipeline.h"
#include "app/theme/fonts.h"
#include "app/theme/theme.h"
#include "core/store/store.h"
#include "platform/font_finder.h"
#include "platform/key_queue.h"
#include "platform/services.h"
#include "tests/support/memory_textures.h"

#include <imgui.h>

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace rk::test {

// Stands in for the OS: records what the app asked for.
class FakeServices final : public platform::Services {
public:
    bool openUrl(const std::string& url) override {
        if (!platform::isSafeUrl(url)) return false;
        opened.push_back(url);
        return true;
    }
    std::vector<std::string> takeDroppedFiles() override {
        std::vector<std::string> out;
        out.swap(dropped);
        return out;
    }
    void setWindowTitle(const std::string& t) override { title = t; }
    platform::Textures& textures() override { return memoryTextures; }

    std::vector<std::string> opened;
    std::vector<std::string> dropped;
    std::string title;
    MemoryTextures memoryTextures;
};

// GLFW's key codes, which the platform layer feeds into io.KeysDown.
namespace key {
inline constexpr int Tab = 258, Enter = 257, Escape = 256, Backspace = 259, Delete = 261;
inline constexpr int Right = 262, Left = 263, Down = 264, Up = 265;
inline constexpr int PageUp = 266, PageDown = 267, Home = 268, End = 269, Space = 32;
inline constexpr int LeftCtrl = 341, LeftShift = 340, LeftAlt = 342;

// Events for a burst: a key going down or up with the modifiers then held
// (platform::glfw::kMod*), and typed text (a press, the character, a release
// per letter, as GLFW reports typing).
[[nodiscard]] inline platform::KeyEvent down(int k, int mods = 0) {
    return {k, 0, platform::glfw::kPress, mods};
}
[[nodiscard]] inline platform::KeyEvent up(int k, int mods = 0) {
    return {k, 0, platform::glfw::kRelease, mods};
}
[[nodiscard]] std::vector<platform::KeyEvent> typing(const std::string& asciiText);
[[nodiscard]] std::vector<platform::KeyEvent> chord(int mods, int k);
} // namespace key

// Drives the real App with no window: an ImGui context with a built font
// atlas, a fixed display size, and synthetic mouse and keyboard input.
// Each input helper runs the frames needed for ImGui to see the event.
// The UI tests drive it; rekindle-bench times its frames and its start-up.
class UiHarness {
public:
    UiHarness(Store& store, const Clock& clock, float width = 430, float height = 880,
              app::AppOptions options = {});
    ~UiHarness();
    UiHarness(const UiHarness&) = delete;
    UiHarness& operator=(const UiHarness&) = delete;

    // What one frame cost from NewFrame to Render, in milliseconds.
    struct FrameTime {
        double wallMs = 0.0;
        double cpuMs = 0.0; // this thread's CPU time
    };
    // What the constructor spent on each step of the start-up, wall milliseconds.
    struct SetupTimes {
        double fontsMs = 0.0;       // loadFonts: rasterise and pack the atlas
        double rgbaMs = 0.0;        // GetTexDataAsRGBA32, as the OpenGL3 backend asks
        double firstFramesMs = 0.0; // App constructor + its first two frames
    };

    FrameTime frame();
    void frames(int n) {
        for (int i = 0; i < n; ++i)
            frame();
    }

    void moveMouse(float x, float y);
    void click(float x, float y);
    // Presses at `from`, moves in `steps` frames to `to`, releases.
    void drag(ImVec2 from, ImVec2 to, int steps = 8);
    void wheel(float x, float y, float notches); // negative scrolls down
    void press(int key, bool ctrl = false, bool shift = false, bool alt = false);
    void type(const std::string& text);
    // Keyboard events as one event wait of the real window would hand them
    // over (xdotool's chords, a fast typist): they go through the window's
    // own KeyQueue and deliverToImGui, one frame's worth per frame, and this
    // runs frames until all are delivered and the queue has settled.
    void burst(const std::vector<platform::KeyEvent>& events);
    // Runs one frame and returns the text it drew, as ImGui's log records it
    // (labels, Text, buttons, combo previews; not text put straight onto a
    // draw list), for tests that read the screen as a person would.
    [[nodiscard]] std::string screenText();
    // Runs frames until `done` holds (checked before each), for at most
    // `seconds` of wall time: work that finishes on another thread takes as
    // long as the machine is busy (CI runs the fuzzers alongside), not a
    // number of frames. Returns whether it held.
    bool framesUntil(const std::function<bool()>& done, double seconds = 60.0);

    // Runs one frame that draws `body` instead of the App: a component on its own.
    void frameWith(const std::function<void()>& body);

    // Where a widget was drawn, in screen coordinates.
    struct ItemRect {
        ImVec2 min, max;
        [[nodiscard]] ImVec2 centre() const {
            return {(min.x + max.x) * 0.5f, (min.y + max.y) * 0.5f};
        }
    };
    // Runs one frame noting what primaryButton, secondaryButton and pill drew
    // (app/widgets/item_probe.h), and returns where the item labelled `label`
    // is: its text as shown, without the icon in front ("Try a demo network",
    // "Email"). Throws, failing the test, unless exactly one was drawn.
    [[nodiscard]] ItemRect itemRect(const std::string& label);
    // Clicks the middle of itemRect(label).
    void clickItem(const std::string& label);

    // Two harnesses in one test (two app windows on one database): each has
    // its own ImGui context; call this before driving the other one.
    void makeCurrent() { ImGui::SetCurrentContext(m_context); }

    [[nodiscard]] app::App& app() { return *m_app; }
    [[nodiscard]] const app::Theme& theme() const { return m_theme; }
    [[nodiscard]] const app::Fonts& fonts() const { return m_fonts; }
    // Fallback glyphs and right-to-left text, with the system's fonts (fontconfig) as the window has.
    [[nodiscard]] app::text::TextPipeline& text() { return *m_text; }
    [[nodiscard]] FakeServices& services() { return m_services; }
    [[nodiscard]] ImVec2 size() const { return {m_width, m_height}; }
    [[nodiscard]] const SetupTimes& setupTimes() const { return m_setupTimes; }
    // The centre of tab `index` in the bottom bar.
    [[nodiscard]] ImVec2 tabCentre(app::Tab tab) const;

private:
    float m_width, m_height;
    ImGuiContext* m_context = nullptr;
    FakeServices m_services;
    app::Theme m_theme;
    app::Fonts m_fonts;
    std::unique_ptr<platform::FontFinder> m_finder;
    std::unique_ptr<app::text::TextPipeline> m_text;
    std::unique_ptr<app::App> m_app;
    platform::KeyQueue m_keys;
    std::string m_clipboard; // ImGui's clipboard, and where screenText() logs to
    SetupTimes m_setupTimes;
};

} // namespace rk::test
