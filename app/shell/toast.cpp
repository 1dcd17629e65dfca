#include "app/shell/toast.h"

#include "app/text/text_pipeline.h"

#include <imgui_internal.h> // BringWindowToDisplayFront

namespace rk::app {

ToastDrawn drawToast(const Toast& toast, ImVec2 bottomCentre, float width, const Theme& t,
                     const Fonts& fonts) {
    ImFont* font = fonts.body;
    const float pad = t.px(14);
    const float undoW = toast.canUndo ? t.px(70) : 0.f;
    // "Emailed محمد": the toast names people, so it is drawn as user text.
    const auto shown = text::shown(toast.text);
    const char* b = shown.text.data();
    const char* e = b + shown.text.size();
    const ImVec2 ts = font->CalcTextSizeA(font->FontSize, FLT_MAX, width - 2 * pad - undoW, b, e);
    const float h = ts.y + 2 * pad;
    const ImVec2 p(bottomCentre.x - width * 0.5f, bottomCentre.y - h);
    ImDrawList* draw = ImGui::GetForegroundDrawList();
    draw->AddRectFilled(p, ImVec2(p.x + width, p.y + h),
                        toast.isError ? t.danger : IM_COL32(40, 42, 50, 240), t.px(12));
    draw->AddText(font, font->FontSize, ImVec2(p.x + pad, p.y + pad), IM_COL32_WHITE, b, e,
                  width - 2 * pad - undoW);
    ToastDrawn drawn{false, p, ImVec2(p.x + width, p.y + h)};
    // A window of its own over the screen, so the pointer meets the toast and
    // not the card or button beneath it (which would take the click).
    ImGui::SetNextWindowPos(p);
    ImGui::SetNextWindowSize(ImVec2(width, h));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::Begin("##toast", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoBackground);
    ImGui::PopStyleVar();
    if (ImGui::IsWindowAppearing()) ImGui::BringWindowToDisplayFront(ImGui::GetCurrentWindow());
    if (toast.canUndo) {
        ImGui::SetCursorScreenPos(ImVec2(p.x + width - undoW - pad * 0.5f, p.y));
        drawn.undoClicked = ImGui::InvisibleButton("##toast-undo", ImVec2(undoW, h));
        draw->AddText(fonts.bodyBold, font->FontSize,
                      ImVec2(p.x + width - undoW, p.y + (h - font->FontSize) * 0.5f), t.accent, "Undo");
    }
    ImGui::End();
    return drawn;
}

} // namespace rk::app
