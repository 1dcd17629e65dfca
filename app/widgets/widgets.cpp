#include "app/widgets/widgets.h"

#include "app/text/text_pipeline.h"
#include "app/theme/icons.h"
#include "app/widgets/item_probe.h"
#include "app/widgets/user_text.h"

#include <algorithm>

namespace rk::app::widgets {

namespace {
ItemProbe* g_itemProbe = nullptr; // see item_probe.h
} // namespace

void reportItem(const char* label) {
    if (g_itemProbe) g_itemProbe->drawn(label, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
}

void setItemProbe(ItemProbe* probe) {
    g_itemProbe = probe;
}

void avatar(ImDrawList* draw, ImVec2 c, float r, long long id, const std::string& initials,
            ImFont* font, ImTextureID photo) {
    if (photo != nullptr) {
        // A square image with corners as round as it is wide is a disc.
        draw->AddImageRounded(photo, ImVec2(c.x - r, c.y - r), ImVec2(c.x + r, c.y + r),
                              ImVec2(0, 0), ImVec2(1, 1), IM_COL32_WHITE, r);
        return;
    }
    draw->AddCircleFilled(c, r, avatarColor(id), 48);
    const float size = r * 0.85f;
    const auto shown = text::shown(initials); // م ا reads right to left
    const char* b = shown.text.data();
    const char* e = b + shown.text.size();
    const ImVec2 ts = font->CalcTextSizeA(size, FLT_MAX, 0.f, b, e);
    draw->AddText(font, size, ImVec2(c.x - ts.x * 0.5f, c.y - ts.y * 0.5f), IM_COL32_WHITE, b, e);
}

float chipWidth(const std::string& text, ImFont* font) {
    return userTextWidth(text, font) + font->FontSize * 1.1f;
}

float chip(ImDrawList* draw, ImVec2 pos, const std::string& text, ImU32 fill, ImU32 ink,
           ImFont* font) {
    const float size = font->FontSize;
    const auto shown = text::shown(text); // tags and companies are the user's words
    const char* b = shown.text.data();
    const char* e = b + shown.text.size();
    const ImVec2 ts = font->CalcTextSizeA(size, FLT_MAX, 0.f, b, e);
    const float w = ts.x + size * 1.1f;
    const float h = size * 1.55f;
    draw->AddRectFilled(pos, ImVec2(pos.x + w, pos.y + h), fill, h * 0.5f);
    draw->AddText(font, size, ImVec2(pos.x + size * 0.55f, pos.y + (h - ts.y) * 0.5f), ink, b, e);
    return w;
}

bool primaryButton(const char* label, const Theme& theme, float width) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(theme.onAccent));
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(theme.px(16), theme.px(11)));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, theme.px(12));
    const bool clicked = ImGui::Button(label, ImVec2(width <= 0.f ? -FLT_MIN : width, 0));
    reportItem(label);
    ImGui::PopStyleVar(2);
    ImGui::PopStyleColor();
    return clicked;
}

bool secondaryButton(const char* label, const Theme& theme, float width) {
    ImGui::PushStyleColor(ImGuiCol_Button, ImGui::ColorConvertU32ToFloat4(theme.surface));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered,
                          ImGui::ColorConvertU32ToFloat4(theme.surfaceRaised));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, ImGui::ColorConvertU32ToFloat4(theme.accentSoft));
    ImGui::PushStyleColor(ImGuiCol_Border, ImGui::ColorConvertU32ToFloat4(theme.border));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, theme.px(1));
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(theme.px(16), theme.px(10)));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, theme.px(12));
    const bool clicked = ImGui::Button(label, ImVec2(width <= 0.f ? -FLT_MIN : width, 0));
    reportItem(label);
    ImGui::PopStyleVar(3);
    ImGui::PopStyleColor(4);
    return clicked;
}

void centredText(const std::string& text, ImU32 colour, ImFont* font, float wrapWidth) {
    ImGui::PushFont(font);
    const float avail = ImGui::GetContentRegionAvail().x;
    const float wrap = wrapWidth > 0.f ? wrapWidth : avail;
    const ImVec2 size = ImGui::CalcTextSize(text.c_str(), nullptr, false, wrap);
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (avail - size.x) * 0.5f);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + wrap);
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colour));
    if (size.x < wrap - 1.f)
        ImGui::TextUnformatted(text.c_str());
    else {
        // Wrapped paragraphs are centred line by line.
        ImGui::PopTextWrapPos();
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() - (avail - size.x) * 0.5f);
        const char* p = text.c_str();
        const char* end = p + text.size();
        while (p < end) {
            const char* lineEnd = font->CalcWordWrapPositionA(1.f, p, end, wrap);
            if (lineEnd == p) ++lineEnd;
            const std::string line(p, lineEnd);
            const float w = ImGui::CalcTextSize(line.c_str()).x;
            ImGui::SetCursorPosX((avail - w) * 0.5f + ImGui::GetStyle().WindowPadding.x);
            ImGui::TextUnformatted(line.c_str());
            p = lineEnd;
            while (p < end && *p == ' ')
                ++p;
        }
        ImGui::PushTextWrapPos(0.f);
    }
    ImGui::PopStyleColor();
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
}

