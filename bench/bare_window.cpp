// rekindle-bare-window: the reference for "start to first frame" and for the
// GL driver's share of memory. The same stack as Rekindle (GLFW 3.3, an OpenGL
// 3.3 core context, Dear ImGui with its GLFW and OpenGL3 backends) with the
// default font and one small ImGui window, and nothing else.
//
//   rekindle-bare-window                  a visible 430 × 880 window; sleeps in
//                                         the event wait like Rekindle's loop
//   rekindle-bare-window --screenshot F   4 frames offscreen into a PNG and exit,
//                                         as `rekindle screenshot` does
#define GLFW_INCLUDE_GLEXT
#define GL_GLEXT_PROTOTYPES
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>
#include <stb_image_write.h>

#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

namespace {

constexpr int kWidth = 430, kHeight = 880;

void drawUi() {
    ImGui::SetNextWindowPos(ImVec2(20, 20));
    ImGui::Begin("Bare window");
    ImGui::TextUnformatted("Hello from a bare GLFW + ImGui window.");
    ImGui::Button("A button");
    ImGui::End();
}

int screenshot(GLFWwindow* window, const char* png) {
    glfwSetWindowSize(window, kWidth, kHeight);
    GLuint fbo = 0, color = 0;
    glGenFramebuffers(1, &fbo);
    glBindFramebuffer(GL_FRAMEBUFFER, fbo);
    glGenTextures(1, &color);
    glBindTexture(GL_TEXTURE_2D, color);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, kWidth, kHeight, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, color, 0);
    if (glCheckFramebufferStatus(GL_FRAMEBUFFER) != GL_FRAMEBUFFER_COMPLETE) return 1;
    ImGuiIO& io = ImGui::GetIO();
    for (int i = 0; i < 4; ++i) {
        ImGui_ImplOpenGL3_NewFrame();
        io.DisplaySize = ImVec2(kWidth, kHeight);
        io.DisplayFramebufferScale = ImVec2(1.f, 1.f);
        io.DeltaTime = 1.f / 60.f;
        ImGui::NewFrame();
        drawUi();
        ImGui::Render();
        glBindFramebuffer(GL_FRAMEBUFFER, fbo);
        glViewport(0, 0, kWidth, kHeight);
        glClearColor(0.f, 0.f, 0.f, 1.f);
        glClear(GL_COLOR_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    }
    std::vector<unsigned char> pixels(static_cast<size_t>(kWidth) * kHeight * 4);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, kWidth, kHeight, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
    stbi_flip_vertically_on_write(1);
    return stbi_write_png(png, kWidth, kHeight, 4, pixels.data(), kWidth * 4) ? 0 : 1;
}

void run(GLFWwindow* window) {
    // Rekindle's loop in miniature: draw a few frames after any event, then sleep.
    static bool activity = true;
    glfwSetCursorPosCallback(window, [](GLFWwindow*, double, double) { activity = true; });
    glfwSetWindowRefreshCallback(window, [](GLFWwindow*) { activity = true; });
    int framesLeft = 3;
    while (!glfwWindowShouldClose(window)) {
        if (framesLeft > 0) glfwPollEvents();
        else glfwWaitEventsTimeout(60.0);
        if (activity) framesLeft = 3, activity = false;
        ImGui_ImplOpenGL3_NewFrame();
        ImGui_ImplGlfw_NewFrame();
        ImGui::NewFrame();
        drawUi();
        ImGui::Render();
        int w = 0, h = 0;
        glfwGetFramebufferSize(window, &w, &h);
        glViewport(0, 0, w, h);
        glClearColor(0.1f, 0.1f, 0.1f, 1.f);
        glClear(GL_COLOR_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
        glfwSwapBuffers(window);
        if (framesLeft > 0) --framesLeft;
    }
}

} // namespace

int main(int argc, char** argv) {
    const char* png = argc == 3 && std::strcmp(argv[1], "--screenshot") == 0 ? argv[2] : nullptr;
    if (argc != 1 && !png) {
        std::fprintf(stderr, "usage: rekindle-bare-window [--screenshot FILE.png]\n");
        return 2;
    }
    if (!glfwInit()) return 1;
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GL_TRUE);
    glfwWindowHint(GLFW_VISIBLE, png ? GLFW_FALSE : GLFW_TRUE);
    GLFWwindow* window = glfwCreateWindow(kWidth, kHeight, "Bare window", nullptr, nullptr);
    if (!window) return 1;
    glfwMakeContextCurrent(window);
    glfwSwapInterval(1);
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    ImGui_ImplGlfw_InitForOpenGL(window, true);
    ImGui_ImplOpenGL3_Init("#version 330 core");
    const int rc = png ? screenshot(window, png) : (run(window), 0);
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    glfwDestroyWindow(window);
    glfwTerminate();
    return rc;
}
