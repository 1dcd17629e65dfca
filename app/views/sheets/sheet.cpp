#include "app/views/sheets/sheet.h"

#include "app/widgets/widgets.h"

#include <imgui.h>

#include <algorithm>
#include <cctype>
#include <cfloat>

namespace rk::app {

void Sheet::draw(ViewContext& ctx) {
    if (!isOpen()) return;
    const Theme& t = ctx.theme;
    if (!m_popupOpened) {
        ImGui::OpenPopup(m_popupId);
        m_popupOpened = true;
    }
    const ImGuiIO& io = ImGui::GetIO();
    const float width = std::min(io.DisplaySize.x, t.px(560));
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f, io.DisplaySize.y), ImGuiCond_Always,
                            ImVec2(0.5f, 1.f));
    ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0), ImVec2(width, io.DisplaySize.y * 0.92f));
    ImGui::PushStyleColor(ImGuiCol_PopupBg, ImGui::ColorConvertU32ToFloat4(t.background));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, t.px(20));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(t.px(18), t.px(16)));
    const bool open = ImGui::BeginPopupModal(
        m_popupId, nullptr,
        ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
            ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings);
    if (open) {
        drawStep(ctx);
        if (!isOpen()) ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
    }
    ImGui::PopStyleVar(2);
    ImGui::PopStyleColor();
    if (!open) dismissed(ctx);
}

void sheetTitle(const std::string& text, const ViewContext& ctx, ImU32 colour) {
    ImFont* font = ctx.fonts.title;
    const float room = ImGui::GetContentRegionAvail().x;
    auto width = [&](const std::string& s) {
        return font->CalcTextSizeA(font->FontSize, FLT_MAX, 0.f, s.c_str()).x;
    };
    // A long file name ends in "…" instead of running off the sheet's edge.
    std::string shown = text;
    if (width(shown) > room) {
        std::string head = text;
        do { // one whole code point at a time: continuation bytes, then the lead byte
            while (!head.empty() && (static_cast<unsigned char>(head.back()) & 0xC0) == 0x80)
                head.pop_back();
            if (!head.empty()) head.pop_back();
            shown = head + "…";
        } while (!head.empty() && width(shown) > room);
    }
    ImGui::PushFont(font);
    widgets::text(shown, colour != 0 ? colour : ctx.theme.text, false);
    ImGui::PopFont();
}

std::string sentence(std::string text) {
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())))
        text.pop_back();
    if (text.empty()) return text;
    text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
    const char last = text.back();
    if (last != '.' && last != '!' && last != '?') text += '.';
    return text;
}

std::string grouped(std::size_t n) {
    std::string digits = std::to_string(n);
    for (int at = static_cast<int>(digits.size()) - 3; at > 0; at -= 3)
        digits.insert(static_cast<std::size_t>(at), ",");
    return digits;
}

} // namespace rk::app
