#include "platform/window.h"

#include "platform/key_feed.h"
#include "platform/window_placement.h"

#define GLFW_INCLUDE_GLEXT
#define GL_GLEXT_PROTOTYPES
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>
#include <stb_image_write.h>

#include <chrono>
#include <cstdlib>
#include <stdexcept>
#include <sys/wait.h>
#include <unistd.h>

namespace rk::platform {

namespace {

// After any input, keep drawing this many frames: ImGui sizes a popup on the
// frame it first appears, so one frame would show it a beat late.
constexpr int kFramesAfterInput = 3;

Window* self(GLFWwindow* w) { return static_cast<Window*>(glfwGetWindowUserPointer(w)); }

void onGlfwError(int, const char*) {}

} // namespace

std::optional<std::string> displayProblem() {
#if defined(__linux__)
    const char* x = std::getenv("DISPLAY");
    const char* wl = std::getenv("WAYLAND_DISPLAY");
    if ((!x || !*x) && (!wl || !*wl))
        return "No display found, so Rekindle can't open its window. Run it from a desktop "
               "session (or set DISPLAY), or use a command such as 'rekindle today' instead.";
#endif
    return std::nullopt;
}

float primaryContentScale() {
    glfwSetErrorCallback(onGlfwError);
    // glfwInit returns at once when already initialised; the Window reports a failure.
    if (!glfwInit()) return 1.f;
    float x = 1.f, y = 1.f;
    if (GLFWmonitor* monitor = glfwGetPrimaryMonitor()) glfwGetMonitorContentScale(monitor, &x, &y);
    return x > 0.f ? x : 1.f;
}

Window::Window(const WindowOptions& options) {
    glfwSetErrorCallback(onGlfwError);
    if (!glfwInit())
        throw std::runtime_error("Rekindle could not start its window system (GLFW). Is a display "
                                 "available?");
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GL_TRUE);
    // Hidden until it is where it was last time, so it never flashes elsewhere first.
    glfwWindowHint(GLFW_VISIBLE, GLFW_FALSE);
    glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
    // The class the launcher entry's StartupWMClass names, whatever the title says later.
    glfwWindowHintString(GLFW_X11_CLASS_NAME, "Rekindle");
    glfwWindowHintString(GLFW_X11_INSTANCE_NAME, "rekindle");

    m_window = glfwCreateWindow(options.width, options.height, options.title.c_str(), nullptr, nullptr);
    if (!m_window) {
        glfwTerminate();
        throw std::runtime_error("Rekindle could not open a window with OpenGL 3.3.");
    }
    glfwSetWindowUserPointer(m_window, this);
    glfwMakeContextCurrent(m_window);
    glfwSwapInterval(1);
    const float scale = contentScale();
    glfwSetWindowSizeLimits(m_window, static_cast<int>(kMinWindowWidth * scale),
                            static_cast<int>(kMinWindowHeight * scale), GLFW_DONT_CARE, GLFW_DONT_CARE);
    m_placementFile = options.placementFile;
    restorePlacement();
    if (options.visible) glfwShowWindow(m_window);
}

namespace {
std::vector<Monitor> connectedMonitors() {
    std::vector<Monitor> out;
    int count = 0;
    GLFWmonitor** monitors = glfwGetMonitors(&count);
    for (int i = 0; i < count; ++i) {
        Monitor m;
        const char* name = glfwGetMonitorName(monitors[i]);
        m.name = name ? name : "";
        glfwGetMonitorWorkarea(monitors[i], &m.workArea.x, &m.workArea.y, &m.workArea.w, &m.workArea.h);
        if (m.workArea.w > 0 && m.workArea.h > 0) out.push_back(std::move(m));
    }
    return out;
}
} // namespace

// Back where it was, clamped onto a monitor that is still connected.
void Window::restorePlacement() {
    if (m_placementFile.empty()) return;
    const std::optional<SavedPlacement> saved = readPlacement(m_placementFile);
    if (!saved) return;
    FrameExtents frame;
    glfwGetWindowFrameSize(m_window, &frame.left, &frame.top, &frame.right, &frame.bottom);
    const float scale = contentScale();
    const Rect r = placeOnScreen(*saved, connectedMonitors(), frame, static_cast<int>(kMinWindowWidth * scale),
                                 static_cast<int>(kMinWindowHeight * scale));
    glfwSetWindowSize(m_window, r.w, r.h);
    glfwSetWindowPos(m_window, r.x, r.y);
}

