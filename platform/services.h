#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace rk::platform {

// Pictures on the GPU (the avatars' photos). The app decides what to upload
// and when to let it go; only platform/ touches GL. Pixels are 8-bit RGBA,
// rows top to bottom; an Id is what ImGui's renderer takes as ImTextureID.
class Textures {
public:
    using Id = std::uintptr_t;
    virtual ~Textures() = default;
    // A new texture holding a copy of `rgba` (width * height * 4 bytes); 0
    // when it could not be made. Called between NewFrame and Render.
    [[nodiscard]] virtual Id create(int width, int height, const unsigned char* rgba) = 0;
    virtual void destroy(Id id) = 0;
};

// OS services the app asks for. A plain interface with no GLFW or GL in
// sight, so app/ can depend on it and UI tests can pass a fake.
class Services {
public:
    virtual ~Services() = default;
    // Opens mailto:, tel:, http: and https: links with the desktop's handler,
    // never through a shell. Returns false (and does nothing) for any other scheme.
    virtual bool openUrl(const std::string& url) = 0;
    // Files dropped on the window since the last call.
    [[nodiscard]] virtual std::vector<std::string> takeDroppedFiles() = 0;
    virtual void setWindowTitle(const std::string& title) = 0;
    // Where pictures go to be drawn.
    [[nodiscard]] virtual Textures& textures() = 0;
};

// What the frame function asks of the loop.
struct FrameRequest {
    bool animating = false;      // draw the next frame right away
    double wakeInSeconds = 60.0; // otherwise sleep at most this long (a toast expiring, midnight)
    bool quit = false;
};

// True for the only schemes Rekindle will ever hand to the OS: mailto:, tel:,
// http: and https:, with no spaces or control characters.
[[nodiscard]] inline bool isSafeUrl(const std::string& url) {
    if (url.empty() || url.size() > 4096) return false;
    for (unsigned char c : url)
        if (c <= 0x20 || c == 0x7f) return false;
    std::string lower;
    for (size_t i = 0; i < url.size() && i < 8; ++i)
        lower += static_cast<char>(url[i] >= 'A' && url[i] <= 'Z' ? url[i] + 32 : url[i]);
    return lower.rfind("mailto:", 0) == 0 || lower.rfind("tel:", 0) == 0 ||
           lower.rfind("http://", 0) == 0 || lower.rfind("https://", 0) == 0;
}

} // namespace rk::platform
