#include "app/widgets/user_text.h"

#include "app/text/bidi.h"
#include "app/text/text_pipeline.h"

#include <algorithm>

namespace rk::app::widgets {

void userText(std::string_view text) {
    const auto shown = text::shown(text);
    ImGui::TextUnformatted(shown.text.data(), shown.text.data() + shown.text.size());
}

void userTextWrapped(std::string_view text) {
    if (!text::needsBidi(text)) {
        const auto shown = text::shown(text); // notes the glyphs
        ImGui::PushTextWrapPos(0.f);
        ImGui::TextUnformatted(shown.text.data(), shown.text.data() + shown.text.size());
        ImGui::PopTextWrapPos();
        return;
    }
    ImFont* font = ImGui::GetFont();
    const float avail = std::max(1.f, ImGui::GetContentRegionAvail().x);
    const float startX = ImGui::GetCursorPosX();
    const char* p = text.data();
    const char* end = p + text.size();
    while (p < end) {
        const char* lineEnd = font->CalcWordWrapPositionA(1.f, p, end, avail);
        if (lineEnd == p) ++lineEnd;
        std::string_view line(p, static_cast<size_t>(lineEnd - p));
        if (!line.empty() && line.back() == '\n') line.remove_suffix(1);
        const auto shown = text::shown(line);
        const char* b = shown.text.data();
        const char* e = b + shown.text.size();
        const float w = ImGui::CalcTextSize(b, e).x;
        ImGui::SetCursorPosX(startX + (shown.rightToLeft ? std::max(0.f, avail - w) : 0.f));
        ImGui::TextUnformatted(b, e);
        p = lineEnd;
        while (p < end && *p == ' ')
            ++p;
    }
}

void userText(ImDrawList* draw, ImFont* font, ImVec2 pos, ImU32 colour, std::string_view text,
              const ImVec4* clip, float rightEdge) {
    const auto shown = text::shown(text);
    const char* begin = shown.text.data();
    const char* end = begin + shown.text.size();
    if (shown.rightToLeft && rightEdge > pos.x) {
        const float w = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0.f, begin, end).x;
        // Too long to fit: keep the start (on the right) in view, the clip cuts the end.
        pos.x = rightEdge - w;
    }
    draw->AddText(font, font->FontSize, pos, colour, begin, end, 0.f, clip);
}

float userTextWrapped(ImDrawList* draw, ImFont* font, ImVec2 pos, float width, ImU32 colour,
                      std::string_view text, const ImVec4* clip) {
    if (text.empty()) return 0.f;
    const float size = font->FontSize;
    if (!text::needsBidi(text)) {
        const auto shown = text::shown(text);
        const char* b = shown.text.data();
        const char* e = b + shown.text.size();
        draw->AddText(font, size, pos, colour, b, e, width, clip);
        return font->CalcTextSizeA(size, FLT_MAX, width, b, e).y;
    }
    // Broken into lines in reading order, each line then drawn as it reads.
    float y = pos.y;
    const char* p = text.data();
    const char* end = p + text.size();
    while (p < end) {
        const char* lineEnd = font->CalcWordWrapPositionA(1.f, p, end, width);
        if (lineEnd == p) ++lineEnd;
        std::string_view line(p, static_cast<size_t>(lineEnd - p));
        if (!line.empty() && line.back() == '\n') line.remove_suffix(1);
        const auto shown = text::shown(line);
        const char* b = shown.text.data();
        const char* e = b + shown.text.size();
        const float w = font->CalcTextSizeA(size, FLT_MAX, 0.f, b, e).x;
        const float x = shown.rightToLeft ? pos.x + std::max(0.f, width - w) : pos.x;
        draw->AddText(font, size, ImVec2(x, y), colour, b, e, 0.f, clip);
        y += font->FontSize;
        p = lineEnd;
        while (p < end && *p == ' ')
            ++p;
    }
    return y - pos.y;
}

float userTextWidth(std::string_view text, ImFont* font) {
    const auto shown = text::shown(text);
    return font
        ->CalcTextSizeA(font->FontSize, FLT_MAX, 0.f, shown.text.data(),
                        shown.text.data() + shown.text.size())
        .x;
}

} // namespace rk::app::widgets
