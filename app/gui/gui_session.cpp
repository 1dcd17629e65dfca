#include "app/gui/gui_session.h"

#include "app/app.h"
#include "app/theme/fonts.h"
#include "app/theme/theme.h"
#include "core/repo/settings_repo.h"
#include "core/store/store.h"
#include "platform/window.h"

#include <cctype>
#include <cmath>
#include <imgui.h>
#include <memory>

namespace rk::app {

namespace {

// An ImGui context for the lifetime of a window.
struct ImGuiContextScope {
    ImGuiContextScope() { ImGui::CreateContext(); }
    ~ImGuiContextScope() { ImGui::DestroyContext(); }
};

ThemeMode savedTheme(Store& store) {
    return SettingsRepo(store.db()).getOr("ui.theme", "light") == "dark" ? ThemeMode::Dark : ThemeMode::Light;
}

} // namespace

void runWindow(Store& store, const Clock& clock, const std::string& iniPath) {
    ImGuiContextScope context;
    ImGui::GetIO().IniFilename = iniPath.c_str();
    platform::Window window({});
    const float scale = window.contentScale();
    Theme theme;
    theme.apply(savedTheme(store), scale);
    const Fonts fonts = loadFonts(scale);
    App app(store, clock, window, theme, fonts);
    window.run([&] { return app.frame(); });
    if (!store.readOnly())
        SettingsRepo(store.db()).set("ui.theme", theme.mode == ThemeMode::Dark ? "dark" : "light");
}

void renderScreenshot(Store& store, const Clock& clock, const std::string& pngPath, Tab tab,
                      int width, int height, bool dark, std::int64_t contactId,
                      const std::vector<std::string>& keys) {
    ImGuiContextScope context;
    ImGui::GetIO().IniFilename = nullptr;
    platform::Window window({.title = "Rekindle", .width = width, .height = height, .visible = false});
    const float scale = window.contentScale();
    Theme theme;
    theme.apply(dark ? ThemeMode::Dark : ThemeMode::Light, scale);
    const Fonts fonts = loadFonts(scale);
    App app(store, clock, window, theme, fonts);
    app.setTab(tab);
    // App has no public way to open a contact yet; the view itself is not const.
    if (contactId != 0) const_cast<ContactView&>(app.contactView()).open(contactId);
    const int pw = static_cast<int>(std::lround(width * scale));
    const int ph = static_cast<int>(std::lround(height * scale));
    // Each key goes down for one frame and up for the next, as a person would press it.
    ImGuiIO& io = ImGui::GetIO();
    int frame = 0;
    auto keyIndex = [&](const std::string& k) {
        if (k == "Enter") return io.KeyMap[ImGuiKey_Enter];
        if (k == "Esc") return io.KeyMap[ImGuiKey_Escape];
        if (k == "Tab") return io.KeyMap[ImGuiKey_Tab];
        if (k == "Down") return io.KeyMap[ImGuiKey_DownArrow];
        if (k == "Up") return io.KeyMap[ImGuiKey_UpArrow];
        return k.size() == 1 ? static_cast<int>(std::toupper(static_cast<unsigned char>(k[0]))) : -1;
    };
    const int frames = 4 + 2 * static_cast<int>(keys.size());
    window.screenshot(pngPath, pw, ph, [&] {
        const size_t k = static_cast<size_t>(frame / 2);
        if (k < keys.size() && keys[k].rfind("text:", 0) == 0) {
            if (frame % 2 == 0) io.AddInputCharactersUTF8(keys[k].c_str() + 5);
        } else if (k < keys.size()) {
            const int index = keyIndex(keys[k]);
            if (index >= 0 && index < IM_ARRAYSIZE(io.KeysDown)) io.KeysDown[index] = frame % 2 == 0;
        }
        ++frame;
        app.frame();
    }, frames);
}

} // namespace rk::app
