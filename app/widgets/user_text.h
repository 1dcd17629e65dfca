#pragma once
#include <imgui.h>

#include <string_view>

namespace rk::app::widgets {

// Text the user wrote (names, companies, notes, tags) drawn as it reads:
// through text::shown, so right-to-left runs are in visual order with Arabic
// letters joined, and any script gets its glyphs baked. Every view draws
// user data through these; the stored text is never changed.

// Like ImGui::TextUnformatted.
void userText(std::string_view text);
// Like ImGui::TextWrapped. Lines are broken in reading order first and each
// is then put in visual order, so a right-to-left paragraph starts at the
// top right; its lines are aligned to the right.
void userTextWrapped(std::string_view text);
// On a draw list at `pos`, clipped to `clip` when given. With `rightEdge` >
// 0, text that reads right to left is aligned to end there (a name standing
// alone on a card), so its first letter sits where a reader starts.
void userText(ImDrawList* draw, ImFont* font, ImVec2 pos, ImU32 colour, std::string_view text,
              const ImVec4* clip = nullptr, float rightEdge = 0.f);
// Wrapped at `width` on a draw list, the same way; returns the height used.
float userTextWrapped(ImDrawList* draw, ImFont* font, ImVec2 pos, float width, ImU32 colour,
                      std::string_view text, const ImVec4* clip = nullptr);
// Its width as drawn, in `font` at its own size.
[[nodiscard]] float userTextWidth(std::string_view text, ImFont* font);

} // namespace rk::app::widgets
