#pragma once
#include "app/view_context.h"
#include "core/read/intro_page.h"

#include <optional>
#include <string>
#include <string_view>

namespace rk::app {

// "Who can introduce me?", shown by the deck while its search reads
// intro:Stripe (or intro:Ana García, intro:in:fintech …). Each way in is a
// row of avatars with the links between them, how warm you are with the
// first person and when you last talked, and "Ask for an intro", which opens
// the log sheet for that person with a drafted request. ↑/↓ pick a way in;
// Enter asks (also from the search field, so intro:Stripe ⏎ ⏎ logs an ask).
class IntroPathsView {
public:
    // The target after "intro:" when the search asks for paths, or nothing.
    [[nodiscard]] static std::optional<std::string> introQuery(std::string_view searchText);

    void draw(ViewContext& ctx);
    // Enter in the search field: ask the selected way in (false when there is none).
    bool askSelected(ViewContext& ctx);
    [[nodiscard]] int selected() const { return m_selected; }

private:
    void drawRow(ViewContext& ctx, const IntroRow& row, int index);
    void handleKeys(ViewContext& ctx, const IntroPage& page);
    void ask(ViewContext& ctx, const IntroRow& row);

    std::string m_query; // the page the selection belongs to
    int m_selected = 0;
};

// A link's kind as a few words between two avatars, read from the earlier
// person to the later one: "works with", "manages", "reports to" …
[[nodiscard]] const char* linkLabel(const IntroLink& link);

} // namespace rk::app
