#include "app/views/insights/insight_charts.h"

#include "app/widgets/user_text.h"
#include "app/widgets/widgets.h"
#include "core/time/humanize.h"

#include <imgui.h>

#include <algorithm>
#include <cfloat>

namespace rk::app::insight {

namespace {

// A step of 1, 2 or 5 × 10ⁿ that cuts 0…max into at most four parts.
int tickStep(int max) {
    for (int scale = 1; scale < 100'000'000; scale *= 10)
        for (int m : {1, 2, 5})
            if (max <= m * scale * 4) return m * scale;
    return 100'000'000;
}

void finish(ImVec2 origin, ImVec2 size) {
    ImGui::SetCursorScreenPos(origin);
    ImGui::Dummy(size);
}

float textWidth(ImFont* font, const std::string& s) {
    return font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, s.c_str()).x;
}

std::string weekLabel(const Insights& in, int w) {
    return shortDate(in.weeks[static_cast<size_t>(w)].start, in.today);
}

InsightFigure weekFigure(InsightFigure::Kind kind, int week, int interactionKind = -1) {
    InsightFigure f;
    f.kind = kind;
    f.week = week;
    f.interactionKind = interactionKind;
    return f;
}

// The week dates under the bars: every third, ending with this week. The
// strip under a bar opens the whole week when `whole` says so.
void weekAxis(ViewContext& ctx, Figures& figures, const Insights& in, float x0, float slot,
              float y, const std::vector<int>& totals, std::optional<InsightFigure::Kind> whole) {
    const Theme& t = ctx.theme;
    ImFont* font = ctx.fonts.small;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float h = font->FontSize + t.px(6);
    const float right = x0 + slot * kInsightWeeks;
    for (int w = 0; w < kInsightWeeks; ++w) {
        const float cx = x0 + slot * (static_cast<float>(w) + 0.5f);
        if ((kInsightWeeks - 1 - w) % 3 == 0) {
            const std::string label = w == kInsightWeeks - 1 ? "This week" : weekLabel(in, w);
            const float tw = textWidth(font, label);
            const float lx = std::min(right - tw, std::max(x0, cx - tw * 0.5f));
            draw->AddText(font, font->FontSize, ImVec2(lx, y + t.px(3)), t.textMuted, label.c_str());
        }
        if (whole && totals[static_cast<size_t>(w)] > 0)
            figures.add(weekFigure(*whole, w), ImVec2(cx - slot * 0.5f, y),
                        ImVec2(cx + slot * 0.5f, y + h),
                        "Week of " + weekLabel(in, w) + ": " +
                            std::to_string(totals[static_cast<size_t>(w)]) + " in all",
                        t);
    }
}

void gridLine(ImDrawList* draw, const Theme& t, ImFont* font, float left, float right, float y,
              int value) {
    draw->AddLine(ImVec2(left, y), ImVec2(right, y), t.border, t.px(1));
    const std::string label = std::to_string(value);
    draw->AddText(font, font->FontSize,
                  ImVec2(left - textWidth(font, label) - t.px(6), y - font->FontSize * 0.5f),
                  t.textMuted, label.c_str());
}

void swatch(ImDrawList* draw, const Theme& t, ImFont* font, ImVec2 at, ImU32 colour,
            const std::string& label) {
    const float s = t.px(10);
    const float y = at.y + (font->FontSize - s) * 0.5f;
    draw->AddRectFilled(ImVec2(at.x, y), ImVec2(at.x + s, y + s), colour, t.px(3));
    draw->AddText(font, font->FontSize, ImVec2(at.x + s + t.px(5), at.y), t.text, label.c_str());
}

// Swatches that wrap within `width`; returns the height used.
float legend(ViewContext& ctx, ImVec2 at, float width,
             const std::vector<std::pair<ImU32, std::string>>& items) {
    const Theme& t = ctx.theme;
    ImFont* font = ctx.fonts.small;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    float x = at.x, y = at.y;
    const float lineH = font->FontSize + t.px(6);
    for (const auto& [colour, label] : items) {
        const float w = t.px(15) + textWidth(font, label) + t.px(14);
        if (x > at.x && x + w > at.x + width) {
            x = at.x;
            y += lineH;
        }
        swatch(draw, t, font, ImVec2(x, y), colour, label);
        x += w;
    }
    return y + lineH - at.y;
}

} // namespace

