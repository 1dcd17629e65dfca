#pragma once
#include "app/view_context.h"
#include "core/followup/queue_item.h"

namespace rk::app {

// Draws one Today card at `min`..`min+size`: avatar, name, role, reason chips,
// last interaction and (for rekindle cards) an opener. Everything goes through
// the window's draw list so the caller can tilt the whole card.
void drawTodayCard(ViewContext& ctx, const QueueItem& item, ImVec2 min, ImVec2 size, float alpha);

// Draws the "DONE" / "SNOOZE" / "SKIP" / "OPEN" stamp that fades in while dragging.
void drawSwipeStamp(ViewContext& ctx, const char* label, ImU32 colour, ImVec2 min, ImVec2 size,
                    float strength);

// Rotates the vertices added to `draw` since `firstVertex` around `centre`.
void rotateVertices(ImDrawList* draw, int firstVertex, ImVec2 centre, float degrees);

} // namespace rk::app
