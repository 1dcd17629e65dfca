#include "main/gui/gui_session.h"

#include "app/app.h"
#include "app/text/text_pipeline.h"
#include "app/theme/fonts.h"
#include "app/theme/theme.h"
#include "app/views/start/open_problem_view.h"
#include "core/db/store_error.h"
#include "core/open/open_problem.h"
#include "core/repo/settings_repo.h"
#include "core/store/backup_rotation.h"
#include "core/store/store.h"
#include "main/gui/crash_for_test.h"
#include "platform/dav/dav_server.h"
#include "platform/fontconfig_finder.h"
#include "platform/keyring/secret_service_keyring.h"
#include "platform/window.h"

#include <cctype>
#include <cmath>
#include <imgui.h>
#include <algorithm>
#include <filesystem>
#include <iostream>
#include <memory>
#include <utility>
#include <variant>

namespace rk::app {

namespace {

// A window with its ImGui context, the fonts baked on a worker thread while
// the window opens (see FontBake). Members are built in this order and torn
// down in reverse: the window's ImGui backends go before the context does.
class GuiSession {
public:
    GuiSession(const platform::WindowOptions& options, const char* iniFile)
        : m_bake(platform::primaryContentScale()), m_window(options), m_scale(m_window.contentScale()),
          m_fonts(m_bake.wait(m_scale)), m_finder(platform::makeFontconfigFinder()),
          m_text(*m_bake.atlas(), m_fonts, m_scale, m_finder.get()) {
        ImGui::CreateContext(m_bake.atlas());
        ImGui::GetIO().IniFilename = iniFile;
        m_window.attachImGui();
    }
    ~GuiSession() {
        m_window.detachImGui();
        ImGui::DestroyContext();
    }
    GuiSession(const GuiSession&) = delete;
    GuiSession& operator=(const GuiSession&) = delete;

