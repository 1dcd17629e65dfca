#pragma once
// The Insights charts, drawn on ImGui's draw list (no chart library). Every
// bar, segment, tile and row is a figure: an invisible button over its
// rectangle that opens the people behind it, noted in `Figures` so the keys
// can move between them.
#include "app/view_context.h"
#include "core/read/insights.h"

#include <string>
#include <vector>

namespace rk::app::insight {

struct FigureHit {
    InsightFigure figure;
    ImVec2 min, max;
    int chart = 0; // which chart it belongs to (↑/↓ move between charts)
};

// This frame's figures, in drawing order, and the one the keys picked.
struct Figures {
    std::vector<FigureHit> hits;
    int selected = -1; // index into last frame's hits
    int chart = 0;     // the chart being drawn
    bool scrollToSelected = false;
    std::optional<InsightFigure> clicked;

    // Notes a figure at [min, max]; a click opens it, hovering shows `tip`.
    void add(const InsightFigure& figure, ImVec2 min, ImVec2 max, const std::string& tip,
             const Theme& theme);
};

// The colour of each kind of interaction, readable on either theme.
[[nodiscard]] ImU32 kindColour(int kind, const Theme& theme);

void weeksChart(ViewContext& ctx, Figures& figures, const Insights& in, float width);
void helpChart(ViewContext& ctx, Figures& figures, const Insights& in, float width);

// A row of big numbers with a label under each.
struct Tile {
    std::string value;
    std::string label;
    InsightFigure figure;
    ImU32 colour = 0;
};
void tiles(ViewContext& ctx, Figures& figures, const std::vector<Tile>& row, float width);

// One horizontal bar cut into parts, each labelled under it.
struct Part {
    std::int64_t count = 0;
    std::string label;
    InsightFigure figure;
    ImU32 colour = 0;
};
void splitBar(ViewContext& ctx, Figures& figures, const std::vector<Part>& parts, float width);

// Rows of a name (user text), a bar and its count.
void barList(ViewContext& ctx, Figures& figures, const char* heading, const std::vector<Part>& rows, float width);

} // namespace rk::app::insight