void Figures::add(const InsightFigure& figure, ImVec2 min, ImVec2 max, const std::string& tip,
                  const Theme& theme) {
    const int index = static_cast<int>(hits.size());
    hits.push_back({figure, min, max, chart});
    ImGui::PushID(index);
    ImGui::SetCursorScreenPos(min);
    if (ImGui::InvisibleButton("##figure", ImVec2(std::max(1.f, max.x - min.x),
                                                  std::max(1.f, max.y - min.y))))
        clicked = figure;
    const bool hovered = ImGui::IsItemHovered();
    ImGui::PopID();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 pad(theme.px(2), theme.px(2));
    if (index == selected)
        draw->AddRect(ImVec2(min.x - pad.x, min.y - pad.y), ImVec2(max.x + pad.x, max.y + pad.y),
                      theme.text, theme.px(4), 0, theme.px(2));
    else if (hovered)
        draw->AddRect(ImVec2(min.x - pad.x, min.y - pad.y), ImVec2(max.x + pad.x, max.y + pad.y),
                      theme.textMuted, theme.px(4), 0, theme.px(1.5f));
    if (hovered && !tip.empty()) ImGui::SetTooltip("%s", tip.c_str());
    if (index == selected && scrollToSelected) {
        const float top = ImGui::GetWindowPos().y;
        const float bottom = top + ImGui::GetWindowHeight();
        if (min.y < top || max.y > bottom) ImGui::SetScrollFromPosY(min.y - top, 0.35f);
        scrollToSelected = false;
    }
}

// Seven hues apart from each other and from the ember accent's meaning;
// lighter on the dark theme so they hold their contrast.
ImU32 kindColour(int kind, const Theme& theme) {
    static constexpr ImU32 kLight[kInteractionKindCount] = {
        IM_COL32(59, 110, 200, 255),  IM_COL32(46, 150, 90, 255),  IM_COL32(160, 110, 60, 255),
        IM_COL32(130, 80, 190, 255),  IM_COL32(30, 150, 160, 255), IM_COL32(220, 95, 50, 255),
        IM_COL32(130, 130, 140, 255)};
    static constexpr ImU32 kDark[kInteractionKindCount] = {
        IM_COL32(110, 160, 240, 255), IM_COL32(90, 200, 130, 255), IM_COL32(210, 160, 100, 255),
        IM_COL32(180, 130, 235, 255), IM_COL32(80, 200, 210, 255), IM_COL32(245, 130, 85, 255),
        IM_COL32(170, 170, 180, 255)};
    const int k = std::clamp(kind, 0, kInteractionKindCount - 1);
    return theme.mode == ThemeMode::Dark ? kDark[k] : kLight[k];
}

void weeksChart(ViewContext& ctx, Figures& figures, const Insights& in, float width) {
    const Theme& t = ctx.theme;
    ImFont* font = ctx.fonts.small;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float axisW = t.px(30);
    const float plotH = t.px(150);
    const float top = origin.y + font->FontSize * 0.5f;
    const float base = top + plotH;
    const float x0 = origin.x + axisW;
    const float slot = (width - axisW) / kInsightWeeks;

    std::vector<int> totals;
    int max = 1;
    for (const InsightWeek& w : in.weeks) {
        totals.push_back(w.total);
        max = std::max(max, w.total);
    }
    const int step = tickStep(max);
    const int ceiling = (max + step - 1) / step * step;
    for (int v = 0; v <= ceiling; v += step)
        gridLine(draw, t, font, x0, x0 + slot * kInsightWeeks,
                 base - plotH * static_cast<float>(v) / static_cast<float>(ceiling), v);

    const float barW = slot * 0.64f;
    for (int w = 0; w < kInsightWeeks; ++w) {
        const InsightWeek& week = in.weeks[static_cast<size_t>(w)];
        const float cx = x0 + slot * (static_cast<float>(w) + 0.5f);
        float y = base;
        for (int k = 0; k < kInteractionKindCount; ++k) {
            const int n = week.byKind[static_cast<size_t>(k)];
            if (n == 0) continue;
            const float h = plotH * static_cast<float>(n) / static_cast<float>(ceiling);
            const ImVec2 a(cx - barW * 0.5f, y - h), b(cx + barW * 0.5f, y);
            draw->AddRectFilled(a, ImVec2(b.x, b.y - t.px(1)), kindColour(k, t), t.px(2));
            figures.add(weekFigure(InsightFigure::Kind::Talked, w, k), a, b,
                        "Week of " + weekLabel(in, w) + ": " + std::to_string(n) + " " +
                            std::string(kindName(static_cast<InteractionKind>(k))),
                        t);
            y -= h;
        }
    }
    weekAxis(ctx, figures, in, x0, slot, base, totals, InsightFigure::Kind::Talked);

    std::vector<std::pair<ImU32, std::string>> items;
    for (int k = 0; k < kInteractionKindCount; ++k)
        items.emplace_back(kindColour(k, t), std::string(kindName(static_cast<InteractionKind>(k))));
    const float legendY = base + font->FontSize + t.px(12);
    const float legendH = legend(ctx, ImVec2(x0, legendY), width - axisW, items);
    finish(origin, ImVec2(width, legendY + legendH - origin.y));
}