    [[nodiscard]] platform::Window& window() { return m_window; }
    [[nodiscard]] float scale() const { return m_scale; }
    [[nodiscard]] const Fonts& fonts() const { return m_fonts; }
    [[nodiscard]] text::TextPipeline& text() { return m_text; }

private:
    FontBake m_bake;
    platform::Window m_window;
    float m_scale;
    Fonts m_fonts;
    std::unique_ptr<platform::FontFinder> m_finder;
    text::TextPipeline m_text; // bakes fallback glyphs into m_bake's atlas, updating m_fonts
};

// The window's services, with one file handed over as if it had been
// dropped on the window (screenshots of the import preview).
class DropOnce final : public platform::Services {
public:
    DropOnce(platform::Services& inner, std::string file) : m_inner(inner), m_file(std::move(file)) {}
    bool openUrl(const std::string& url) override { return m_inner.openUrl(url); }
    std::vector<std::string> takeDroppedFiles() override {
        std::vector<std::string> files = m_inner.takeDroppedFiles();
        if (!m_file.empty()) files.insert(files.begin(), std::exchange(m_file, {}));
        return files;
    }
    void setWindowTitle(const std::string& title) override { m_inner.setWindowTitle(title); }
    platform::Textures& textures() override { return m_inner.textures(); }

private:
    platform::Services& m_inner;
    std::string m_file;
};

ThemeMode savedTheme(Store& store) {
    return SettingsRepo(store.db()).getOr("ui.theme", "light") == "dark" ? ThemeMode::Dark : ThemeMode::Light;
}

std::string besideDatabase(const std::string& dbPath, const char* name) {
    return (std::filesystem::absolute(dbPath).parent_path() / name).string();
}

// The app on an open store, until the window closes.
void runApp(GuiSession& gui, Store& store, const Clock& clock, const WindowStart& start) {
    // A daily copy next to the database, before anything can change.
    if (!store.readOnly()) {
        try {
            rotateBackups(store, besideDatabase(store.path(), "backups"));
        } catch (const StoreError& e) {
            std::cerr << "rekindle: could not make today's backup (" << e.what() << "); carrying on.\n";
        }
    }
    Theme theme;
    theme.apply(savedTheme(store), gui.scale());
    {
        // The App ends (and joins any import worker) before the store is written below.
        DropOnce services(gui.window(), start.importFile);
        DavServer syncServer;
        SecretServiceKeyring keyring; // outlives the App, whose keyring thread it stops
        App app(store, clock, services, theme, gui.fonts(),
                {.import = {}, .syncServer = &syncServer, .passwordKeeper = &keyring});
        if (!start.notice.empty()) app.notify(start.notice);
        if (store.readOnly()) app.notify("Opened read-only: you can look, search and export, but changes won't be saved.");
        gui.window().run(
            [&] {
                crashIfAskedForTest();
                platform::FrameRequest request = app.frame();
                // Characters the atlas lacks are baked before the next frame: draw it.
                if (gui.text().pending()) request.animating = true;
                return request;
            },
            [&] { return gui.text().betweenFrames(); });
    }
    if (!store.readOnly())
        SettingsRepo(store.db()).set("ui.theme", theme.mode == ThemeMode::Dark ? "dark" : "light");
}

} // namespace

int runWindow(const WindowStart& start, const Clock& clock) {
    const std::string ini = besideDatabase(start.dbPath, "imgui.ini");
    GuiSession gui({.placementFile = besideDatabase(start.dbPath, "window.txt")}, ini.c_str());
    std::string path = start.dbPath;
    OpenMode mode = OpenMode::ReadWriteCreate;
    OpenProblemView problemView;
    Theme theme;
    theme.apply(ThemeMode::Light, gui.scale());
    for (;;) {
        OpenResult opened = openOrExplain(path, clock, mode);
        if (auto* store = std::get_if<std::unique_ptr<Store>>(&opened)) {
            runApp(gui, **store, clock, start);
            return 0;
        }
        // No database: the window explains, and the terminal hears it too.
        const OpenProblem& problem = std::get<OpenProblem>(opened);
        std::cerr << "rekindle: " << problem.explanation << "\n";
        problemView.show(problem, besideDatabase(path, "backups"));
        std::optional<OpenProblemChoice> choice;
        gui.window().run([&] {
            choice = problemView.draw(theme, gui.fonts());
            platform::FrameRequest request;
            request.quit = choice.has_value();
            return request;
        });
        if (!choice || choice->kind == OpenProblemChoice::Kind::Quit) return 1;
        path = choice->path;
        mode = choice->kind == OpenProblemChoice::Kind::OpenReadOnly ? OpenMode::ReadOnly : OpenMode::ReadWriteCreate;
    }
}

void renderProblemScreenshot(const OpenProblem& problem, const std::string& pngPath, int width, int height,
                             bool dark) {
    GuiSession gui({.title = "Rekindle", .width = width, .height = height, .visible = false, .placementFile = {}}, nullptr);
    Theme theme;
    theme.apply(dark ? ThemeMode::Dark : ThemeMode::Light, gui.scale());
    OpenProblemView view;
    view.show(problem, besideDatabase(problem.path, "backups"));
    const int pw = static_cast<int>(std::lround(width * gui.scale()));
    const int ph = static_cast<int>(std::lround(height * gui.scale()));
    gui.window().screenshot(pngPath, pw, ph, [&] { (void)view.draw(theme, gui.fonts()); });
}

int renderScreenshot(Store& store, const Clock& clock, const std::string& pngPath, Tab tab,
                      int width, int height, bool dark, std::int64_t contactId,
                      const std::vector<std::string>& keys, const std::string& importFile) {
    GuiSession gui({.title = "Rekindle", .width = width, .height = height, .visible = false, .placementFile = {}}, nullptr);
    platform::Window& window = gui.window();
    const float scale = gui.scale();
    Theme theme;
    theme.apply(dark ? ThemeMode::Dark : ThemeMode::Light, scale);
    DropOnce services(window, importFile);
    App app(store, clock, services, theme, gui.fonts());
    app.setTab(tab);
    // App has no public way to open a contact yet; the view itself is not const.
    if (contactId != 0) app.openContact(contactId);
    const int pw = static_cast<int>(std::lround(width * scale));
    const int ph = static_cast<int>(std::lround(height * scale));
    // Each key goes down for one frame, up for the next, and the app gets a
    // third to act on it (focus moves a frame late); text arrives on the second.
    ImGuiIO& io = ImGui::GetIO();
    int frame = 0;
    auto keyIndex = [&](const std::string& k) {
        if (k == "Enter") return io.KeyMap[ImGuiKey_Enter];
        if (k == "Esc") return io.KeyMap[ImGuiKey_Escape];
        if (k == "Tab") return io.KeyMap[ImGuiKey_Tab];
        if (k == "Down") return io.KeyMap[ImGuiKey_DownArrow];
        if (k == "Up") return io.KeyMap[ImGuiKey_UpArrow];
        if (k == "Left") return io.KeyMap[ImGuiKey_LeftArrow];
        if (k == "Right") return io.KeyMap[ImGuiKey_RightArrow];
        return k.size() == 1 ? static_cast<int>(std::toupper(static_cast<unsigned char>(k[0]))) : -1;
    };
    // A dropped file needs three frames for its preview to open before keys act on it.
    const int settle = importFile.empty() ? 0 : 3;
    const int frames = 4 + settle + 3 * static_cast<int>(keys.size());
    window.screenshot(pngPath, pw, ph, [&] {
        const int f = std::max(0, frame - settle);
        const size_t k = frame < settle ? keys.size() : static_cast<size_t>(f / 3);
        const int step = f % 3;
        // "/" and other punctuation are typed characters to the app (its
        // shortcuts read them as text), so they arrive as text.
        const bool punctuation = k < keys.size() && keys[k].size() == 1 &&
                                 std::ispunct(static_cast<unsigned char>(keys[k][0]));
        if (k < keys.size() && (keys[k].rfind("text:", 0) == 0 || punctuation)) {
            if (step == 1) io.AddInputCharactersUTF8(keys[k].c_str() + (punctuation ? 0 : 5));
        } else if (k < keys.size()) {
            // "Ctrl+I": the key with Ctrl held while it is down.
            const bool ctrl = keys[k].rfind("Ctrl+", 0) == 0;
            const int index = keyIndex(ctrl ? keys[k].substr(5) : keys[k]);
            if (index >= 0 && index < IM_ARRAYSIZE(io.KeysDown)) io.KeysDown[index] = step == 0;
            // Held until the frame that sees the key has run; KeyMods must agree.
            if (ctrl) {
                io.KeyCtrl = step <= 1;
                io.KeyMods = io.KeyCtrl ? ImGuiKeyModFlags_Ctrl : ImGuiKeyModFlags_None;
            }
        }
        ++frame;
        crashIfAskedForTest();
        app.frame();
    }, frames, [&] { return gui.text().betweenFrames(); });
    // The last frame's draw data is still there: count its placeholders.
    return text::countPlaceholders(*ImGui::GetDrawData(), *ImGui::GetIO().Fonts);
}

} // namespace rk::app
