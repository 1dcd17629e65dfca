#include "app/views/sheets/file_picker.h"

#include "app/input/keys.h"
#include "app/theme/icons.h"
#include "app/widgets/widgets.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>

namespace rk::app {

namespace fs = std::filesystem;

namespace {

// A folder with a million files must not stall the window: list this many.
constexpr std::size_t kMaxEntries = 5000;

std::string lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

bool importable(const fs::path& p) {
    const std::string ext = lower(p.extension().string());
    return ext == ".vcf" || ext == ".vcard" || ext == ".csv" || ext == ".json";
}

// Folders end with a slash in the field, so typing a file name goes on the end.
std::string withSlash(const fs::path& folder) {
    std::string s = folder.string();
    if (s.empty() || s.back() != '/') s += '/';
    return s;
}

} // namespace

fs::path homeFolder() {
    if (const char* home = std::getenv("HOME"); home && *home) return fs::path(home);
    std::error_code ec;
    fs::path here = fs::current_path(ec);
    return ec ? fs::path("/") : here;
}

fs::path defaultImportFolder() {
    const fs::path home = homeFolder();
    std::error_code ec;
    if (fs::is_directory(home / "Downloads", ec)) return home / "Downloads";
    return home;
}

std::string expandHome(const std::string& path) {
    if (path == "~") return homeFolder().string();
    if (path.rfind("~/", 0) == 0) return (homeFolder() / path.substr(2)).string();
    return path;
}

void FilePicker::open(const fs::path& folder) {
    list(folder.empty() ? defaultImportFolder() : folder);
    m_text = withSlash(m_folder);
    m_focusPending = true;
}

void FilePicker::list(const fs::path& folder) {
    std::error_code ec;
    fs::path canonical = fs::weakly_canonical(folder, ec);
    if (ec || canonical.empty()) canonical = folder;
    m_entries.clear();
    m_highlight = -1;
    m_error.clear();
    m_folder = canonical;

    std::vector<Entry> folders, files;
    fs::directory_iterator it(canonical, fs::directory_options::skip_permission_denied, ec);
    if (ec) {
        m_error = "Can't open the folder " + canonical.string() + ": " + ec.message() + ".";
    } else {
        for (const fs::directory_iterator end; it != end && folders.size() + files.size() < kMaxEntries;
             it.increment(ec)) {
            if (ec) break;
            const fs::path& p = it->path();
            const std::string name = p.filename().string();
            if (name.empty() || name[0] == '.') continue; // hidden, as file managers do
            std::error_code typeEc;
            if (it->is_directory(typeEc)) folders.push_back({name, true});
            else if (importable(p)) files.push_back({name, false});
        }
    }
    auto byName = [](const Entry& a, const Entry& b) {
        const std::string la = lower(a.name), lb = lower(b.name);
        return la != lb ? la < lb : a.name < b.name;
    };
    std::sort(folders.begin(), folders.end(), byName);
    std::sort(files.begin(), files.end(), byName);
    if (canonical.has_parent_path() && canonical.parent_path() != canonical) m_entries.push_back({"..", true});
    m_entries.insert(m_entries.end(), folders.begin(), folders.end());
    m_entries.insert(m_entries.end(), files.begin(), files.end());
}

std::optional<std::string> FilePicker::activate(int index) {
    if (index < 0 || index >= static_cast<int>(m_entries.size())) return std::nullopt;
    const Entry e = m_entries[static_cast<std::size_t>(index)];
    if (!e.folder) return (m_folder / e.name).string();
    list(e.name == ".." ? m_folder.parent_path() : m_folder / e.name);
    m_text = withSlash(m_folder);
    m_focusPending = true;
    return std::nullopt;
}

std::optional<std::string> FilePicker::submit() {
    if (m_highlight >= 0) return activate(m_highlight);
    std::string typed = expandHome(m_text);
    while (!typed.empty() && std::isspace(static_cast<unsigned char>(typed.back()))) typed.pop_back();
    if (typed.empty()) {
        m_error = "Type the path of a file, or pick one below.";
        return std::nullopt;
    }
    fs::path p(typed);
    if (p.is_relative()) p = m_folder / p;
    std::error_code ec;
    if (fs::is_directory(p, ec)) {
        list(p);
        m_text = withSlash(m_folder);
        return std::nullopt;
    }
    if (!fs::exists(p, ec)) {
        m_error = "There is no file at " + p.string() + ".";
        return std::nullopt;
    }
    m_error.clear();
    return p.string();
}

std::optional<std::string> FilePicker::draw(const Theme& t, const Fonts& fonts, float listHeight) {
    std::optional<std::string> chosen;
    const int count = static_cast<int>(m_entries.size());
    // The list follows ↑/↓ while the path field keeps the keyboard.
    if (count > 0 && keys::pressed(ImGuiKey_DownArrow, true)) {
        m_highlight = std::min(m_highlight + 1, count - 1);
        m_scrollToHighlight = true;
    }
    if (count > 0 && keys::pressed(ImGuiKey_UpArrow, true)) {
        m_highlight = std::max(m_highlight - 1, -1);
        m_scrollToHighlight = true;
    }

    if (m_focusPending) {
        ImGui::SetKeyboardFocusHere();
        m_focusPending = false;
    }
    ImGui::SetNextItemWidth(-FLT_MIN);
    const std::string before = m_text;
    if (ImGui::InputTextWithHint("##path", RK_ICON_FOLDER "  Path of a file or folder", &m_text,
                                 ImGuiInputTextFlags_EnterReturnsTrue))
        chosen = submit();
    if (m_text != before) {
        m_highlight = -1; // typing means "use what I typed"
        m_error.clear();
        // A typed folder ending in "/" shows its files straight away.
        const std::string typed = expandHome(m_text);
        std::error_code ec;
        if (!typed.empty() && typed.back() == '/' && fs::is_directory(typed, ec) &&
            fs::weakly_canonical(typed, ec) != m_folder)
            list(typed);
    }

    if (!m_error.empty()) {
        widgets::text(m_error, t.danger);
    }

    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImGui::ColorConvertU32ToFloat4(t.surface));
    ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, t.px(10));
    ImGui::BeginChild("##files", ImVec2(0, listHeight), false);
    ImGui::Dummy(ImVec2(0, t.px(2)));
    const bool onlyParent = count == 0 || (count == 1 && m_entries[0].name == "..");
    const float rowH = t.px(26) + ImGui::GetStyle().ItemSpacing.y;
    if (m_scrollToHighlight) { // the clipper may not reach the row, so scroll by arithmetic
        const float y = t.px(2) + static_cast<float>(std::max(m_highlight, 0)) * rowH;
        const float view = ImGui::GetWindowHeight();
        if (y < ImGui::GetScrollY()) ImGui::SetScrollY(y);
        else if (y + rowH > ImGui::GetScrollY() + view) ImGui::SetScrollY(y + rowH - view);
        m_scrollToHighlight = false;
    }
    ImGuiListClipper clipper;
    clipper.Begin(count);
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const Entry& e = m_entries[static_cast<std::size_t>(i)];
            ImGui::PushID(i);
            const std::string label = std::string(e.name == ".." ? RK_ICON_LEVEL_UP "  " : e.folder ? RK_ICON_FOLDER "  "
                                                                                                     : RK_ICON_FILE "  ") +
                                      (e.name == ".." ? "Up one folder" : e.name);
            ImGui::SetCursorPosX(ImGui::GetCursorPosX() + t.px(8));
            if (ImGui::Selectable(label.c_str(), i == m_highlight, 0, ImVec2(0, t.px(26)))) {
                m_highlight = i;
                if (auto file = activate(i)) chosen = file;
            }
            ImGui::PopID();
        }
    }
    if (onlyParent && m_error.empty()) {
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + t.px(8));
        ImGui::PushFont(fonts.small);
        widgets::text("No .vcf, .csv or .json files in this folder.", t.textMuted);
        ImGui::PopFont();
    }
    ImGui::EndChild();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
    return chosen;
}

} // namespace rk::app