void Window::savePlacement() const {
    if (m_placementFile.empty()) return;
    // A minimised or maximised window keeps the place it had as a normal one.
    if (glfwGetWindowAttrib(m_window, GLFW_ICONIFIED) || glfwGetWindowAttrib(m_window, GLFW_MAXIMIZED)) return;
    SavedPlacement p;
    glfwGetWindowPos(m_window, &p.rect.x, &p.rect.y);
    glfwGetWindowSize(m_window, &p.rect.w, &p.rect.h);
    p.monitor = monitorHolding(p.rect, connectedMonitors());
    writePlacement(m_placementFile, p);
}

void Window::attachImGui() {
    if (m_imguiAttached) return;
    m_imguiAttached = true;
    // Our own callbacks, chained to ImGui's, so key events can be queued.
    ImGui_ImplGlfw_InitForOpenGL(m_window, false);
    ImGui_ImplOpenGL3_Init("#version 330 core");
    glfwSetKeyCallback(m_window, onKey);
    glfwSetCharCallback(m_window, [](GLFWwindow* w, unsigned int c) {
        // Typed text waits in the same queue as the keys, so it reaches the
        // screen that the keys before it opened.
        self(w)->m_keys.push(KeyEvent::character(c));
        onActivity(w);
    });
    glfwSetMouseButtonCallback(m_window, [](GLFWwindow* w, int b, int a, int m) {
        ImGui_ImplGlfw_MouseButtonCallback(w, b, a, m);
        onActivity(w);
    });
    glfwSetScrollCallback(m_window, [](GLFWwindow* w, double x, double y) {
        ImGui_ImplGlfw_ScrollCallback(w, x, y);
        onActivity(w);
    });
    glfwSetWindowFocusCallback(m_window, [](GLFWwindow* w, int f) {
        ImGui_ImplGlfw_WindowFocusCallback(w, f);
        onActivity(w);
    });
    glfwSetCursorEnterCallback(m_window, [](GLFWwindow* w, int e) {
        ImGui_ImplGlfw_CursorEnterCallback(w, e);
        onActivity(w);
    });
    glfwSetCursorPosCallback(m_window, [](GLFWwindow* w, double, double) { onActivity(w); });
    glfwSetWindowSizeCallback(m_window, [](GLFWwindow* w, int, int) { onActivity(w); });
    glfwSetWindowRefreshCallback(m_window, [](GLFWwindow* w) { onActivity(w); });
    glfwSetDropCallback(m_window, onDrop);
}

void Window::detachImGui() {
    if (!m_imguiAttached) return;
    m_imguiAttached = false;
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
}

Window::~Window() {
    detachImGui();
    glfwDestroyWindow(m_window);
    glfwTerminate();
}

float Window::contentScale() const {
    float x = 1.f, y = 1.f;
    glfwGetWindowContentScale(m_window, &x, &y);
    return x > 0.f ? x : 1.f;
}

void Window::onKey(GLFWwindow* w, int key, int scancode, int action, int mods) {
    self(w)->m_keys.push({key, scancode, action, mods});
    onActivity(w);
}

void Window::onDrop(GLFWwindow* w, int count, const char** paths) {
    for (int i = 0; i < count; ++i) self(w)->m_dropped.emplace_back(paths[i]);
    onActivity(w);
}

void Window::onActivity(GLFWwindow* w) { self(w)->m_activity = true; }

void Window::releaseFontPixels() {
    if (m_fontPixelsReleased) return;
    ImGui::GetIO().Fonts->ClearTexData(); // the texture now lives on the GPU
    m_fontPixelsReleased = true;
}

void Window::refreshFontTexture() {
    ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
    if (atlas.TexID == nullptr && atlas.TexPixelsAlpha8 != nullptr) {
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        ImGui_ImplOpenGL3_CreateFontsTexture();
        m_fontPixelsReleased = false;
    }
    releaseFontPixels();
}

void Window::feedQueuedKeys() {
    deliverToImGui(m_keys.takeFrame());
}

