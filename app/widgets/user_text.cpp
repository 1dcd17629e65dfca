#include "app/widgets/user_text.h"

#include "app/text/bidi.h"
#include "app/text/text_pipeline.h"
#include "app/widgets/card.h"

#include <algorithm>

namespace rk::app::widgets {

namespace {

// The direction of the paragraph starting at `p` (up to the next line break),
// from the cache like any shown text.
text::Direction paragraphDirection(const char* p, const char* end) {
    const char* nl = p;
    while (nl < end && *nl != '\n')
        ++nl;
    return text::shown(std::string_view(p, static_cast<size_t>(nl - p))).rightToLeft
               ? text::Direction::RightToLeft
               : text::Direction::LeftToRight;
}

// Breaks `text` into lines of at most `width` in reading order (ImGui's word
// wrap), then hands each line as drawn to `drawLine(begin, end, x)`, x being
// how far right of the start it goes (right-to-left lines end at `width`).
template <typename DrawLine>
void eachWrappedLine(std::string_view text, ImFont* font, float width, DrawLine drawLine) {
    const char* p = text.data();
    const char* end = p + text.size();
    text::Direction paragraph = text::Direction::Auto;
    while (p < end) {
        const char* lineEnd = font->CalcWordWrapPositionA(1.f, p, end, width);
        if (lineEnd == p) ++lineEnd;
        std::string_view line(p, static_cast<size_t>(lineEnd - p));
        const bool endsParagraph = !line.empty() && line.back() == '\n';
        if (endsParagraph) line.remove_suffix(1);
        if (paragraph == text::Direction::Auto) paragraph = paragraphDirection(p, end);
        const auto shown = text::shown(line, paragraph);
        if (endsParagraph) paragraph = text::Direction::Auto;
        const char* b = shown.text.data();
        const char* e = b + shown.text.size();
        const float w = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0.f, b, e).x;
        drawLine(b, e, shown.rightToLeft ? std::max(0.f, width - w) : 0.f);
        p = lineEnd;
        while (p < end && *p == ' ')
            ++p;
    }
}

} // namespace

void userText(std::string_view text) {
    const auto shown = text::shown(text);
    ImGui::TextUnformatted(shown.text.data(), shown.text.data() + shown.text.size());
}

void userTextWrapped(std::string_view text) {
    if (!text::needsBidi(text)) {
        const auto shown = text::shown(text); // notes the glyphs
        // As ImGui::TextWrapped: at the pushed wrap position (a card's), else the window's edge.
        ImGui::TextWrapped("%.*s", static_cast<int>(shown.text.size()), shown.text.data());
        return;
    }
    ImFont* font = ImGui::GetFont();
    // Up to the card's inner edge when inside one (its text wrap position).
    const float right = std::min(ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x,
                                 Card::innerRight());
    const float avail = std::max(1.f, right - ImGui::GetCursorScreenPos().x);
    const float startX = ImGui::GetCursorPosX();
    ImGui::PushTextWrapPos(-1.f); // the lines are broken here; ImGui must not break them again
    // The lines of one text sit as close as ImGui's own wrapped lines.
    const ImVec2 spacing = ImGui::GetStyle().ItemSpacing;
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(spacing.x, 0.f));
    eachWrappedLine(text, font, avail, [&](const char* b, const char* e, float x) {
        ImGui::SetCursorPosX(startX + x);
        ImGui::TextUnformatted(b, e);
    });
    ImGui::PopStyleVar();
    ImGui::PopTextWrapPos();
    ImGui::Dummy(ImVec2(0.f, 0.f)); // the usual spacing after the last line
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
    eachWrappedLine(text, font, width, [&](const char* b, const char* e, float x) {
        draw->AddText(font, size, ImVec2(pos.x + x, y), colour, b, e, 0.f, clip);
        y += size;
    });
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
