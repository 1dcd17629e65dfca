#include "app/gui/gui_session.h"

#include "app/app.h"
#include "app/theme/fonts.h"
#include "app/theme/theme.h"
#include "core/repo/settings_repo.h"
#include "core/store/store.h"
#include "platform/window.h"

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
                      int width, int height, bool dark) {
    ImGuiContextScope context;
    ImGui::GetIO().IniFilename = nullptr;
    platform::Window window({.title = "Rekindle", .width = width, .height = height, .visible = false});
    const float scale = window.contentScale();
    Theme theme;
    theme.apply(dark ? ThemeMode::Dark : ThemeMode::Light, scale);
    const Fonts fonts = loadFonts(scale);
    App app(store, clock, window, theme, fonts);
    app.setTab(tab);
    const int pw = static_cast<int>(std::lround(width * scale));
    const int ph = static_cast<int>(std::lround(height * scale));
    window.screenshot(pngPath, pw, ph, [&] { app.frame(); });
}

} // namespace rk::app
