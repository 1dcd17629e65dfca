#pragma once
#include "app/intents.h"
#include "app/theme/fonts.h"
#include "app/theme/theme.h"
#include "app/views/contact_view.h"
#include "app/views/deck_view.h"
#include "app/views/goals_view.h"
#include "app/views/log_sheet.h"
#include "app/views/log_view.h"
#include "app/views/more_view.h"
#include "app/views/today_view.h"
#include "platform/services.h"

#include <string>
#include <vector>

namespace rk {
class Store;
class Clock;
} // namespace rk

namespace rk::app {

struct Toast {
    std::string text;
    bool canUndo = false;
    bool isError = false;
    double shownAt = 0.0; // ImGui time
};

// The whole UI. frame() is called between ImGui::NewFrame and ImGui::Render:
// it draws every view, then applies the intents the views produced. It never
// calls GLFW or GL, so tests drive it with synthetic ImGui input.
class App {
public:
    App(Store& store, const Clock& clock, platform::Services& services, Theme& theme,
        const Fonts& fonts);

    platform::FrameRequest frame();

    [[nodiscard]] Tab tab() const { return m_tab; }
    void setTab(Tab tab) { m_tab = tab; }
    void openContact(std::int64_t id) { m_contactView.open(id); }
    [[nodiscard]] const Toast& toast() const { return m_toast; }
    [[nodiscard]] const DeckView& deck() const { return m_deck; }
    [[nodiscard]] const TodayView& today() const { return m_today; }
    [[nodiscard]] const LogView& logView() const { return m_logView; }
    [[nodiscard]] const MoreView& more() const { return m_more; }
    [[nodiscard]] const LogSheet& logSheet() const { return m_logSheet; }
    [[nodiscard]] const ContactView& contactView() const { return m_contactView; }
    [[nodiscard]] bool keysOverlayShown() const { return m_showKeys; }
    // Intents applied during the last frame (for tests).
    [[nodiscard]] const std::vector<Intent>& lastIntents() const { return m_lastIntents; }

private:
    void handleGlobalKeys();
    void apply(const Intent& intent);
    void showToast(std::string text, bool canUndo, bool isError = false);
    void drawToast(ImVec2 bottomCentre, float width);
    void drawKeysOverlay();
    void openLogSheet(std::int64_t contactId, bool fromToday);

    Store& m_store;
    const Clock& m_clock;
    platform::Services& m_services;
    Theme& m_theme;
    const Fonts& m_fonts;

    Tab m_tab = Tab::Today;
    TodayView m_today;
    DeckView m_deck;
    LogView m_logView;
    GoalsView m_goals;
    MoreView m_more;
    ContactView m_contactView;
    LogSheet m_logSheet;
    bool m_logSheetFromToday = false;

    std::uint64_t m_revision = 0; // the store's revision when it was last safe to read
    std::vector<Intent> m_intents;
    std::vector<Intent> m_lastIntents;
    Toast m_toast;
    bool m_showKeys = false;
};

} // namespace rk::app
