#include "app/shell/keys_overlay.h"

#include "app/widgets/widgets.h"

#include <imgui.h>

#include <algorithm>

namespace rk::app {

bool drawKeysOverlay(const Theme& t, const Fonts& fonts) {
    ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f, io.DisplaySize.y * 0.45f), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(std::min(io.DisplaySize.x - t.px(32), t.px(380)), 0));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, ImGui::ColorConvertU32ToFloat4(t.surface));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, t.px(16));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, t.px(1));
    ImGui::Begin("Keyboard shortcuts", nullptr,
                 ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove);
    static constexpr const char* kRows[][2] = {
        {"Ctrl+1 … Ctrl+5", "Today, Deck, Log, Goals, More"},
        {"→", "Today: done (log what happened)"},
        {"←", "Today: snooze until tomorrow"},
        {"Shift+← or right-click Snooze", "Today: snooze until…"},
        {"1 / 3 / W", "Snooze picker: tomorrow, in 3 days, next week (or type a date)"},
        {"↓", "Today: skip to the next cycle"},
        {"↑ or Enter", "Today: open the contact"},
        {"Ctrl+L", "Log an interaction with anyone"},
        {"Alt+1 … Alt+7", "Log sheet: email, call, coffee, meeting, message, event, other"},
        {"Alt+D / K / G / A", "Log sheet: direction, asked, gave, awaiting reply"},
        {"Enter / Ctrl+Enter", "Log sheet: save (Shift+Enter: new line)"},
        {"/ or Ctrl+F", "Deck: search (at:, in:, role:, knows:)"},
        {"Enter", "Deck search: open the top match (or the one selected)"},
        {"↑ ↓ or J K, Enter", "Deck: select, open"},
        {"L / N", "Deck: log with the selected person, new contact"},
        {"L / R / E", "Contact: log, remind, edit"},
        {"A / T", "Contact: archive, trash (or restore)"},
        {"J / K, Enter, Delete", "Contact timeline: select, edit, delete"},
        {"Ctrl+Enter", "Forms: save"},
        {"I / E", "More: import contacts, export"},
        {"↑ ↓, ← →, H", "CSV import: pick a column, change what it holds, header row on or off"},
        {"Ctrl+Z", "Undo"},
        {"Ctrl+Shift+Z or Ctrl+Y", "Redo"},
        {"?", "Show or hide this list"},
        {"Esc", "Close what is open, then clear the field, then go back"},
    };
    if (ImGui::BeginTable("##keys", 2)) {
        // The keys keep their width; what they do wraps in the rest of the row.
        ImGui::TableSetupColumn("key", ImGuiTableColumnFlags_WidthFixed);
        ImGui::TableSetupColumn("what", ImGuiTableColumnFlags_WidthStretch);
        for (const auto& row : kRows) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            widgets::keycap(row[0], t, fonts);
            ImGui::TableNextColumn();
            ImGui::TextWrapped("%s", row[1]);
        }
        ImGui::EndTable();
    }
    const bool keepOpen = !widgets::secondaryButton("Close", t);
    ImGui::End();
    ImGui::PopStyleVar(2);
    ImGui::PopStyleColor();
    return keepOpen;
}

} // namespace rk::app
