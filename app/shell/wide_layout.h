#pragma once
#include <algorithm>

// The window's two shapes, in logical pixels (the theme's scale applied by
// the caller). Portrait first (about 430 wide): one screen at a time, a
// contact's page replaces the tab it was opened from. From about 900 wide
// (DESIGN.md: "the deck and detail sit side by side") the Deck tab keeps its
// list on the left and shows the open person on the right, and Today keeps
// its card and its buttons together in one centred column.
namespace rk::app::wide {

// A laptop window snapped to half of a 1920 screen is ~950: wide. A phone-
// sized 430 window, or one widened a little, stays one column.
inline constexpr float kMinWidth = 900.f;
// The deck's list beside a page: one column of cards (a card wants 330).
inline constexpr float kDeckPaneMin = 340.f;
inline constexpr float kDeckPaneMax = 440.f;
inline constexpr float kDeckPaneShare = 0.38f;
// Gap between the list and the page.
inline constexpr float kPaneGap = 16.f;
// Today's card is at most 400 wide; its four buttons share a column a
// little wider, so each label ("Snooze", "Done") has room with its key.
inline constexpr float kTodayColumn = 460.f;

[[nodiscard]] inline bool isWide(float logicalWidth) {
    return logicalWidth >= kMinWidth;
}

// The deck list's width beside a page, for `logicalWidth` of content.
[[nodiscard]] inline float deckPaneWidth(float logicalWidth) {
    return std::clamp(logicalWidth * kDeckPaneShare, kDeckPaneMin, kDeckPaneMax);
}

} // namespace rk::app::wide
