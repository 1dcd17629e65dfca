#include "tests/support/ui_harness.h"

#include "platform/fontconfig_finder.h"
#include "platform/key_feed.h"

#include "app/theme/icons.h"
#include "app/widgets/item_probe.h"
#include "tests/support/stopwatch.h"

#include <algorithm>
#include <chrono>
#include <cstring>
#include <stdexcept>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

namespace rk::test {

namespace {

// A label's text as shown: up to "##", without an icon in front and the spaces after it.
std::string shownText(std::string_view label) {
    label = label.substr(0, label.find("##"));
    for (const char* icon : app::kAllIcons) {
        if (!label.starts_with(icon)) continue;
        label.remove_prefix(std::strlen(icon));
        label.remove_prefix(std::min(label.find_first_not_of(' '), label.size()));
        break;
    }
    return std::string(label);
}

// Notes every item the widgets report while it is alive.
class ItemLog final : public app::widgets::ItemProbe {
public:
    struct Item {
        std::string text;
        UiHarness::ItemRect rect;
    };

    ItemLog() { app::widgets::setItemProbe(this); }
    ~ItemLog() override { app::widgets::setItemProbe(nullptr); }
    ItemLog(const ItemLog&) = delete;
    ItemLog& operator=(const ItemLog&) = delete;

    void drawn(const char* label, ImVec2 min, ImVec2 max) override {
        items.push_back({shownText(label), {min, max}});
    }

    std::vector<Item> items;
};

} // namespace

UiHarness::UiHarness(Store& store, const Clock& clock, float width, float height,
                     app::AppOptions options)
    : m_width(width), m_height(height) {
    m_context = ImGui::CreateContext();
    ImGui::SetCurrentContext(m_context); // a second harness must not build into the first's atlas
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.LogFilename = nullptr;
    io.DisplaySize = ImVec2(width, height);
    io.DeltaTime = 1.f / 60.f;
    io.KeyMap[ImGuiKey_Tab] = key::Tab;
    io.KeyMap[ImGuiKey_LeftArrow] = key::Left;
    io.KeyMap[ImGuiKey_RightArrow] = key::Right;
    io.KeyMap[ImGuiKey_UpArrow] = key::Up;
    io.KeyMap[ImGuiKey_DownArrow] = key::Down;
    io.KeyMap[ImGuiKey_PageUp] = key::PageUp;
    io.KeyMap[ImGuiKey_PageDown] = key::PageDown;
    io.KeyMap[ImGuiKey_Home] = key::Home;
    io.KeyMap[ImGuiKey_End] = key::End;
    io.KeyMap[ImGuiKey_Delete] = key::Delete;
    io.KeyMap[ImGuiKey_Backspace] = key::Backspace;
    io.KeyMap[ImGuiKey_Space] = key::Space;
    io.KeyMap[ImGuiKey_Enter] = key::Enter;
    io.KeyMap[ImGuiKey_Escape] = key::Escape;
    io.KeyMap[ImGuiKey_KeyPadEnter] = 335;
    io.KeyMap[ImGuiKey_A] = 'A';
    io.KeyMap[ImGuiKey_C] = 'C';
    io.KeyMap[ImGuiKey_V] = 'V';
    io.KeyMap[ImGuiKey_X] = 'X';
    io.KeyMap[ImGuiKey_Y] = 'Y';
    io.KeyMap[ImGuiKey_Z] = 'Z';
    io.ClipboardUserData = this;
    io.SetClipboardTextFn = [](void* self, const char* text) {
        static_cast<UiHarness*>(self)->m_clipboard = text;
    };
    io.GetClipboardTextFn = [](void* self) {
        return static_cast<UiHarness*>(self)->m_clipboard.c_str();
    };
    m_theme.apply(app::ThemeMode::Light, 1.f);
    auto t0 = SteadyClock::now();
    m_fonts = app::loadFonts(1.f);
    m_setupTimes.fontsMs = msSince(t0);
    t0 = SteadyClock::now();
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h); // headless: the atlas only has to exist
    m_setupTimes.rgbaMs = msSince(t0);
    m_finder = platform::makeFontconfigFinder();
    m_text = std::make_unique<app::text::TextPipeline>(*io.Fonts, m_fonts, 1.f, m_finder.get());
    t0 = SteadyClock::now();
    m_app = std::make_unique<app::App>(store, clock, m_services, m_theme, m_fonts, options);
    frames(2);
    m_setupTimes.firstFramesMs = msSince(t0);
}

UiHarness::~UiHarness() {
    ImGui::SetCurrentContext(m_context);
    m_app.reset();
    m_text.reset();
    ImGui::DestroyContext(m_context);
}

UiHarness::FrameTime UiHarness::frame() {
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(m_width, m_height);
    io.DeltaTime = 1.f / 60.f;
    m_text->betweenFrames(); // as the window does after Render
    const Stopwatch sw;
    if (!m_keys.empty()) platform::deliverToImGui(m_keys.takeFrame());
    ImGui::NewFrame();
    m_app->frame();
    ImGui::Render();
    return {sw.wallMs(), sw.cpuMs()};
}

