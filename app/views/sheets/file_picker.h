#pragma once
#include "app/theme/fonts.h"
#include "app/theme/theme.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace rk::app {

// The user's home folder ($HOME), or the working folder when there is none.
[[nodiscard]] std::filesystem::path homeFolder();
// Where downloaded exports usually land: ~/Downloads when it exists, else home.
[[nodiscard]] std::filesystem::path defaultImportFolder();
// "~/x" → "/home/ana/x"; anything else unchanged.
[[nodiscard]] std::string expandHome(const std::string& path);

// There is no native file dialog, so this stands in for one: a path field
// plus the folder's importable files (.vcf, .csv, .json) and its subfolders.
// Typing a path and pressing Enter chooses it; ↑/↓ move through the list and
// Enter opens the highlighted folder or chooses the highlighted file; a click
// does the same. The folder is listed when it changes, never per frame.
class FilePicker {
public:
    struct Entry {
        std::string name;
        bool folder = false;
    };

    // Shows `folder` (defaultImportFolder() when empty) and focuses the path field.
    void open(const std::filesystem::path& folder = {});
    // Draws the field and the list; returns the file the user chose this frame.
    [[nodiscard]] std::optional<std::string> draw(const Theme& theme, const Fonts& fonts, float listHeight);

    [[nodiscard]] const std::string& text() const { return m_text; }
    [[nodiscard]] const std::filesystem::path& folder() const { return m_folder; }
    [[nodiscard]] const std::vector<Entry>& entries() const { return m_entries; }
    [[nodiscard]] const std::string& error() const { return m_error; }
    // Enter in the field, or the Preview button: open a folder or choose a file.
    [[nodiscard]] std::optional<std::string> submit();

private:
    void list(const std::filesystem::path& folder);
    [[nodiscard]] std::optional<std::string> activate(int index);

    std::string m_text;
    std::filesystem::path m_folder;
    std::vector<Entry> m_entries; // ".." first when there is a parent, then folders, then files
    std::string m_error;
    int m_highlight = -1; // -1: Enter uses the typed path
    bool m_focusPending = false;
    bool m_scrollToHighlight = false;
};

} // namespace rk::app
