#pragma once
#include "app/input/shortcuts.h"
#include "app/intents.h"
#include "app/views/sheets/sheet.h"

#include <string>
#include <vector>

namespace rk::app {

// One thing the palette can run: its words, the intent it pushes, and the
// shortcut that does the same (shown beside it; `keyIndex` picks one key of a
// run, Ctrl+2 of Ctrl+1 … Ctrl+5).
struct PaletteCommand {
    std::string title; // "Go to the deck"
    std::string words; // more words it answers to: "contacts people cards"
    Intent intent;
    const Shortcut* shortcut = nullptr;
    int keyIndex = 0;
};
// Every action the palette offers, in the order shown for an empty query.
[[nodiscard]] const std::vector<PaletteCommand>& paletteCommands();
// "Ctrl+2": the key of `c` as the palette shows it.
[[nodiscard]] std::string paletteKeys(const PaletteCommand& c);

// Ctrl+K: type to run any action or reach any person. "deck", "undo",
// "export" run an action; a name offers "Open Ana García" and "Log with Ana
// García"; "log call with ana" opens the log sheet for her with Call chosen.
// ↑/↓ move, Enter runs, Esc closes.
class CommandPalette final : public Sheet {
public:
    CommandPalette() : Sheet("##palette") {}
    void open();
    [[nodiscard]] bool isOpen() const override { return m_open; }
    [[nodiscard]] const std::string& query() const { return m_query; }

    // What a query offers, best first (public for tests).
    struct Choice {
        std::string title;
        std::string keys; // empty for people
        Intent intent;
    };
    [[nodiscard]] std::vector<Choice> choices(const ViewContext& ctx) const;

private:
    void drawStep(ViewContext& ctx) override;
    void dismissed(ViewContext& ctx) override;
    void close(ViewContext& ctx);

    bool m_open = false;
    bool m_focus = false;
    std::string m_query;
    std::string m_asked; // the people query last pushed
    int m_highlight = 0;
};

} // namespace rk::app
