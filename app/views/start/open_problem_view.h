#pragma once
#include "app/theme/fonts.h"
#include "app/theme/theme.h"
#include "core/open/open_problem.h"

#include <optional>
#include <string>

namespace rk::app {

// What the person chose on the bad-file screen.
struct OpenProblemChoice {
    enum class Kind {
        OpenFile,     // try `path` (another file, or the same one again)
        OpenReadOnly, // open `path` read-only
        Quit,
    };
    Kind kind = Kind::Quit;
    std::string path;
};

// The screen shown instead of the app when the database can't be opened
// (a file from another program, a damaged or newer file, a read-only file,
// a folder, a missing folder): what happened in plain words, that the file
// was not changed, and what can be done — open it read-only when that can
// work, open another file, look at the daily backups, or quit. It draws from
// the OpenProblem alone: there is no store behind it.
class OpenProblemView {
public:
    // `backupsFolder`: where the daily copies of this database are kept.
    void show(OpenProblem problem, std::string backupsFolder);
    // Draws the whole window; returns what was chosen this frame.
    [[nodiscard]] std::optional<OpenProblemChoice> draw(const Theme& theme, const Fonts& fonts);

    [[nodiscard]] const OpenProblem& problem() const { return m_problem; }
    // The newest daily backup, if the folder holds any.
    [[nodiscard]] const std::string& newestBackup() const { return m_newestBackup; }

private:
    void drawBackups(const Theme& theme, const Fonts& fonts, float width, std::optional<OpenProblemChoice>& choice);

    OpenProblem m_problem;
    std::string m_backupsFolder;
    std::string m_newestBackup; // found once, in show()
    std::string m_otherPath;    // the "open another file" field
    bool m_focusField = false;
};

} // namespace rk::app
