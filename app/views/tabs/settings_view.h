#pragma once
#include "app/view_context.h"

namespace rk::app {

// More → Settings (Ctrl+, from anywhere): how often each circle is due, how
// long to wait for a reply, when someone counts as dormant, how many dormant
// people Today offers, the first day of the week, the theme. Each change is
// one undoable command ("Set the awaiting-reply wait to 7 days").
// Keys: ↑/↓ (or K/J) pick a setting, ←/→ (or −/+) change it, Esc goes back.
class SettingsView {
public:
    void draw(ViewContext& ctx);
    void reset() {
        m_selected = 0;
        m_scrollToSelected = false;
    }

    // The setting the arrow keys change.
    [[nodiscard]] Setting selected() const { return static_cast<Setting>(m_selected); }

private:
    static constexpr float kMaxWidth = 640.f; // as the contact page

    void drawPage(ViewContext& ctx);
    void handleKeys(ViewContext& ctx);
    void drawStepper(ViewContext& ctx, Setting s, const char* name, const char* help);
    void drawTheme(ViewContext& ctx);
    void step(ViewContext& ctx, Setting s, int direction);

    int m_selected = 0;
    bool m_scrollToSelected = false; // the keys moved the selection: bring it into view
};

} // namespace rk::app
