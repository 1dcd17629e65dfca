#include "app/views/tabs/today_card.h"

#include "app/photos/photo_cache.h"
#include "app/theme/icons.h"
#include "app/widgets/user_text.h"
#include "app/widgets/widgets.h"

#include <cmath>
#include <imgui.h>

namespace rk::app {

namespace {

using widgets::withAlpha;

ImU32 reasonColour(const Theme& t, DueReason r) {
    switch (r) {
    case DueReason::AwaitingReply:
        return t.info;
    case DueReason::Reminder:
        return t.warn;
    case DueReason::Birthday:
        return IM_COL32(0xD6, 0x4F, 0x8C, 0xFF);
    case DueReason::Cadence:
        return t.accent;
    case DueReason::Rekindle:
        return t.good;
    }
    return t.accent;
}

const char* reasonIcon(DueReason r) {
    switch (r) {
    case DueReason::AwaitingReply:
        return RK_ICON_REPLY;
    case DueReason::Reminder:
        return RK_ICON_BELL;
    case DueReason::Birthday:
        return RK_ICON_GIFT;
    case DueReason::Cadence:
        return RK_ICON_CLOCK;
    case DueReason::Rekindle:
        return RK_ICON_FIRE;
    }
    return RK_ICON_CLOCK;
}

// Draws wrapped text with the draw list; returns the height used.
float wrappedText(ImDrawList* draw, ImFont* font, ImVec2 pos, float width, ImU32 colour,
                  const std::string& text) {
    return widgets::userTextWrapped(draw, font, pos, width, colour, text);
}

// `colour` faded by `alpha` over `under`, but opaque: a card lower in the
// stack looks paler without letting the card beneath it show through.
ImU32 fadedOver(ImU32 colour, ImU32 under, float alpha) {
    const ImVec4 a = ImGui::ColorConvertU32ToFloat4(colour);
    const ImVec4 b = ImGui::ColorConvertU32ToFloat4(under);
    return ImGui::ColorConvertFloat4ToU32(ImVec4(
        b.x + (a.x - b.x) * alpha, b.y + (a.y - b.y) * alpha, b.z + (a.z - b.z) * alpha, 1.f));
}

} // namespace

void rotateVertices(ImDrawList* draw, int firstVertex, ImVec2 c, float degrees) {
    const float rad = degrees * 3.14159265f / 180.f;
    const float s = std::sin(rad), co = std::cos(rad);
    for (int i = firstVertex; i < draw->VtxBuffer.Size; ++i) {
        ImVec2& p = draw->VtxBuffer[i].pos;
        const float x = p.x - c.x, y = p.y - c.y;
        p = ImVec2(c.x + x * co - y * s, c.y + x * s + y * co);
    }
}

void drawTodayCard(ViewContext& ctx, const QueueItem& item, ImVec2 min, ImVec2 size, float alpha) {
    const Theme& t = ctx.theme;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 max(min.x + size.x, min.y + size.y);
    const float round = t.px(22);
    // A soft shadow, then the card.
    draw->AddRectFilled(ImVec2(min.x + t.px(1), min.y + t.px(4)),
                        ImVec2(max.x + t.px(1), max.y + t.px(6)),
                        withAlpha(IM_COL32(0, 0, 0, 28), alpha), round);
    draw->AddRectFilled(min, max, fadedOver(t.surface, t.background, alpha), round);
    draw->AddRect(min, max, withAlpha(t.border, alpha), round);

    const float pad = t.px(22);
    const float inner = size.x - 2 * pad;
    float y = min.y + pad;
    const float r = t.px(36);
    const ImVec2 centre(min.x + size.x * 0.5f, y + r);
    widgets::avatar(draw, centre, r, item.contactId, item.initials, ctx.fonts.title,
                    avatarPhoto(ctx, item.contactId, item.hasPhoto));
    y += 2 * r + t.px(12);

    // The name and role, centred: centred text needs no side for its direction.
    ImFont* title = ctx.fonts.title;
    const float nameW = widgets::userTextWidth(item.name, title);
    const ImVec4 nameClip(min.x + pad, min.y, max.x - pad, max.y);
    widgets::userText(draw, title, ImVec2(std::max(min.x + pad, centre.x - nameW * 0.5f), y),
                      withAlpha(t.text, alpha), item.name, &nameClip);
    y += title->FontSize + t.px(2);
    if (!item.roleLine.empty()) {
        ImFont* f = ctx.fonts.body;
        const float roleW = widgets::userTextWidth(item.roleLine, f);
        const ImVec4 clip(min.x + pad, min.y, max.x - pad, max.y);
        widgets::userText(draw, f, ImVec2(std::max(min.x + pad, centre.x - roleW * 0.5f), y),
                          withAlpha(t.textMuted, alpha), item.roleLine, &clip);
        y += f->FontSize;
    }
    y += t.px(14);

    // Reason chips, wrapping.
    ImFont* small = ctx.fonts.small;
    float x = min.x + pad;
    const float chipH = small->FontSize * 1.55f;
    for (const QueueReason& reason : item.reasons) {
        const std::string label = std::string(reasonIcon(reason.kind)) + " " + reason.text;
        const float w = std::min(widgets::chipWidth(label, small), inner);
        if (x + w > max.x - pad && x > min.x + pad) {
            x = min.x + pad;
            y += chipH + t.px(6);
        }
        const ImU32 c = reasonColour(t, reason.kind);
        widgets::chip(draw, ImVec2(x, y), label, withAlpha(c, 0.14f * alpha), withAlpha(c, alpha),
                      small);
        x += w + t.px(6);
    }
    if (item.snoozeCount > 0) {
        const std::string label =
            RK_ICON_CLOCK " snoozed " + std::to_string(item.snoozeCount) + "×";
        const float w = widgets::chipWidth(label, small);
        if (x + w > max.x - pad) {
            x = min.x + pad;
            y += chipH + t.px(6);
        }
        widgets::chip(draw, ImVec2(x, y), label, withAlpha(t.border, alpha),
                      withAlpha(t.textMuted, alpha), small);
    }
    y += chipH + t.px(16);

    if (!item.lastInteraction.empty()) {
        draw->AddText(ctx.fonts.bodyBold, small->FontSize, ImVec2(min.x + pad, y),
                      withAlpha(t.textMuted, alpha), "LAST TIME");
        y += small->FontSize + t.px(4);
        y += wrappedText(draw, ctx.fonts.body, ImVec2(min.x + pad, y), inner,
                         withAlpha(t.text, alpha), item.lastInteraction);
        y += t.px(14);
    }
    if (!item.opener.empty() && y < max.y - t.px(60)) {
        ImFont* f = ctx.fonts.body;
        const std::string text = item.opener;
        const float h =
            f->CalcTextSizeA(f->FontSize, FLT_MAX, inner - t.px(44), text.c_str()).y + t.px(20);
        const ImVec2 boxMin(min.x + pad, y);
        const ImVec2 boxMax(max.x - pad, std::min(y + h, max.y - pad));
        draw->AddRectFilled(boxMin, boxMax, withAlpha(t.accentSoft, alpha), t.px(12));
        draw->AddText(f, f->FontSize, ImVec2(boxMin.x + t.px(12), boxMin.y + t.px(10)),
                      withAlpha(t.accent, alpha), RK_ICON_LIGHTBULB);
        const ImVec4 clip(boxMin.x, boxMin.y, boxMax.x, boxMax.y);
        widgets::userTextWrapped(draw, f, ImVec2(boxMin.x + t.px(36), boxMin.y + t.px(10)), inner - t.px(44),
                                 withAlpha(t.text, alpha), text, &clip);
    }
}

void drawSwipeStamp(ViewContext& ctx, const char* label, ImU32 colour, ImVec2 min, ImVec2 size,
                    float strength) {
    if (strength <= 0.02f) return;
    const Theme& t = ctx.theme;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 max(min.x + size.x, min.y + size.y);
    draw->AddRectFilled(min, max, withAlpha(colour, 0.16f * strength), t.px(22));
    ImFont* f = ctx.fonts.display;
    const ImVec2 ts = f->CalcTextSizeA(f->FontSize, FLT_MAX, 0.f, label);
    const ImVec2 pos(min.x + (size.x - ts.x) * 0.5f, min.y + size.y * 0.42f);
    const ImVec2 pad(t.px(14), t.px(6));
    draw->AddRect(ImVec2(pos.x - pad.x, pos.y - pad.y),
                  ImVec2(pos.x + ts.x + pad.x, pos.y + ts.y + pad.y), withAlpha(colour, strength),
                  t.px(10), 0, t.px(3));
    draw->AddText(f, f->FontSize, pos, withAlpha(colour, strength), label);
}

} // namespace rk::app
