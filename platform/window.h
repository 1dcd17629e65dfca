#pragma once
#include "platform/gl_textures.h"
#include "platform/key_queue.h"
#include "platform/services.h"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

struct GLFWwindow;

namespace rk::platform {

struct WindowOptions {
    std::string title = "Rekindle";
    int width = 430; // logical pixels; multiplied by the content scale
    int height = 880;
    bool visible = true;
    // Where the window's size, position and monitor are kept between runs
    // (window_placement.h); empty for windows that are not remembered.
    std::string placementFile;
};

// Why a window can't be opened here ("No display…"), or nothing when it can.
[[nodiscard]] std::optional<std::string> displayProblem();

// The content scale of the main monitor, known before any window opens (1
// when there is no display; the Window then says what is wrong).
[[nodiscard]] float primaryContentScale();

// The GLFW window with its OpenGL 3.3 context and ImGui's GLFW/OpenGL3
// backends. The window opens without ImGui, so other start-up work can run
// meanwhile; attachImGui() then needs the ImGui context, before run() or
// screenshot(), and detachImGui() must come before that context is destroyed.
class Window final : public Services {
public:
    explicit Window(const WindowOptions& options);
    void attachImGui();
    void detachImGui(); // before the ImGui context goes; the destructor does it too
    ~Window() override;
    Window(const Window&) = delete;
    Window& operator=(const Window&) = delete;

    // The OS's UI scale for this window (1 normally, 1.5 or 2 on HiDPI).
    [[nodiscard]] float contentScale() const;

    // The event loop. `frame` is called between ImGui::NewFrame and
    // ImGui::Render. When nothing moves the loop sleeps in the OS event wait;
    // after any input it draws a few more frames so popups settle.
    // `betweenFrames` runs after each Render, before the next NewFrame (the
    // only time the font atlas may be built again); true means it changed
    // something to draw. A rebuilt atlas (TexID cleared) is uploaded again.
    void run(const std::function<FrameRequest()>& frame,
             const std::function<bool()>& betweenFrames = {});

    // Renders `frames` frames of `frame` at width x height into an offscreen
    // framebuffer and writes the last one to a PNG. Throws std::runtime_error.
    void screenshot(const std::string& pngPath, int width, int height,
                    const std::function<void()>& frame, int frames = 4,
                    const std::function<bool()>& betweenFrames = {});

    // Services
    bool openUrl(const std::string& url) override;
    [[nodiscard]] std::vector<std::string> takeDroppedFiles() override;
    void setWindowTitle(const std::string& title) override;
    [[nodiscard]] Textures& textures() override { return m_textures; }

private:
    static void onKey(GLFWwindow* w, int key, int scancode, int action, int mods);
    static void onDrop(GLFWwindow* w, int count, const char** paths);
    static void onActivity(GLFWwindow* w);
    void feedQueuedKeys();
    void restorePlacement();
    void savePlacement() const;

    GLFWwindow* m_window = nullptr;
    std::string m_placementFile;
    GlTextures m_textures;
    KeyQueue m_keys;
    std::vector<std::string> m_dropped;
    bool m_activity = true;
    bool m_fontPixelsReleased = false;
    bool m_imguiAttached = false;
    // Once the renderer has uploaded the font atlas, the CPU copy of its
    // pixels (tens of MB) is only dead weight.
    void releaseFontPixels();
    // Uploads the font atlas again when it was built again since the last
    // upload (ImGui clears its TexID then), and lets go of its pixels.
    void refreshFontTexture();
};

} // namespace rk::platform