void helpChart(ViewContext& ctx, Figures& figures, const Insights& in, float width) {
    const Theme& t = ctx.theme;
    ImFont* font = ctx.fonts.small;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float axisW = t.px(30);
    const float halfH = t.px(52);
    const float zero = origin.y + font->FontSize * 0.5f + halfH;
    const float x0 = origin.x + axisW;
    const float slot = (width - axisW) / kInsightWeeks;
    int max = 1;
    for (const InsightWeek& w : in.weeks)
        max = std::max({max, w.asked, w.gave});
    const ImU32 gaveColour = t.good;
    const ImU32 askedColour = t.accent;
    gridLine(draw, t, font, x0, x0 + slot * kInsightWeeks, zero - halfH, max);
    gridLine(draw, t, font, x0, x0 + slot * kInsightWeeks, zero, 0);
    gridLine(draw, t, font, x0, x0 + slot * kInsightWeeks, zero + halfH, max);
    const float barW = slot * 0.5f;
    for (int w = 0; w < kInsightWeeks; ++w) {
        const InsightWeek& week = in.weeks[static_cast<size_t>(w)];
        const float cx = x0 + slot * (static_cast<float>(w) + 0.5f);
        if (week.gave > 0) {
            const float h = halfH * static_cast<float>(week.gave) / static_cast<float>(max);
            const ImVec2 a(cx - barW * 0.5f, zero - h), b(cx + barW * 0.5f, zero - t.px(1));
            draw->AddRectFilled(a, b, gaveColour, t.px(2));
            figures.add(weekFigure(InsightFigure::Kind::GaveHelp, w), a, b,
                        "Week of " + weekLabel(in, w) + ": gave help " + std::to_string(week.gave) +
                            (week.gave == 1 ? " time" : " times"),
                        t);
        }
        if (week.asked > 0) {
            const float h = halfH * static_cast<float>(week.asked) / static_cast<float>(max);
            const ImVec2 a(cx - barW * 0.5f, zero + t.px(1)), b(cx + barW * 0.5f, zero + h);
            draw->AddRectFilled(a, b, askedColour, t.px(2));
            figures.add(weekFigure(InsightFigure::Kind::AskedHelp, w), a, b,
                        "Week of " + weekLabel(in, w) + ": asked for help " +
                            std::to_string(week.asked) + (week.asked == 1 ? " time" : " times"),
                        t);
        }
    }
    const float axisY = zero + halfH;
    weekAxis(ctx, figures, in, x0, slot, axisY, std::vector<int>(kInsightWeeks, 0), std::nullopt);
    const float legendY = axisY + font->FontSize + t.px(12);
    const float legendH = legend(ctx, ImVec2(x0, legendY), width - axisW,
                                 {{gaveColour, "Gave help (up)"}, {askedColour, "Asked for help (down)"}});
    finish(origin, ImVec2(width, legendY + legendH - origin.y));
}

