#pragma once
#include "app/theme/fonts.h"
#include "app/theme/theme.h"

#include "core/model/enums.h"

#include <imgui.h>
#include <string>
#include <vector>

namespace rk::app::widgets {

// A filled circle with the person's initials on their stable colour, or
// their photo (a texture from the PhotoCache) cut to the circle.
void avatar(ImDrawList* draw, ImVec2 centre, float radius, long long id, const std::string& initials,
            ImFont* font, ImTextureID photo = nullptr);

// A rounded label ("Close", "mentor"); returns its width. Draws at `pos`.
float chip(ImDrawList* draw, ImVec2 pos, const std::string& text, ImU32 fill, ImU32 ink, ImFont* font);
[[nodiscard]] float chipWidth(const std::string& text, ImFont* font);

// A big friendly button with the accent colour; full width when width <= 0.
bool primaryButton(const char* label, const Theme& theme, float width = 0.f);
// A quiet outlined button.
bool secondaryButton(const char* label, const Theme& theme, float width = 0.f);

// Centred text in the current window's content width.
void centredText(const std::string& text, ImU32 colour, ImFont* font, float wrapWidth = 0.f);

// An empty state that teaches: an icon, a title, a sentence. The caller adds buttons after.
void emptyState(const char* icon, const std::string& title, const std::string& body,
                const Theme& theme, const Fonts& fonts);

// The icon for a kind of interaction (envelope, phone, coffee cup…).
[[nodiscard]] const char* kindIcon(InteractionKind kind);

// A toggle drawn as a pill (kind, direction, circle); true when clicked.
// Compact pills (the deck's filter row) are smaller and have no outline.
enum class PillSize { Regular, Compact };
bool pill(const char* label, bool on, const Theme& theme, PillSize size = PillSize::Regular);

// In a row of pills: the next item goes on this line if `nextWidth` fits,
// else on a new one.
void sameLineIfFits(float nextWidth);

// A key hint drawn as a small keycap ("→", "Ctrl+Z").
void keycap(const std::string& key, const Theme& theme, const Fonts& fonts);

// Text in a colour, wrapped at the current wrap position (or not).
void text(const std::string& text, ImU32 colour, bool wrap = true);
// A small caps heading inside a card ("KEEPING IN TOUCH"), muted.
void sectionLabel(const char* text, const Theme& theme, ImFont* font);
// A round icon-only button; `tip` shows on hover.
bool iconButton(const char* id, const char* icon, const std::string& tip, const Theme& theme,
                float diameter, ImU32 ink);
// Chips that wrap onto new lines within `width`.
void chipRow(const std::vector<std::string>& items, ImU32 fill, ImU32 ink, ImFont* font,
             const Theme& theme, float width);
// `colour` at `alpha` (0…1) of its own opacity: soft fills behind chips.
[[nodiscard]] ImU32 withAlpha(ImU32 colour, float alpha);

} // namespace rk::app::widgets
