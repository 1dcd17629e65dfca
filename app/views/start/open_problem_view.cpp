#include "app/views/start/open_problem_view.h"

#include "app/input/keys.h"
#include "app/input/shortcuts.h"
#include "app/theme/icons.h"
#include "app/views/sheets/file_picker.h"
#include "app/widgets/widgets.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <filesystem>

namespace rk::app {

namespace fs = std::filesystem;

namespace {
constexpr float kReadableWidth = 560.f;

// The newest "rekindle-YYYY-MM-DD.db" (the dates sort as text), or "".
std::string findNewestBackup(const std::string& folder) {
    std::string newest;
    std::error_code ec;
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name.rfind("rekindle-", 0) == 0 && it->path().extension() == ".db" && name > fs::path(newest).filename().string())
            newest = it->path().string();
    }
    return newest;
}
} // namespace

void OpenProblemView::show(OpenProblem problem, std::string backupsFolder) {
    m_problem = std::move(problem);
    m_backupsFolder = std::move(backupsFolder);
    m_newestBackup = findNewestBackup(m_backupsFolder);
    const fs::path folder = fs::path(m_problem.path).parent_path();
    std::error_code ec;
    m_otherPath = fs::is_directory(folder, ec) ? (folder / "").string() : homeFolder().string() + "/";
    m_focusField = false;
}

std::optional<OpenProblemChoice> OpenProblemView::draw(const Theme& theme, const Fonts& fonts) {
    std::optional<OpenProblemChoice> choice;
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    ImGui::PushStyleColor(ImGuiCol_WindowBg, theme.background);
    ImGui::PushFont(fonts.body);
    ImGui::Begin("##open-problem", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);

    // A readable column, centred on a wide window.
    const float pad = theme.px(24);
    const float width = std::min(io.DisplaySize.x - 2 * pad, theme.px(kReadableWidth));
    const float left = std::max(pad, (io.DisplaySize.x - width) * 0.5f);
    ImGui::SetCursorPos(ImVec2(left, theme.px(40)));
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(left + width);

    ImGui::PushFont(fonts.display);
    widgets::text(RK_ICON_WARNING, theme.warn, false);
    ImGui::PopFont();
    ImGui::PushFont(fonts.title);
    widgets::text(m_problem.title, theme.text);
    ImGui::PopFont();
    ImGui::Dummy(ImVec2(0, theme.px(4)));
    widgets::text(m_problem.explanation, theme.text);
    ImGui::Dummy(ImVec2(0, theme.px(2)));
    ImGui::PushFont(fonts.small);
    widgets::text(RK_ICON_FILE "  " + m_problem.path, theme.textMuted);
    widgets::text("Rekindle has not changed this file.", theme.textMuted);
    ImGui::PopFont();
    ImGui::Dummy(ImVec2(0, theme.px(16)));

    if (m_problem.canOpenReadOnly &&
        widgets::primaryButton(RK_ICON_FILE "  Open it read-only", theme, width))
        choice = OpenProblemChoice{OpenProblemChoice::Kind::OpenReadOnly, m_problem.path};
    if (m_problem.canOpenReadOnly) ImGui::Dummy(ImVec2(0, theme.px(8)));

    ImGui::PushFont(fonts.bodyBold);
    widgets::text("Open another file", theme.textMuted, false);
    ImGui::PopFont();
    ImGui::PushFont(fonts.small);
    widgets::text("A Rekindle database (.db). A new name in a folder that exists starts a fresh one.",
                  theme.textMuted);
    ImGui::PopFont();
    if (!m_focusField) {
        ImGui::SetKeyboardFocusHere();
        m_focusField = true;
    }
    ImGui::SetNextItemWidth(width);
    const bool entered = ImGui::InputTextWithHint("##other", RK_ICON_FOLDER "  Path of a database file", &m_otherPath,
                                                  ImGuiInputTextFlags_EnterReturnsTrue);
    const bool clicked = widgets::secondaryButton(RK_ICON_FOLDER "  Open this file", theme, width);
    if ((entered || clicked) && !m_otherPath.empty())
        choice = OpenProblemChoice{OpenProblemChoice::Kind::OpenFile, expandHome(m_otherPath)};
    ImGui::Dummy(ImVec2(0, theme.px(8)));

    drawBackups(theme, fonts, width, choice);
    ImGui::Dummy(ImVec2(0, theme.px(16)));
    if (widgets::secondaryButton(RK_ICON_TIMES "  Quit  (Ctrl+Q)", theme, width) || keys::pressed(shortcut::Quit))
        choice = OpenProblemChoice{OpenProblemChoice::Kind::Quit, {}};

    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    ImGui::End();
    ImGui::PopFont();
    ImGui::PopStyleColor();
    return choice;
}

// Restoring is copying a daily backup into place; until the app can do it,
// it says where the copies are, and opens the newest to look at.
void OpenProblemView::drawBackups(const Theme& theme, const Fonts& fonts, float width,
                                  std::optional<OpenProblemChoice>& choice) {
    ImGui::PushFont(fonts.bodyBold);
    widgets::text("Restore from a backup", theme.textMuted, false);
    ImGui::PopFont();
    ImGui::PushFont(fonts.small);
    if (m_newestBackup.empty()) {
        widgets::text("Rekindle makes a daily copy in " + m_backupsFolder +
                          " each time it opens, but there is none there yet.",
                      theme.textMuted);
        ImGui::PopFont();
        return;
    }
    widgets::text("Rekindle keeps a daily copy in " + m_backupsFolder + ". The newest is " +
                      fs::path(m_newestBackup).filename().string() +
                      ". Open it read-only to check it. To restore it, quit, move the file above "
                      "aside, and copy the backup into its place.",
                  theme.textMuted);
    ImGui::PopFont();
    if (widgets::secondaryButton(RK_ICON_ARCHIVE "  Open the newest backup read-only", theme, width))
        choice = OpenProblemChoice{OpenProblemChoice::Kind::OpenReadOnly, m_newestBackup};
}

} // namespace rk::app
