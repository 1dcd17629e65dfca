#include "app/shell/keys_overlay.h"

#include "app/input/shortcuts.h"
#include "app/widgets/widgets.h"

#include <imgui.h>

#include <algorithm>
#include <optional>

namespace rk::app {

bool drawKeysOverlay(const Theme& t, const Fonts& fonts) {
    ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f, io.DisplaySize.y * 0.45f),
                            ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(std::min(io.DisplaySize.x - t.px(32), t.px(380)), 0));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, ImGui::ColorConvertU32ToFloat4(t.surface));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, t.px(16));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, t.px(1));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(t.px(18), t.px(16)));
    // Drawn as the app's own sheet: no stock title bar, the title in the title font.
    ImGui::Begin("##keyboard-shortcuts", nullptr,
                 ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoCollapse |
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoResize |
                     ImGuiWindowFlags_NoMove);
    ImGui::PushFont(fonts.title);
    ImGui::TextUnformatted("Keyboard shortcuts");
    ImGui::PopFont();
    // Generated from the table the handlers read (app/input/shortcuts.h), by
    // where each key works; the keys keep their width and what they do wraps.
    ImGui::BeginChild("##keys-list", ImVec2(0, std::min(io.DisplaySize.y * 0.7f, t.px(560))),
                      false);
    std::optional<Where> group;
    for (const Shortcut* s : kAllShortcuts) {
        if (s->where != group) {
            if (group) ImGui::EndTable();
            group = s->where;
            widgets::sectionLabel(whereName(s->where), t, fonts.small);
            ImGui::BeginTable("##keys", 2);
            ImGui::TableSetupColumn("key", ImGuiTableColumnFlags_WidthFixed, t.px(150));
            ImGui::TableSetupColumn("what", ImGuiTableColumnFlags_WidthStretch);
        }
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        // One cap per way to press it, so a long alternative wraps onto its own line.
        const std::string all = keysText(*s);
        for (std::size_t from = 0; from <= all.size();) {
            const std::size_t to = std::min(all.find(" or ", from), all.size());
            widgets::keycap(all.substr(from, to - from), t, fonts);
            from = to + 4;
        }
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", s->what);
        if (*s->pointer != '\0') { // the mouse's way, under what it does
            ImGui::PushFont(fonts.small);
            widgets::text(std::string("or ") + s->pointer, t.textMuted);
            ImGui::PopFont();
        }
        ImGui::Dummy(ImVec2(0, t.px(4))); // rows apart, so "or swipe right" reads with its own row
    }
    if (group) ImGui::EndTable();
    ImGui::EndChild();
    const bool keepOpen = !widgets::secondaryButton("Close", t);
    ImGui::End();
    ImGui::PopStyleVar(3);
    ImGui::PopStyleColor();
    return keepOpen;
}

} // namespace rk::app