void Window::run(const std::function<FrameRequest()>& frame, const std::function<bool()>& betweenFrames) {
    int framesLeft = kFramesAfterInput;
    double wakeIn = 0.0;
    while (!glfwWindowShouldClose(m_window)) {
        if (framesLeft > 0 || !m_keys.empty()) glfwPollEvents();
        else glfwWaitEventsTimeout(wakeIn > 0.0 ? wakeIn : 60.0);
        if (m_activity) {
            framesLeft = kFramesAfterInput;
            m_activity = false;
        }
        if (betweenFrames && betweenFrames()) framesLeft = kFramesAfterInput;
        feedQueuedKeys();

        ImGui_ImplOpenGL3_NewFrame();
        refreshFontTexture();
        ImGui_ImplGlfw_NewFrame();
        ImGui::NewFrame();
        const FrameRequest request = frame();
        ImGui::Render();
        int fbw = 0, fbh = 0;
        glfwGetFramebufferSize(m_window, &fbw, &fbh);
        glViewport(0, 0, fbw, fbh);
        glClearColor(0.f, 0.f, 0.f, 1.f);
        glClear(GL_COLOR_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
        glfwSwapBuffers(m_window);

        if (request.quit) break;
        if (request.animating || !m_keys.empty()) framesLeft = kFramesAfterInput;
        else if (framesLeft > 0) --framesLeft;
        wakeIn = request.wakeInSeconds;
    }
    savePlacement();
}

void Window::screenshot(const std::string& pngPath, int width, int height,
                        const std::function<void()>& frame, int frames,
                        const std::function<bool()>& betweenFrames) {
    glfwSetWindowSize(m_window, width, height);
    GLuint fbo = 0, color = 0;
    glGenFramebuffers(1, &fbo);
    glBindFramebuffer(GL_FRAMEBUFFER, fbo);
    glGenTextures(1, &color);
    glBindTexture(GL_TEXTURE_2D, color);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, color, 0);
    if (glCheckFramebufferStatus(GL_FRAMEBUFFER) != GL_FRAMEBUFFER_COMPLETE)
        throw std::runtime_error("Could not create an offscreen image to draw into.");

    ImGuiIO& io = ImGui::GetIO();
    for (int i = 0; i < frames; ++i) {
        // No GLFW input here: a fixed size and no pointer, so no hover highlight.
        if (betweenFrames) betweenFrames();
        ImGui_ImplOpenGL3_NewFrame();
        refreshFontTexture();
        io.DisplaySize = ImVec2(static_cast<float>(width), static_cast<float>(height));
        io.DisplayFramebufferScale = ImVec2(1.f, 1.f);
        io.DeltaTime = 1.f / 60.f;
        io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
        ImGui::NewFrame();
        frame();
        ImGui::Render();
        glBindFramebuffer(GL_FRAMEBUFFER, fbo);
        glViewport(0, 0, width, height);
        glClearColor(0.f, 0.f, 0.f, 1.f);
        glClear(GL_COLOR_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    }
    std::vector<unsigned char> pixels(static_cast<size_t>(width) * height * 4);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    glDeleteTextures(1, &color);
    glDeleteFramebuffers(1, &fbo);

    stbi_flip_vertically_on_write(1); // GL's first row is the bottom one
    if (!stbi_write_png(pngPath.c_str(), width, height, 4, pixels.data(), width * 4))
        throw std::runtime_error("Could not write " + pngPath + ".");
}

bool Window::openUrl(const std::string& url) {
    if (!isSafeUrl(url)) return false;
    // fork + exec with an argument vector: the URL never passes through a shell.
    const pid_t pid = fork();
    if (pid == 0) {
        const pid_t grandchild = fork(); // detach so no zombie is left behind
        if (grandchild == 0) {
            execlp("xdg-open", "xdg-open", url.c_str(), static_cast<char*>(nullptr));
        }
        _exit(0);
    }
    if (pid > 0) waitpid(pid, nullptr, 0);
    return pid > 0;
}

std::vector<std::string> Window::takeDroppedFiles() {
    std::vector<std::string> out;
    out.swap(m_dropped);
    return out;
}

void Window::setWindowTitle(const std::string& title) { glfwSetWindowTitle(m_window, title.c_str()); }

} // namespace rk::platform