void emptyState(const char* icon, const std::string& title, const std::string& body,
                const Theme& theme, const Fonts& fonts) {
    ImGui::Dummy(ImVec2(0, theme.px(48)));
    centredText(icon, theme.accent, fonts.display);
    ImGui::Dummy(ImVec2(0, theme.px(6)));
    centredText(title, theme.text, fonts.title);
    ImGui::Dummy(ImVec2(0, theme.px(2)));
    centredText(body, theme.textMuted, fonts.body, ImGui::GetContentRegionAvail().x * 0.85f);
    ImGui::Dummy(ImVec2(0, theme.px(16)));
}

void keycap(const std::string& key, const Theme& theme, const Fonts& fonts) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    ImFont* font = fonts.small;
    const ImVec2 ts = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0.f, key.c_str());
    const ImVec2 size(ts.x + theme.px(12), ts.y + theme.px(6));
    draw->AddRectFilled(pos, ImVec2(pos.x + size.x, pos.y + size.y), theme.surface, theme.px(5));
    draw->AddRect(pos, ImVec2(pos.x + size.x, pos.y + size.y), theme.border, theme.px(5));
    draw->AddText(font, font->FontSize, ImVec2(pos.x + theme.px(6), pos.y + theme.px(3)),
                  theme.textMuted, key.c_str());
    ImGui::Dummy(size);
    ImGui::LogText(" %s ", key.c_str()); // drawn on the draw list: read it out to ImGui's log too
}

const char* kindIcon(InteractionKind k) {
    switch (k) {
    case InteractionKind::Email:
        return RK_ICON_ENVELOPE;
    case InteractionKind::Call:
        return RK_ICON_PHONE;
    case InteractionKind::Coffee:
        return RK_ICON_COFFEE;
    case InteractionKind::Meeting:
        return RK_ICON_BRIEFCASE;
    case InteractionKind::Message:
        return RK_ICON_COMMENT;
    case InteractionKind::Event:
        return RK_ICON_CALENDAR;
    case InteractionKind::Other:
        return RK_ICON_STAR;
    }
    return RK_ICON_STAR;
}

bool pill(const char* label, bool on, const Theme& t, PillSize size) {
    const bool compact = size == PillSize::Compact;
    ImGui::PushStyleColor(ImGuiCol_Button,
                          ImGui::ColorConvertU32ToFloat4(on ? t.accent : t.surface));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered,
                          ImGui::ColorConvertU32ToFloat4(on ? t.accent : t.surfaceRaised));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, ImGui::ColorConvertU32ToFloat4(t.accent));
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(on ? t.onAccent : t.text));
    ImGui::PushStyleColor(ImGuiCol_Border,
                          ImGui::ColorConvertU32ToFloat4(on ? t.accent : t.border));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, compact ? 0.f : t.px(1));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, t.px(compact ? 14 : 16));
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(t.px(10), t.px(compact ? 5 : 6)));
    const bool clicked = compact ? ImGui::SmallButton(label) : ImGui::Button(label);
    reportItem(label);
    ImGui::PopStyleVar(3);
    ImGui::PopStyleColor(5);
    return clicked;
}

void sameLineIfFits(float nextWidth) {
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    ImGui::SameLine();
    if (ImGui::GetCursorScreenPos().x + nextWidth > right) ImGui::NewLine();
}

void text(const std::string& text, ImU32 colour, bool wrap) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colour));
    if (wrap)
        userTextWrapped(text);
    else
        userText(text);
    ImGui::PopStyleColor();
}

void sectionLabel(const char* label, const Theme& t, ImFont* font) {
    ImGui::PushFont(font);
    text(label, t.textMuted, false);
    ImGui::PopFont();
}

bool iconButton(const char* id, const char* icon, const std::string& tip, const Theme& t, float d,
                ImU32 ink) {
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const bool clicked = ImGui::InvisibleButton(id, ImVec2(d, d));
    const bool hovered = ImGui::IsItemHovered();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 c(p.x + d * 0.5f, p.y + d * 0.5f);
    draw->AddCircleFilled(c, d * 0.5f, hovered ? t.accent : t.accentSoft, 32);
    ImFont* font = ImGui::GetFont();
    const ImVec2 ts = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0.f, icon);
    draw->AddText(font, font->FontSize, ImVec2(c.x - ts.x * 0.5f, c.y - ts.y * 0.5f),
                  hovered ? t.onAccent : ink, icon);
    if (hovered && !tip.empty()) ImGui::SetTooltip("%s", tip.c_str());
    return clicked;
}

void chipRow(const std::vector<std::string>& items, ImU32 fill, ImU32 ink, ImFont* font,
             const Theme& t, float width) {
    if (items.empty()) return;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 start = ImGui::GetCursorScreenPos();
    const float h = font->FontSize * 1.55f;
    const float gap = t.px(6);
    float x = start.x, y = start.y;
    for (const std::string& item : items) {
        const float w = std::min(chipWidth(item, font), width);
        if (x + w > start.x + width && x > start.x) {
            x = start.x;
            y += h + gap;
        }
        chip(draw, ImVec2(x, y), item, fill, ink, font);
        x += w + gap;
    }
    ImGui::Dummy(ImVec2(width, y + h - start.y));
}

ImU32 withAlpha(ImU32 colour, float alpha) {
    const auto a =
        static_cast<unsigned>(static_cast<float>((colour >> IM_COL32_A_SHIFT) & 0xff) * alpha);
    return (colour & ~IM_COL32_A_MASK) | (a << IM_COL32_A_SHIFT);
}

} // namespace rk::app::widgets
