#include "app/widgets/dialog.h"

#include <imgui.h>

#include <algorithm>

namespace rk::app::widgets {

Dialog::Dialog(const char* popupId, const Theme& t) {
    const ImGuiIO& io = ImGui::GetIO();
    const float w = std::min(io.DisplaySize.x - t.px(32), t.px(380));
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f, io.DisplaySize.y * 0.42f),
                            ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(w, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(t.px(18), t.px(16)));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding,
                        t.px(16)); // modals round like windows, not popups
    open = ImGui::BeginPopupModal(popupId, nullptr,
                                  ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoMove |
                                      ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoSavedSettings);
}

Dialog::~Dialog() {
    if (open) ImGui::EndPopup();
    ImGui::PopStyleVar(2);
}

} // namespace rk::app::widgets
