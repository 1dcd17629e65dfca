#pragma once
#include "app/widgets/widgets.h"
#include "app/theme/theme.h"
#include "core/model/contact.h"
#include "core/model/interaction.h"
#include "core/time/civil_date.h"

#include <imgui.h>

#include <optional>
#include <string>

// Small pieces the contact page, its timeline and its form share: words for
// cadences and birthdays, the links a contact method opens, and a card that
// wraps ordinary ImGui widgets.
namespace rk::app::contact_ui {

using widgets::kindIcon;
// "Every 2 weeks", "Every 3 months", "Every 45 days", "No regular follow-up".
[[nodiscard]] std::string cadenceText(int days);
// "23 April 1990" or "23 April" (year unknown); empty when unset or unreadable.
[[nodiscard]] std::string birthdayText(const std::string& birthday);
// "Mon 30 Nov", with the year when it is not this year's.
[[nodiscard]] std::string dayText(const CivilDate& date, const CivilDate& today);
// "in 12 days", "tomorrow", "today", "3 days ago".
[[nodiscard]] std::string relativeDays(const CivilDate& date, const CivilDate& today);
// "Emailed", "Called"… in the past tense, for labels such as "Deleted a call with Ana".
[[nodiscard]] std::string kindNoun(InteractionKind kind);

// The link a method opens: mailto:, tel: (separators dropped) or http(s):
// (https:// added to a bare "linkedin.com/in/ana"). Empty when nothing safe
// can be made of it; the platform layer checks the scheme again.
[[nodiscard]] std::string methodUrl(const ContactMethod& method);
[[nodiscard]] bool isLinkedIn(const ContactMethod& method);
[[nodiscard]] const char* methodIcon(const ContactMethod& method);

// A full-width rounded card around the widgets submitted between construction
// and destruction. The background is drawn behind them once their height is
// known, through the card's own draw-list splitter (so tables inside still work).
class Card {
public:
    // `border` 0: the theme's border; another colour marks the card as selected.
    Card(const Theme& theme, float padding, ImU32 border = 0);
    ~Card();
    Card(const Card&) = delete;
    Card& operator=(const Card&) = delete;
    // Width available for content inside the padding.
    [[nodiscard]] float innerWidth() const { return m_width - 2 * m_pad; }
    [[nodiscard]] ImVec2 min() const { return m_min; }

private:
    const Theme& m_theme;
    ImU32 m_border;
    ImDrawListSplitter m_splitter;
    ImDrawList* m_draw = nullptr;
    ImVec2 m_min;
    float m_width = 0.f;
    float m_pad = 0.f;
};

using widgets::pill;
// A small caps heading inside a card ("KEEPING IN TOUCH").
void sectionLabel(const char* text, const Theme& theme, ImFont* font);
// Text in a colour, wrapped at the current wrap position.
void colouredText(const std::string& text, ImU32 colour, bool wrap = true);
// A round icon-only button; `tip` shows on hover.
bool iconButton(const char* id, const char* icon, const std::string& tip, const Theme& theme,
                float diameter, ImU32 ink);
// Chips that wrap onto new lines within `width`.
void chipRow(const std::vector<std::string>& items, ImU32 fill, ImU32 ink, ImFont* font,
             const Theme& theme, float width);

} // namespace rk::app::contact_ui