std::string UiHarness::screenText() {
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(m_width, m_height);
    io.DeltaTime = 1.f / 60.f;
    m_text->betweenFrames();
    ImGui::NewFrame();
    m_clipboard.clear();
    ImGui::LogToClipboard(0); // depth 0: logging must not open tree nodes by itself
    m_app->frame();
    ImGui::LogFinish();
    ImGui::Render();
    return std::exchange(m_clipboard, {});
}

void UiHarness::frameWith(const std::function<void()>& body) {
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(m_width, m_height);
    io.DeltaTime = 1.f / 60.f;
    m_text->betweenFrames();
    ImGui::NewFrame();
    body();
    ImGui::Render();
}

bool UiHarness::framesUntil(const std::function<bool()>& done, double seconds) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
    while (std::chrono::steady_clock::now() < deadline) {
        if (done()) return true;
        frame();
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    return done();
}

UiHarness::ItemRect UiHarness::itemRect(const std::string& label) {
    ItemLog log;
    frame();
    std::vector<ItemRect> found;
    std::string drawn;
    for (const auto& item : log.items) {
        if (item.text == label) found.push_back(item.rect);
        drawn += (drawn.empty() ? "\"" : ", \"") + item.text + "\"";
    }
    if (found.size() != 1)
        throw std::runtime_error("UiHarness: " + std::to_string(found.size()) +
                                 " items labelled \"" + label + "\" in the frame, not 1; it drew " +
                                 (drawn.empty() ? "none" : drawn));
    return found.front();
}

void UiHarness::clickItem(const std::string& label) {
    const ImVec2 c = itemRect(label).centre();
    click(c.x, c.y);
}

void UiHarness::moveMouse(float x, float y) {
    ImGui::GetIO().MousePos = ImVec2(x, y);
    frame();
}

void UiHarness::click(float x, float y) {
    ImGuiIO& io = ImGui::GetIO();
    moveMouse(x, y);
    io.MouseDown[0] = true;
    frame();
    io.MouseDown[0] = false;
    frames(2);
}

void UiHarness::drag(ImVec2 from, ImVec2 to, int steps) {
    ImGuiIO& io = ImGui::GetIO();
    moveMouse(from.x, from.y);
    io.MouseDown[0] = true;
    frame();
    for (int i = 1; i <= steps; ++i) {
        const float f = static_cast<float>(i) / static_cast<float>(steps);
        io.MousePos = ImVec2(from.x + (to.x - from.x) * f, from.y + (to.y - from.y) * f);
        frame();
    }
    io.MouseDown[0] = false;
    frames(2);
}

void UiHarness::wheel(float x, float y, float notches) {
    ImGuiIO& io = ImGui::GetIO();
    moveMouse(x, y);
    io.MouseWheel = notches;
    frame();
    io.MouseWheel = 0.f;
    frames(2);
}

void UiHarness::press(int k, bool ctrl, bool shift, bool alt) {
    ImGuiIO& io = ImGui::GetIO();
    io.KeyCtrl = ctrl;
    io.KeyShift = shift;
    io.KeyAlt = alt;
    io.KeysDown[k] = true;
    frame();
    io.KeysDown[k] = false;
    io.KeyCtrl = io.KeyShift = io.KeyAlt = false;
    frames(2);
}

void UiHarness::type(const std::string& text) {
    ImGuiIO& io = ImGui::GetIO();
    io.AddInputCharactersUTF8(text.c_str());
    frames(2);
}

void UiHarness::burst(const std::vector<platform::KeyEvent>& events) {
    for (const auto& e : events)
        m_keys.push(e);
    while (!m_keys.empty())
        frame();
    frames(platform::KeyQueue::kSettleFrames + 1);
}

namespace key {

std::vector<platform::KeyEvent> typing(const std::string& asciiText) {
    std::vector<platform::KeyEvent> out;
    for (char c : asciiText) {
        const bool upper = c >= 'A' && c <= 'Z';
        const int code =
            c >= 'a' && c <= 'z' ? c - 32 : c; // GLFW names letter keys by their capital
        const int mods = upper ? platform::glfw::kModShift : 0;
        if (upper) out.push_back(down(LeftShift));
        out.push_back(down(code, mods));
        out.push_back(platform::KeyEvent::character(static_cast<unsigned char>(c)));
        out.push_back(up(code, mods));
        if (upper) out.push_back(up(LeftShift, mods));
    }
    return out;
}

std::vector<platform::KeyEvent> chord(int mods, int k) {
    std::vector<platform::KeyEvent> out;
    const std::pair<int, int> modifierKeys[] = {{platform::glfw::kModCtrl, LeftCtrl},
                                                {platform::glfw::kModShift, LeftShift},
                                                {platform::glfw::kModAlt, LeftAlt}};
    int held = 0;
    for (auto [bit, code] : modifierKeys)
        if (mods & bit) out.push_back(down(code, held)), held |= bit;
    out.push_back(down(k, held));
    // As xdotool does: the modifiers go up before the key.
    for (auto [bit, code] : modifierKeys)
        if (mods & bit) out.push_back(up(code, held)), held &= ~bit;
    out.push_back(up(k, held));
    return out;
}

} // namespace key

ImVec2 UiHarness::tabCentre(app::Tab tab) const {
    const float w = m_width / app::kTabCount;
    return {w * (static_cast<float>(tab) + 0.5f), m_height - 32.f};
}

} // namespace rk::test