void tiles(ViewContext& ctx, Figures& figures, const std::vector<Tile>& row, float width) {
    const Theme& t = ctx.theme;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float gap = t.px(8);
    const float n = static_cast<float>(row.size());
    const float w = (width - gap * (n - 1)) / n;
    const float h = t.px(82);
    ImFont* big = ctx.fonts.title;
    ImFont* small = ctx.fonts.small;
    for (size_t i = 0; i < row.size(); ++i) {
        const Tile& tile = row[i];
        const ImVec2 a(origin.x + (w + gap) * static_cast<float>(i), origin.y);
        const ImVec2 b(a.x + w, a.y + h);
        draw->AddRectFilled(a, b, t.background, t.px(10));
        draw->AddRectFilled(ImVec2(a.x, a.y + t.px(10)), ImVec2(a.x + t.px(4), b.y - t.px(10)),
                            tile.colour, t.px(2));
        draw->AddText(big, big->FontSize, ImVec2(a.x + t.px(12), a.y + t.px(8)), t.text,
                      tile.value.c_str());
        const ImVec4 clip(a.x, a.y, b.x - t.px(4), b.y);
        draw->AddText(small, small->FontSize, ImVec2(a.x + t.px(12), a.y + t.px(12) + big->FontSize),
                      t.textMuted, tile.label.c_str(), nullptr, w - t.px(18), &clip);
        figures.add(tile.figure, a, b, "", t);
    }
    finish(origin, ImVec2(width, h));
}

void splitBar(ViewContext& ctx, Figures& figures, const std::vector<Part>& parts, float width) {
    const Theme& t = ctx.theme;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float h = t.px(22);
    std::int64_t total = 0;
    for (const Part& p : parts)
        total += p.count;
    draw->AddRectFilled(origin, ImVec2(origin.x + width, origin.y + h), t.border, t.px(6));
    float x = origin.x;
    for (const Part& p : parts) {
        if (p.count == 0 || total == 0) continue;
        const float w = std::max(t.px(8), width * static_cast<float>(p.count) / static_cast<float>(total));
        const ImVec2 a(x, origin.y), b(std::min(origin.x + width, x + w), origin.y + h);
        draw->AddRectFilled(a, ImVec2(b.x - t.px(1), b.y), p.colour, t.px(4));
        figures.add(p.figure, a, b, std::to_string(p.count) + " " + p.label, t);
        x = b.x;
    }
    std::vector<std::pair<ImU32, std::string>> items;
    for (const Part& p : parts)
        items.emplace_back(p.colour, std::to_string(p.count) + " " + p.label);
    const float lh = legend(ctx, ImVec2(origin.x, origin.y + h + t.px(8)), width, items);
    finish(origin, ImVec2(width, h + t.px(8) + lh));
}

void barList(ViewContext& ctx, Figures& figures, const char* heading, const std::vector<Part>& rows, float width) {
    const Theme& t = ctx.theme;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    ImFont* font = ctx.fonts.small;
    ImGui::PushFont(ctx.fonts.bodyBold);
    widgets::text(heading, t.textMuted, false);
    ImGui::PopFont();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float rowH = ImGui::GetTextLineHeight() + t.px(8);
    const float nameW = width * 0.38f;
    const float countW = t.px(44);
    const float barX = origin.x + nameW + t.px(8);
    const float barMax = width - nameW - t.px(8) - countW;
    std::int64_t max = 1;
    for (const Part& r : rows)
        max = std::max(max, r.count);
    float y = origin.y;
    for (const Part& r : rows) {
        const ImVec4 clip(origin.x, y, origin.x + nameW, y + rowH);
        widgets::userText(draw, ImGui::GetFont(), ImVec2(origin.x, y + t.px(4)), t.text, r.label, &clip);
        const float w = std::max(t.px(3), barMax * static_cast<float>(r.count) / static_cast<float>(max));
        draw->AddRectFilled(ImVec2(barX, y + t.px(6)), ImVec2(barX + w, y + rowH - t.px(6)),
                            r.colour, t.px(3));
        const std::string n = std::to_string(r.count);
        draw->AddText(font, font->FontSize,
                      ImVec2(origin.x + width - textWidth(font, n), y + (rowH - font->FontSize) * 0.5f),
                      t.text, n.c_str());
        figures.add(r.figure, ImVec2(origin.x, y), ImVec2(origin.x + width, y + rowH - t.px(1)), "", t);
        y += rowH;
    }
    finish(origin, ImVec2(width, y - origin.y));
}

} // namespace rk::app::insight
