#pragma once
#include "app/theme/fonts.h"
#include "app/theme/theme.h"

#include "core/model/enums.h"

#include <imgui.h>
#include <string>

namespace rk::app::widgets {

// A filled circle with the person's initials on their stable colour.
void avatar(ImDrawList* draw, ImVec2 centre, float radius, long long id, const std::string& initials,
            ImFont* font);

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

} // namespace rk::app::widgets
